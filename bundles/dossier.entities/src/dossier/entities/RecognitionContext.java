// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.List;

import dossier.core.model.Article;

/**
 * What a {@link Recognizer} sees of one article.
 *
 * @param article the article
 * @param normalized its text in matching form, with the map back to original offsets
 * @param language the article's language, or a guess from its script ("ar" for Arabic script), or "und"
 * @param found mentions already chosen by the gazetteer, in text order: context rules skip them
 * @param catalogue the entities known to the engine (corpus catalogue and lexicons)
 */
public record RecognitionContext(Article article, NormalizedText normalized, String language, List<Mention> found,
		Catalogue catalogue) {

	/** Language base subtag: "pt" for "pt-BR". */
	public String baseLanguage() {
		int dash = language.indexOf('-');
		int underscore = language.indexOf('_');
		int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
		return cut < 0 ? language : language.substring(0, cut);
	}

	/** True when {@code [start, end)} overlaps a mention already found ({@code found} is in text order). */
	public boolean taken(int start, int end) {
		int low = 0;
		int high = found.size() - 1;
		while (low <= high) { // the first mention that ends after start
			int middle = (low + high) >>> 1;
			if (found.get(middle).end() <= start) {
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		for (int i = low; i < found.size() && found.get(i).start() < end; i++) {
			if (start < found.get(i).end()) {
				return true;
			}
		}
		return false;
	}
}
