// SPDX-License-Identifier: EPL-2.0
/**
 * The licence and attribution checker: {@link dossier.licence.LicenceChecker} reads an
 * {@link dossier.core.model.Article} for its licence statements (CC BY/BY-SA/BY-ND/BY-NC/BY-NC-SA/BY-NC-ND 1.0 to
 * 4.0 and ports, CC0, the Public Domain Mark, GFDL, all rights reserved, used with permission), the attribution
 * elements of CC BY-SA 4.0 §3(a)(1), translation (an adaptation), and third-party material, then runs the
 * {@link dossier.licence.LicenceRule}s (extension point {@code dossier.licenceRules}). Also:
 * {@link dossier.licence.Compatibility} (may these licences go into that one?) and
 * {@link dossier.licence.AttributionGenerator} (a TASL credit as text, HTML and Markdown).
 * <p>
 * Plain Java: runs in a plain JVM and in OSGi. Offsets are Java String indices into the article's text.
 */
@NonNullByDefault
package dossier.licence;

import org.eclipse.jdt.annotation.NonNullByDefault;
