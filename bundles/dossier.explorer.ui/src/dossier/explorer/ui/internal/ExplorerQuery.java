// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;

import dossier.index.SortKey;

/**
 * What the explorer shows: the search text (corpus query syntax), the facet filters (dimension to value), the
 * order and the grouping. Immutable.
 */
public record ExplorerQuery(String text, Map<String, String> filters, SortKey sort, boolean descending,
		Grouping grouping, boolean byEntities, boolean byCopies) {

	/**
	 * The filter dimension of the licence check's verdict ({@code ArticleLicenceChecks.Status} names). It is not in
	 * the index: the explorer filters on it itself.
	 */
	static final String STATUS = "status"; //$NON-NLS-1$

	/**
	 * The filter dimension of a licence rule's findings, its value the rule's id: the articles with at least one
	 * finding of that rule. Markers, like {@link #STATUS}: the explorer filters on it itself.
	 */
	static final String FINDING = "finding"; //$NON-NLS-1$

	/**
	 * The filter dimension of the publication period, its value {@code first..last} (ISO days, both included): the
	 * index's {@code published:[first TO last]}. Set by a brush on the timeline ({@code ExplorerFilters}).
	 */
	static final String PERIOD = "published"; //$NON-NLS-1$

	/**
	 * The filter dimension of the import day, its value {@code first..last} (ISO days, UTC, both included): the
	 * index's {@code imported:[first TO last]}. Set by a click on the Corpus Overview's import history.
	 */
	static final String IMPORTED = "imported"; //$NON-NLS-1$

	/** Matches every article: every article has a language (at least "und"). */
	static final String ALL = "language:[* TO *]"; //$NON-NLS-1$

	public ExplorerQuery {
		text = text == null ? "" : text.strip(); //$NON-NLS-1$
		filters = Map.copyOf(new TreeMap<>(filters));
		sort = sort == null ? SortKey.RELEVANCE : sort;
		grouping = grouping == null ? Grouping.NONE : grouping;
	}

	public ExplorerQuery(String text, Map<String, String> filters, SortKey sort, boolean descending,
			Grouping grouping) {
		this(text, filters, sort, descending, grouping, false);
	}

	public ExplorerQuery(String text, Map<String, String> filters, SortKey sort, boolean descending,
			Grouping grouping, boolean byEntities) {
		this(text, filters, sort, descending, grouping, byEntities, false);
	}

	public static ExplorerQuery initial() {
		return new ExplorerQuery("", Map.of(), SortKey.RELEVANCE, false, Grouping.NONE); //$NON-NLS-1$
	}

	public ExplorerQuery withText(String value) {
		return new ExplorerQuery(value, filters, sort, descending, grouping, byEntities, byCopies);
	}

	public ExplorerQuery withFilter(String dimension, @Nullable String value) {
		Map<String, String> next = new TreeMap<>(filters);
		if (value == null) {
			next.remove(dimension);
		} else {
			next.put(dimension, value);
		}
		return new ExplorerQuery(text, next, sort, descending, grouping, byEntities, byCopies);
	}

	public ExplorerQuery sortedBy(SortKey key, boolean reverse) {
		return new ExplorerQuery(text, filters, key, reverse, grouping, false);
	}

	/**
	 * The order a click on {@code column}'s header asks for: by that column, the other way round when it is the
	 * order already; dates newest first and entities most first on the first click.
	 */
	public ExplorerQuery sortedByColumn(Column column) {
		if (column == Column.ENTITIES) {
			return sortedByEntities(byEntities() ? !descending() : true);
		}
		if (column == Column.COPIES) {
			return sortedByCopies(byCopies() ? !descending() : true);
		}
		return sortedBy(column.sortKey(),
				!byEntities() && !byCopies() && sort() == column.sortKey() ? !descending() : column == Column.DATE);
	}

	/** Sorted by the number of entities each article mentions (not an index order: see {@link #needsAllRows()}). */
	public ExplorerQuery sortedByEntities(boolean reverse) {
		return new ExplorerQuery(text, filters, SortKey.RELEVANCE, reverse, grouping, true, false);
	}

	/**
	 * Sorted by the number of copies (translations, republications) made from each article: the corpus's stored
	 * lineage links, not an index order (see {@link #needsAllRows()}).
	 */
	public ExplorerQuery sortedByCopies(boolean reverse) {
		return new ExplorerQuery(text, filters, SortKey.RELEVANCE, reverse, grouping, false, true);
	}

	public ExplorerQuery groupedBy(Grouping value) {
		return new ExplorerQuery(text, filters, sort, descending, value, byEntities, byCopies);
	}

	/** The licence check verdict filtered on, or null. */
	public @Nullable String statusFilter() {
		return filters.get(STATUS);
	}

	/** The licence rule whose findings are filtered on, or null. */
	public @Nullable String findingFilter() {
		return filters.get(FINDING);
	}

	/** True when a filter reads the licence markers (the verdict or a rule's findings), not the index. */
	public boolean filtersOnMarkers() {
		return statusFilter() != null || findingFilter() != null;
	}

	/**
	 * True when the rows cannot be paged from the index: the order by entity count (the entity store, not
	 * indexed) or by copies, and the grouping by original (the lineage links, not indexed). The explorer then reads every matching article's summary once and filters, sorts and groups them
	 * itself. (A filter on the licence check is paged from the index, among the articles it keeps.)
	 */
	public boolean needsAllRows() {
		return byEntities || byCopies || grouping == Grouping.ORIGINAL;
	}

	/** True when neither text nor filters narrow the articles down: the whole corpus, listed from the index. */
	public boolean isListing() {
		return text.isEmpty() && indexFilters().isEmpty();
	}

	private Map<String, String> indexFilters() {
		Map<String, String> indexed = new TreeMap<>(filters);
		indexed.remove(STATUS);
		indexed.remove(FINDING);
		return indexed;
	}

	/** The query for the index: the text, ANDed with one clause per filter; blank for everything. */
	public String composed() {
		StringBuilder query = new StringBuilder();
		if (!text.isEmpty()) {
			query.append("+(").append(text).append(')'); //$NON-NLS-1$
		}
		for (Map.Entry<String, String> filter : indexFilters().entrySet()) {
			if (query.length() > 0) {
				query.append(' ');
			}
			query.append('+').append(clause(filter.getKey(), filter.getValue()));
		}
		return query.toString();
	}

	/** The publication period filtered on ({@code first..last}), or null. */
	public @Nullable String periodFilter() {
		return filters.get(PERIOD);
	}

	/** {@code field:"value"}, quoted and escaped for the query syntax; a period as a range of days. */
	static String clause(String field, String value) {
		if (PERIOD.equals(field) || IMPORTED.equals(field)) {
			String[] ends = value.split("\\.\\.", 2); //$NON-NLS-1$
			String last = ends.length == 2 ? ends[1] : ends[0];
			return field + ":[" + ends[0].strip() + " TO " + last.strip() + ']'; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}
}
