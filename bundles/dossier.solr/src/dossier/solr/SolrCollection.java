// SPDX-License-Identifier: EPL-2.0
package dossier.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import dossier.index.ArticleSearch;
import dossier.index.ArticleSummary;
import dossier.index.Hit;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchRequest;
import dossier.index.SearchResult;
import dossier.index.SortKey;
import dossier.index.internal.Fields;

/**
 * A collection of the Dossier configset, searched as a local {@link dossier.index.CorpusIndex} is: the same query
 * syntax (the plugin's query parser is the engine's), the same {@link SearchRequest} and {@link SearchResult}, with
 * facets and highlighted passages: the Article Explorer shows a collection as it shows a local corpus
 * ({@link ArticleSearch}). Read-only: nothing here changes the collection.
 */
public final class SolrCollection implements ArticleSearch, Closeable {

	/** Ids read per request by {@link #matchingIds(String)} (a cursor over the whole answer). */
	private static final int ID_PAGE = 5000;
	private static final int FACET_VALUES = 20;
	private static final int SNIPPET_PASSAGES = 2;
	private static final int SNIPPET_LENGTH = 160;

	private final SolrConnection connection;

	private SolrCollection(SolrConnection connection) {
		this.connection = connection;
	}

	/**
	 * Opens {@code collection} on the Solr server at {@code url}, checking that both are there.
	 *
	 * @throws SolrUnavailableException when the server cannot be reached or has no such collection (one line)
	 */
	public static SolrCollection open(String url, String collection) throws SolrUnavailableException {
		SolrCollection opened = new SolrCollection(new SolrConnection(url, collection));
		try {
			opened.count();
		} catch (SolrUnavailableException e) {
			try {
				opened.close();
			} catch (IOException closing) {
				e.addSuppressed(closing);
			}
			throw e;
		}
		return opened;
	}

	/** The server and collection, as a user names them: {@code collection @ url}. */
	public String label() {
		return connection.collection() + " @ " + connection.url(); //$NON-NLS-1$
	}

	/** How many articles the collection holds (at most {@link Integer#MAX_VALUE}). */
	@Override
	public int count() throws SolrUnavailableException {
		return (int) Math.min(Integer.MAX_VALUE, answer(SearchRequest.of("", 0).withPassages(false)).total()); //$NON-NLS-1$
	}

	/**
	 * Searches in the syntax of {@link dossier.index.CorpusIndex#search(SearchRequest)}.
	 *
	 * @throws QuerySyntaxException when Solr refuses the query as malformed
	 * @throws SolrUnavailableException when Solr cannot be reached or fails (one line)
	 */
	@Override
	public SearchResult search(SearchRequest request) throws QuerySyntaxException, SolrUnavailableException {
		try {
			return answer(request);
		} catch (SolrUnavailableException e) {
			throw refusedQuery(e, request.query());
		}
	}

	/**
	 * The ids of every article {@code queryText} matches, read with a cursor in pages of {@value #ID_PAGE} ids
	 * (no stored fields, no scores, no passages).
	 */
	@Override
	public List<String> matchingIds(String queryText) throws QuerySyntaxException, SolrUnavailableException {
		List<String> ids = new ArrayList<>();
		String cursor = CursorMarkParams.CURSOR_MARK_START;
		while (true) {
			ModifiableSolrParams params = new ModifiableSolrParams();
			params.set("q", queryText); //$NON-NLS-1$
			params.set("defType", "dossier"); //$NON-NLS-1$ //$NON-NLS-2$
			params.set("fl", Fields.ID); //$NON-NLS-1$
			params.set("rows", ID_PAGE); //$NON-NLS-1$
			params.set("sort", Fields.ID + " asc"); //$NON-NLS-1$ //$NON-NLS-2$
			params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
			QueryResponse response;
			try {
				response = connection.send(new QueryRequest(params));
			} catch (SolrUnavailableException e) {
				throw refusedQuery(e, queryText);
			}
			for (SolrDocument doc : response.getResults()) {
				ids.add(String.valueOf(doc.getFirstValue(Fields.ID)));
			}
			String next = response.getNextCursorMark();
			if (next == null || next.equals(cursor)) {
				return ids;
			}
			cursor = next;
		}
	}

