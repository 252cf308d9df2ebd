// SPDX-License-Identifier: EPL-2.0
package dossier.core.store;

/**
 * What {@link Corpus#put(dossier.core.model.Article, byte[])} did.
 *
 * @param kind new article, update of an article with the same URL, or duplicate of one already stored
 * @param id the id under which the article is stored: for {@link Kind#UPDATED} and {@link Kind#DUPLICATE}
 *        the id of the article already in the corpus
 */
public record PutResult(Kind kind, String id) {

	public enum Kind {
		/** Stored as a new article. */
		NEW,
		/**
		 * Same source or canonical URL (or same id) as a stored article with other content: the stored article was
		 * replaced, keeping its id, so references to it stay valid.
		 */
		UPDATED,
		/** The same content is already stored; nothing was written. */
		DUPLICATE
	}
}
