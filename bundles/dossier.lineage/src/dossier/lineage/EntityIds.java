// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.util.List;

import dossier.core.model.Article;

/**
 * Where linking gets the ids of the entities linked in each article (catalogue ids, ISO 3166 codes, Wikidata ids), in
 * text order: they join the article's language-independent fingerprint, so "Japan", "Japon" and "اليابان" match. The
 * engine recognises nothing itself: a caller passes what the entity engine found or what the corpus stores
 * ({@code dossier lineage}, {@code dossier import --link} and the workbench's linking on import read the stored
 * mentions). Called on the threads that prepare articles ({@link Lineage#addAll}): must be thread-safe.
 */
@FunctionalInterface
public interface EntityIds {

	/** No entity ids: the fingerprint holds only what the text itself says. */
	EntityIds NONE = article -> List.of();

	/** The ids of the entities linked in {@code article}, in text order; empty when there are none or none known. */
	List<String> of(Article article);
}
