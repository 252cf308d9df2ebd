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
		return language.split("[-_]")[0]; //$NON-NLS-1$
	}

	/** True when {@code [start, end)} overlaps a mention already found. */
	public boolean taken(int start, int end) {
		for (Mention mention : found) {
			if (mention.start() < end && start < mention.end()) {
				return true;
			}
		}
		return false;
	}
}
