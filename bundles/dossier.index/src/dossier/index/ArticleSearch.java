// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import java.io.IOException;
import java.util.List;

/**
 * What a view needs to search, page and facet one corpus, wherever its index lives: a local {@link CorpusIndex} or a
 * team's shared collection on a server ({@code dossier.solr.SolrCollection}). Both take the same query syntax (see
 * {@link CorpusIndex#search(SearchRequest)}) and give the same {@link SearchResult}s, so the Article Explorer pages,
 * sorts, groups and highlights either the same way. Read-only: changing a corpus is its store's business.
 */
public interface ArticleSearch {

	/** How many articles the corpus holds. */
	int count() throws IOException;

	/**
	 * Searches (the syntax of {@link CorpusIndex#search(SearchRequest)}).
	 *
	 * @throws QuerySyntaxException when the query cannot be parsed
	 * @throws IOException when the index cannot be read or the server fails (one line that says which)
	 */
	SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException;

	/** The ids of every article {@code queryText} matches (the empty query: every article), in no particular order. */
	List<String> matchingIds(String queryText) throws QuerySyntaxException, IOException;

	/** A page of all articles in the given order: rows {@code from .. from+count-1}, ties broken by id. */
	List<ArticleSummary> list(SortKey key, boolean descending, int from, int count) throws IOException;
}
