// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.eclipse.jdt.annotation.Nullable;

import dossier.index.ArticleSummary;
import dossier.index.SortKey;

/**
 * Listings of all articles in a column's order, and the sort orders searches share. The order of all articles is
 * computed once per reader and kept, so paging through a table of any size costs only the rows shown.
 */
public final class Listings {

	/** The stored fields an {@link ArticleSummary} is made of. */
	static final Set<String> SUMMARY_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.PUBLISHER, Fields.LANGUAGE,
			Fields.PUBLISHED, Fields.LICENCE, Fields.PATH);

	private record SortedOrder(IndexReader reader, int[] docs) {
	}

	private final IndexLifecycle lifecycle;
	private final Map<String, SortedOrder> sortedOrders = new HashMap<>();

	public Listings(IndexLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	public int count() throws IOException {
		return lifecycle.search(searcher -> searcher.getIndexReader().numDocs());
	}

	public List<ArticleSummary> list(SortKey key, boolean descending, int from, int count) throws IOException {
		return lifecycle.search(searcher -> {
			int[] order = sortedOrder(searcher, key == SortKey.RELEVANCE ? SortKey.ID : key, descending);
			StoredFields stored = searcher.storedFields();
			List<ArticleSummary> rows = new ArrayList<>();
			for (int i = Math.max(0, from); i < Math.min(order.length, from + count); i++) {
				rows.add(DocumentMapper.toSummary(stored.document(order[i], SUMMARY_FIELDS)));
			}
			return rows;
		});
	}

	private int[] sortedOrder(IndexSearcher searcher, SortKey key, boolean descending) throws IOException {
		String cacheKey = key + (descending ? "-" : "+"); //$NON-NLS-1$ //$NON-NLS-2$
		IndexReader reader = searcher.getIndexReader();
		synchronized (sortedOrders) {
			SortedOrder cached = sortedOrders.get(cacheKey);
			if (cached != null && cached.reader == reader) {
				return cached.docs;
			}
		}
		int n = Math.max(1, reader.numDocs());
		TopDocs all = searcher.search(new MatchAllDocsQuery(), n, sortFor(key, descending), false);
		int[] docs = new int[all.scoreDocs.length];
		for (int i = 0; i < docs.length; i++) {
			docs[i] = all.scoreDocs[i].doc;
		}
		synchronized (sortedOrders) {
			sortedOrders.values().removeIf(order -> order.reader != reader);
			sortedOrders.put(cacheKey, new SortedOrder(reader, docs));
		}
		return docs;
	}

	/** The order of {@code key}, ties broken by id; null for relevance. */
	static @Nullable Sort sortFor(SortKey key, boolean descending) {
		SortField tieBreak = new SortField(Fields.ID_SORT, SortField.Type.STRING, descending);
		switch (key) {
		case RELEVANCE:
			return null;
		case DATE: {
			SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG, descending);
			date.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
			return new Sort(date, tieBreak);
		}
		case TITLE:
			return new Sort(string(Fields.TITLE_SORT, descending), tieBreak);
		case PUBLISHER:
			return new Sort(string(Fields.PUBLISHER_SORT, descending), tieBreak);
		case LANGUAGE:
			return new Sort(string(Fields.LANGUAGE_SORT, descending), tieBreak);
		case LICENCE:
			return new Sort(string(Fields.LICENCE_SORT, descending), tieBreak);
		case ID:
		default:
			return new Sort(tieBreak);
		}
	}

	private static SortField string(String field, boolean descending) {
		SortField sortField = new SortField(field, SortField.Type.STRING, descending);
		// Articles without the value (no publisher) come last either way.
		sortField.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
		return sortField;
	}

	/** Drops the kept orders (the index was closed). */
	public void forget() {
		synchronized (sortedOrders) {
			sortedOrders.clear();
		}
	}
}
