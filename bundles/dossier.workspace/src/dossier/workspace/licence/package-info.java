// SPDX-License-Identifier: EPL-2.0
/**
 * Licence checking of corpus projects (headless): the licence problem marker type
 * ({@value dossier.workspace.licence.LicenceMarkers#TYPE}) and its attributes, the analyst's
 * {@link dossier.workspace.licence.AttributionRecord} kept beside each article, the licence preferences
 * (instance scope, with a per-project override) the build reads, and {@link dossier.workspace.licence.AttributedCheck},
 * which runs the licence engine over an article with the analyst's record applied.
 * <p>
 * The record is how quick fixes change an article's attribution without touching its source text: the engine
 * ({@code dossier.licence}) has no input for analyst-supplied elements, so {@link dossier.workspace.licence.AttributedCheck}
 * overlays the record on the engine's {@link dossier.licence.LicenceAnalysis} before the rules run.
 */
@NonNullByDefault
package dossier.workspace.licence;

import org.eclipse.jdt.annotation.NonNullByDefault;
