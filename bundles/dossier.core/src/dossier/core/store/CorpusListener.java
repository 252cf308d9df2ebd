// SPDX-License-Identifier: EPL-2.0
package dossier.core.store;

import dossier.core.model.Article;

/**
 * Told about each change a {@link Corpus} makes, after it is on disk, on the thread that made it. Methods do
 * nothing by default, but for {@link #added} and {@link #updated}, which tell {@link #stored}.
 */
public interface CorpusListener {

	/**
	 * An article was stored, new or in place of the one with its id: what {@link #added} and {@link #updated} tell
	 * by default, for a listener that treats both alike (the search index, recognition on import).
	 */
	default void stored(Article article) {
	}

	/** A new article was stored. By default, {@link #stored}. */
	default void added(Article article) {
		stored(article);
	}

	/** {@code article} replaced {@code previous}; both have the same id. By default, {@link #stored}. */
	default void updated(Article previous, Article article) {
		stored(article);
	}

	/** The article with {@code id} was deleted. */
	default void removed(String id) {
	}
}
