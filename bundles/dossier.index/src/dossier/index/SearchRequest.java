// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A search: the query in {@link CorpusIndex}'s syntax, which page of results, in which order.
 *
 * @param query the query text
 * @param offset how many hits to skip
 * @param limit how many hits to return at most
 * @param sort the order
 * @param descending reverse the order (for {@link SortKey#RELEVANCE}: ignored)
 * @param highlightOpen the mark placed before each match in snippets
 * @param highlightClose the mark placed after each match
 * @param within only articles with these ids, or null for any (a filter on something the index does not hold, such
 *            as the licence check's verdicts)
 * @param passages whether hits carry their highlighted passage (most of a search's cost); without, their snippet is
 *            empty
 */
public record SearchRequest(String query, int offset, int limit, SortKey sort, boolean descending, String highlightOpen,
		String highlightClose, @Nullable Set<String> within, boolean passages) {

	public SearchRequest(String query, int offset, int limit, SortKey sort, boolean descending, @Nullable String highlightOpen,
			@Nullable String highlightClose) {
		this(query, offset, limit, sort, descending, highlightOpen == null ? "<b>" : highlightOpen, //$NON-NLS-1$
				highlightClose == null ? "</b>" : highlightClose, null, true); //$NON-NLS-1$
	}

	public SearchRequest {
		Objects.requireNonNull(query, "query"); //$NON-NLS-1$
		if (offset < 0 || limit < 0) {
			throw new IllegalArgumentException("offset and limit must not be negative"); //$NON-NLS-1$
		}
		sort = sort == null ? SortKey.RELEVANCE : sort;
		highlightOpen = highlightOpen == null ? "<b>" : highlightOpen; //$NON-NLS-1$
		highlightClose = highlightClose == null ? "</b>" : highlightClose; //$NON-NLS-1$
		within = within == null ? null : Set.copyOf(within);
	}

	/** The first {@code limit} hits of {@code query}, best first. */
	public static SearchRequest of(String query, int limit) {
		return new SearchRequest(query, 0, limit, SortKey.RELEVANCE, false, null, null);
	}

	public SearchRequest sortedBy(SortKey key, boolean reverse) {
		return new SearchRequest(query, offset, limit, key, reverse, highlightOpen, highlightClose, within, passages);
	}

	/** This search among the articles {@code ids} only. */
	public SearchRequest within(@Nullable Set<String> ids) {
		return new SearchRequest(query, offset, limit, sort, descending, highlightOpen, highlightClose, ids, passages);
	}

	public SearchRequest page(int newOffset, int newLimit) {
		return new SearchRequest(query, newOffset, newLimit, sort, descending, highlightOpen, highlightClose, within,
				passages);
	}

	public SearchRequest highlightedWith(String open, String close) {
		return new SearchRequest(query, offset, limit, sort, descending, open, close, within, passages);
	}

	/** The request, with the number of ids it is restricted to rather than all of them. */
	@Override
	public String toString() {
		return "SearchRequest[" + query + ", offset " + offset + ", limit " + limit + ", " + sort //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ (descending ? " descending" : "") + (within == null ? "" : ", within " + within.size() + " ids") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ (passages ? "" : ", no passages") + ']'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** This search with ({@code true}) or without the hits' highlighted passages. */
	public SearchRequest withPassages(boolean wanted) {
		return new SearchRequest(query, offset, limit, sort, descending, highlightOpen, highlightClose, within, wanted);
	}
}
