// SPDX-License-Identifier: EPL-2.0
/**
 * Language detection for imported texts: {@link dossier.core.language.LanguageDetector} tells the BCP 47 tag of
 * a text's language. Plain Java, no model files; accuracy on the project's labelled set is recorded in
 * {@code docs/quality.md}.
 */
@NonNullByDefault
package dossier.core.language;

import org.eclipse.jdt.annotation.NonNullByDefault;
