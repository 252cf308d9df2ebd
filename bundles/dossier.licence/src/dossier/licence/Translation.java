// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Whether the article is a translation (an adaptation in the sense of CC BY-SA 4.0 section 1(a)), and why.
 *
 * @param detected true when a translation is stated or inferred
 * @param sourceLanguage the original's language (BCP 47), or null when unknown
 * @param textLanguage the article's own language, or "und"
 * @param basis how it was established
 * @param evidence what shows it (the notice, the source URL...), or null when not detected
 */
public record Translation(boolean detected, @Nullable String sourceLanguage, String textLanguage, @Nullable Basis basis,
		@Nullable Evidence evidence) {

	/** How a translation was established. */
	public enum Basis {
		/** A notice in the text: "translated from", "ترجمة", "tradotto da"... */
		EXPLICIT,
		/** The language of the source URL (country domain, language sub-domain or path) differs from the text's. */
		SOURCE_URL,
		/** Declared metadata: the importer's {@code basedOn} (JSON-LD isBasedOn / translationOfWork). */
		METADATA,
		/** The licence link's deed language ({@code deed.it}) differs from the text's. */
		DEED_LANGUAGE
	}

	public static Translation none(String textLanguage) {
		return new Translation(false, null, textLanguage, null, null);
	}
}
