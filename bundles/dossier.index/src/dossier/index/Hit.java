// SPDX-License-Identifier: EPL-2.0
package dossier.index;

/**
 * One search result.
 *
 * @param article what the index stores of the article
 * @param score the relevance score (NaN when the results were sorted by a field)
 * @param snippet a passage of the text around the matches, each match between the request's highlight marks
 *        (by default {@code <b>} and {@code </b>}, with the text HTML-escaped)
 */
public record Hit(ArticleSummary article, float score, String snippet) {

	public String id() {
		return article.id();
	}

	public String title() {
		return article.title();
	}
}
