// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.eclipse.jdt.annotation.Nullable;

import dossier.index.ArticleSummary;
import dossier.index.Hit;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchRequest;
import dossier.index.SearchResult;
import dossier.index.internal.IndexLifecycle.IndexAction;

/**
 * Searches: parses the query, collects the hits, and keeps the complete hit order of the last few searches paged
 * beyond their first page, so that scrolling through a search costs only the rows shown and their snippets.
 */
public final class Searches {

	private static final int SEARCH_ORDERS_KEPT = 4;
	/** Id filters larger than this are kept for the next request. */
	private static final int ID_FILTER_KEPT_FROM = 1_000;

	/** The complete hit order of one search on one reader (and, for a search within ids, that very id set). */
	private record SearchOrder(IndexReader reader, @Nullable Set<String> within, ScoreDoc[] docs, long total,
			Map<String, Map<String, Integer>> facets) {
	}

	private record IdFilter(Set<String> ids, Query query) {
	}

	private final IndexLifecycle lifecycle;
	private final IndexAction rebuild;
	private final Analyzer queryAnalyzer;
	private final Snippets snippets;
	private final FacetCounts facetCounts;
	private volatile @Nullable IdFilter lastIdFilter;
	/** The complete hit order of the last few searches that were paged beyond their first page. */
	private final Map<String, SearchOrder> searchOrders = new LinkedHashMap<>(8, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, SearchOrder> eldest) {
			return size() > SEARCH_ORDERS_KEPT;
		}
	};

	/** Searches of the index {@code lifecycle} opens; a search that finds it damaged refills it with {@code rebuild}. */
	public Searches(IndexLifecycle lifecycle, IndexAction rebuild, Analyzer indexAnalyzer, Analyzer queryAnalyzer,
			FacetsConfig facets) {
		this.lifecycle = lifecycle;
		this.rebuild = rebuild;
		this.queryAnalyzer = queryAnalyzer;
		this.snippets = new Snippets(indexAnalyzer);
		this.facetCounts = new FacetCounts(facets);
	}

	public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
		Query query = parse(request.query());
		Query matching = query;
		if (request.within() != null) {
			matching = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
					.add(idFilter(request.within()), BooleanClause.Occur.FILTER).build();
		}
		Query filtered = matching;
		return lifecycle.searchRecovering(searcher -> search(searcher, filtered, query, request), rebuild);
	}

	public List<String> matchingIds(String queryText) throws QuerySyntaxException, IOException {
		Query query = parse(queryText);
		return lifecycle.search(searcher -> {
			List<String> ids = new ArrayList<>();
			Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				Scorer scorer = weight.scorer(leaf);
				if (scorer == null) {
					continue;
				}
				SortedDocValues values = DocValues.getSorted(leaf.reader(), Fields.ID_SORT);
				Bits live = leaf.reader().getLiveDocs();
				DocIdSetIterator docs = scorer.iterator();
				for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
					if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
						ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
					}
				}
			}
			return ids;
		});
	}

	/** Parses a query in the syntax of {@link dossier.index.CorpusIndex#search(SearchRequest)}. */
	Query parse(String queryText) throws QuerySyntaxException {
		if (queryText.isBlank()) {
			return new MatchAllDocsQuery();
		}
		try {
			return new DossierQueryParser(queryAnalyzer).parse(queryText);
		} catch (ParseException | RuntimeException e) {
			String message = e.getMessage() == null ? e.toString() : e.getMessage();
			throw new QuerySyntaxException("cannot parse query '" + queryText + "': " + message.lines().findFirst().orElse(""), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/**
	 * The filter on {@code ids}. The last large one is kept, as the pages of one listing all ask for the same; a
	 * small one (a page's articles) costs less to build than to keep.
	 */
	private Query idFilter(@Nullable Set<String> ids) {
		IdFilter last = lastIdFilter;
		if (last != null && last.ids == ids) {
			return last.query;
		}
		Query query = new TermInSetQuery(Fields.ID, ids.stream().map(BytesRef::new).toList());
		if (ids.size() > ID_FILTER_KEPT_FROM) {
			lastIdFilter = new IdFilter(ids, query);
		}
		return query;
	}

	/**
	 * The first page of a search collects only its top hits (what typing costs). A later page collects every hit
	 * once, in order, and keeps that order for this index version, so scrolling through a search costs only the
	 * rows shown (and their snippets), as {@link Listings#list} does for listings.
	 */
	private SearchResult search(IndexSearcher searcher, Query matching, Query query, SearchRequest request)
			throws IOException {
		IndexReader reader = searcher.getIndexReader();
		int wanted = Math.max(1, request.offset() + request.limit());
		String key = request.query().strip() + '\u0000' + request.sort() + (request.descending() ? '-' : '+')
				+ (request.within() == null ? "" : "\u0000" + System.identityHashCode(request.within())); //$NON-NLS-1$ //$NON-NLS-2$
		SearchOrder order = null;
		if (request.offset() > 0) {
			synchronized (searchOrders) {
				order = searchOrders.get(key);
			}
			if (order != null && (order.reader != reader || order.within != request.within())) {
				order = null;
			}
		}
		if (order == null || order.docs.length < Math.min(wanted, order.total)) {
			int collect = request.offset() == 0 ? wanted : Math.max(wanted, reader.numDocs());
			FacetsCollector facets = new FacetsCollector();
			Sort sort = Listings.sortFor(request.sort(), request.descending());
			TopDocs top = sort == null ? FacetsCollector.search(searcher, matching, collect, facets)
					: FacetsCollector.search(searcher, matching, collect, sort, true, facets);
			long total = 0;
			for (FacetsCollector.MatchingDocs docs : facets.getMatchingDocs()) {
				total += docs.totalHits;
			}
			order = new SearchOrder(reader, request.within(), top.scoreDocs, total, facetCounts.count(reader, facets));
			if (request.offset() > 0) {
				synchronized (searchOrders) {
					searchOrders.values().removeIf(o -> o.reader != reader);
					searchOrders.put(key, order);
				}
			}
		}
		ScoreDoc[] page = slice(order.docs, request.offset(), request.limit());
		return new SearchResult(order.total, hits(searcher, query, page, request), order.facets);
	}

	private static ScoreDoc[] slice(ScoreDoc[] all, int offset, int limit) {
		int from = Math.min(offset, all.length);
		int to = Math.min(all.length, from + limit);
		ScoreDoc[] page = new ScoreDoc[to - from];
		System.arraycopy(all, from, page, 0, page.length);
		return page;
	}

	private List<Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, SearchRequest request)
			throws IOException {
		StoredFields stored = searcher.storedFields();
		ArticleSummary[] summaries = new ArticleSummary[page.length];
		for (int i = 0; i < page.length; i++) {
			summaries[i] = DocumentMapper.toSummary(stored.document(page[i].doc, Listings.SUMMARY_FIELDS));
		}
		String[] passages = snippets.of(searcher, query, page, summaries, request);
		List<Hit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			hits.add(new Hit(summaries[i], page[i].score, passages[i]));
		}
		return hits;
	}

	/** Drops what is kept between searches (the index was closed). */
	public void forget() {
		lastIdFilter = null;
		facetCounts.forget();
		synchronized (searchOrders) {
			searchOrders.clear();
		}
	}
}
