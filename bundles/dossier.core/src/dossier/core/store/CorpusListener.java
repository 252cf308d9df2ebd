// SPDX-License-Identifier: EPL-2.0
package dossier.core.store;

import dossier.core.model.Article;

/**
 * Told about each change a {@link Corpus} makes, after it is on disk, on the thread that made it. Methods do
 * nothing by default.
 */
public interface CorpusListener {

	/** A new article was stored. */
	default void added(Article article) {
	}

	/** {@code article} replaced {@code previous}; both have the same id. */
	default void updated(Article previous, Article article) {
	}

	/** The article with {@code id} was deleted. */
	default void removed(String id) {
	}
}