	/** A page of all articles in the order of a local index's listing (ties broken by id). */
	@Override
	public List<ArticleSummary> list(SortKey key, boolean descending, int from, int count) throws SolrUnavailableException {
		SortKey order = key == SortKey.RELEVANCE ? SortKey.ID : key;
		SearchResult page = answer(new SearchRequest("", from, count, order, descending, "", "").withPassages(false)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return page.hits().stream().map(Hit::article).toList();
	}

	/**
	 * The stored text of article {@code id} (the collection keeps it for highlighting), to read it without a copy of
	 * the corpus; empty when the collection has no such article.
	 */
	public Optional<String> text(String id) throws SolrUnavailableException {
		ModifiableSolrParams params = new ModifiableSolrParams();
		params.set("q", "*:*"); //$NON-NLS-1$ //$NON-NLS-2$
		params.set("defType", "lucene"); //$NON-NLS-1$ //$NON-NLS-2$ (the configset's default parser is Dossier's)
		params.set("fq", "{!term f=" + Fields.ID + "}" + id); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		params.set("fl", SolrFields.textFields()); //$NON-NLS-1$
		params.set("rows", 1); //$NON-NLS-1$
		QueryResponse response = connection.send(new QueryRequest(params));
		for (SolrDocument doc : response.getResults()) {
			for (String field : doc.getFieldNames()) {
				Object value = doc.getFirstValue(field);
				if (value != null) {
					return Optional.of(value.toString());
				}
			}
			return Optional.of(""); //$NON-NLS-1$
		}
		return Optional.empty();
	}

	/**
	 * What to throw for a failed query: a {@link QuerySyntaxException} when Solr refused it as malformed (as a local
	 * index reports it), else the failure itself.
	 */
	private static QuerySyntaxException refusedQuery(SolrUnavailableException e, String queryText) throws SolrUnavailableException {
		if (e.getCause() instanceof SolrException solr && solr.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
			return new QuerySyntaxException("cannot parse query '" + queryText + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		throw e;
	}

	private SearchResult answer(SearchRequest request) throws SolrUnavailableException {
		ModifiableSolrParams params = new ModifiableSolrParams();
		params.set("q", request.query()); //$NON-NLS-1$
		params.set("defType", "dossier"); //$NON-NLS-1$ //$NON-NLS-2$
		params.set("start", request.offset()); //$NON-NLS-1$
		params.set("rows", request.limit()); //$NON-NLS-1$
		params.set("fl", SolrFields.SUMMARY); //$NON-NLS-1$
		String sort = sortOf(request);
		if (sort != null) {
			params.set("sort", sort); //$NON-NLS-1$
		}
		Set<String> within = request.within();
		if (within != null) {
			params.set("fq", "{!terms f=" + Fields.ID + "}" + String.join(",", within)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		params.set("facet", true); //$NON-NLS-1$
		params.set("facet.limit", FACET_VALUES); //$NON-NLS-1$
		params.set("facet.mincount", 1); //$NON-NLS-1$
		params.set("facet.sort", "count"); //$NON-NLS-1$ //$NON-NLS-2$
		for (String dimension : SolrFields.DIMENSIONS) {
			params.add("facet.field", SolrFields.FACETS.get(dimension)); //$NON-NLS-1$
		}
		if (request.passages() && request.limit() > 0) {
			params.set("hl", true); //$NON-NLS-1$
			params.set("hl.method", "unified"); //$NON-NLS-1$ //$NON-NLS-2$
			params.set("hl.fl", SolrFields.textFields()); //$NON-NLS-1$
			params.set("hl.snippets", SNIPPET_PASSAGES); //$NON-NLS-1$
			params.set("hl.fragsize", SNIPPET_LENGTH); //$NON-NLS-1$
			params.set("hl.tag.pre", request.highlightOpen()); //$NON-NLS-1$
			params.set("hl.tag.post", request.highlightClose()); //$NON-NLS-1$
			params.set("hl.tag.ellipsis", "… "); //$NON-NLS-1$ //$NON-NLS-2$
			params.set("hl.encoder", "html"); //$NON-NLS-1$ //$NON-NLS-2$
			params.set("hl.defaultSummary", true); //$NON-NLS-1$
		}
		QueryResponse response = connection.send(new QueryRequest(params));
		List<Hit> hits = new ArrayList<>();
		Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
		for (SolrDocument doc : response.getResults()) {
			ArticleSummary summary = new ArticleSummary(string(doc, Fields.ID), nonNull(string(doc, Fields.TITLE)),
					string(doc, Fields.PUBLISHER), string(doc, Fields.LANGUAGE), string(doc, Fields.PUBLISHED),
					string(doc, Fields.LICENCE), string(doc, Fields.PATH));
			Object score = doc.getFieldValue("score"); //$NON-NLS-1$
			hits.add(new Hit(summary, score instanceof Number n ? n.floatValue() : Float.NaN,
					snippet(highlighting == null ? null : highlighting.get(summary.id()))));
		}
		return new SearchResult(response.getResults().getNumFound(), hits, facets(response));
	}

	private static Map<String, Map<String, Integer>> facets(QueryResponse response) {
		Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
		for (String dimension : SolrFields.DIMENSIONS) {
			FacetField field = response.getFacetField(SolrFields.FACETS.get(dimension));
			Map<String, Integer> values = new LinkedHashMap<>();
			if (field != null && field.getValues() != null) {
				for (FacetField.Count count : field.getValues()) {
					values.put(count.getName(), (int) count.getCount());
				}
			}
			facets.put(dimension, values);
		}
		return facets;
	}

	private static String snippet(@Nullable Map<String, List<String>> byField) {
		if (byField == null) {
			return ""; //$NON-NLS-1$
		}
		for (List<String> passages : byField.values()) {
			if (passages != null && !passages.isEmpty()) {
				return String.join(" … ", passages); //$NON-NLS-1$
			}
		}
		return ""; //$NON-NLS-1$
	}

	/** The order of a local index's {@link dossier.index.internal.Listings#sortFor}: ties broken by id. */
	private static @Nullable String sortOf(SearchRequest request) {
		String direction = request.descending() ? " desc" : " asc"; //$NON-NLS-1$ //$NON-NLS-2$
		String field = switch (request.sort()) {
		case RELEVANCE -> null;
		case DATE -> Fields.DATE_SORT;
		case TITLE -> Fields.TITLE_SORT;
		case PUBLISHER -> Fields.PUBLISHER_SORT;
		case LANGUAGE -> Fields.LANGUAGE_SORT;
		case LICENCE -> Fields.LICENCE_SORT;
		case ID -> Fields.ID_SORT;
		};
		if (field == null) {
			return "score desc," + Fields.ID_SORT + " asc"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return field.equals(Fields.ID_SORT) ? field + direction : field + direction + ',' + Fields.ID_SORT + direction;
	}

	/** A stored value, or null: an {@link ArticleSummary}'s fields are null when the article has none. */
	@NonNullByDefault({})
	private static String string(SolrDocument doc, String field) {
		Object value = doc.getFirstValue(field);
		return value == null ? null : value.toString();
	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	@Override
	public void close() throws IOException {
		connection.close();
	}
}
