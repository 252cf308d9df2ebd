package dossier.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
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
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import dossier.core.model.Article;
import dossier.index.internal.Analyzers;
import dossier.index.internal.DocumentMapper;
import dossier.index.internal.DossierQueryParser;
import dossier.index.internal.Fields;

/**
 * The Lucene index of one corpus, kept in {@link IndexSource#indexFolder()}. {@link #open(IndexSource)} rebuilds
 * it from the corpus when it is missing, stale (it records the corpus {@link IndexSource#stamp() stamp} and the
 * index format version with every commit) or unreadable; a corrupt index is deleted and rebuilt, never fatal.
 * <p>
 * Each article is analysed in its language (Arabic normalised and lightly stemmed, so {@code كوريا} finds
 * {@code وكوريا} and {@code بوتين} finds {@code لبوتين}; Snowball-style stemmers for the European languages; CJK
 * bigrams for Chinese and Japanese), and once more unstemmed for names and phrases. See
 * {@link #search(SearchRequest)} for the query syntax.
 * <p>
 * Thread-safe: searches run concurrently with updates; updates become visible to searches at once, and
 * durable on {@link #commit()}.
 */
public final class CorpusIndex implements Closeable {

	/** Bumped whenever the document layout or analysis changes: an index of another version is rebuilt. */
	public static final String FORMAT_VERSION = "1"; //$NON-NLS-1$

	static final String FORMAT_KEY = "dossier.index.format"; //$NON-NLS-1$
	static final String STAMP_KEY = "dossier.corpus.stamp"; //$NON-NLS-1$

	private static final int FACET_VALUES = 20;
	private static final int SNIPPET_PASSAGES = 2;
	private static final int SNIPPET_LENGTH = 160;
	private static final int BATCH = 64;
	private static final int SEARCH_ORDERS_KEPT = 4;
	/** Titles {@link #warmUp()} takes its words from, and how many words it searches. */
	private static final int WARM_UP_TITLES = 30;
	private static final int WARM_UP_WORDS = 6;
	/** Id filters larger than this are kept for the next request. */
	private static final int ID_FILTER_KEPT_FROM = 1_000;
	private static final Set<String> SUMMARY_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.PUBLISHER, Fields.LANGUAGE,
			Fields.PUBLISHED, Fields.LICENCE, Fields.PATH);

	private final IndexSource source;
	private final Path folder;
	private final Analyzer indexAnalyzer = Analyzers.forIndexing();
	private final Analyzer queryAnalyzer = Analyzers.forQueries();
	private final DocumentMapper mapper = new DocumentMapper();
	private final Object lock = new Object();

	private Directory directory;
	private IndexWriter writer;
	private SearcherManager searchers;
	private String rebuildReason;
	private String staleness;
	/** Writes made so far: a search whose reader reflects fewer refreshes it first. */
	private final AtomicLong changes = new AtomicLong();
	/** How many of {@link #changes} the current reader reflects at least; written under {@link #refreshLock}. */
	private volatile long refreshedTo;
	private final Object refreshLock = new Object();
	private volatile IdFilter lastIdFilter;

	private volatile FacetState facetState;
	private final Map<String, SortedOrder> sortedOrders = new HashMap<>();
	/** The complete hit order of the last few searches that were paged beyond their first page. */
	private final Map<String, SearchOrder> searchOrders = new java.util.LinkedHashMap<>(8, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, SearchOrder> eldest) {
			return size() > SEARCH_ORDERS_KEPT;
		}
	};

	private CorpusIndex(IndexSource source) {
		this.source = Objects.requireNonNull(source);
		this.folder = source.indexFolder();
	}

	/**
	 * Opens the index of {@code source}, creating or rebuilding it when it is missing, stale or corrupt.
	 *
	 * @throws IndexInUseException when another program writes the index
	 * @throws IOException when the folder cannot be written
	 */
	public static CorpusIndex open(IndexSource source) throws IOException {
		CorpusIndex index = new CorpusIndex(source);
		index.openOrRebuild();
		return index;
	}

	/**
	 * Opens the index of {@code source} for searching: a current index is read without a writer, so a search never
	 * takes the index's write lock (another process may be importing, the folder may be read-only). A missing,
	 * stale or corrupt index is rebuilt when it can be; when it cannot (another process writes it, a read-only
	 * mount, a full disk) the index that is there is searched as it is, and {@link #staleness()} says so.
	 *
	 * @throws IOException when there is no readable index and none can be built
	 */
	public static CorpusIndex openForSearch(IndexSource source) throws IOException {
		CorpusIndex current = new CorpusIndex(source);
		try {
			if (current.openReadOnly(true)) {
				return current;
			}
		} catch (IOException | RuntimeException e) {
			// unreadable: rebuilding below is the cure
		}
		current.closeQuietly();
		try {
			return open(source);
		} catch (IOException e) {
			CorpusIndex asItIs = new CorpusIndex(source);
			try {
				if (asItIs.openReadOnly(false)) {
					asItIs.staleness = "the index is stale and cannot be rebuilt now (" + oneLine(e) //$NON-NLS-1$
							+ "): the newest articles may be missing from the results"; //$NON-NLS-1$
					return asItIs;
				}
			} catch (IOException | RuntimeException unreadable) {
				e.addSuppressed(unreadable);
			}
			asItIs.closeQuietly();
			throw e;
		}
	}

	/** Opens a reader over the index in the folder, never a writer; with {@code currentOnly}, only an index that reflects the source. */
	private boolean openReadOnly(boolean currentOnly) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		directory = FSDirectory.open(folder);
		if (!DirectoryReader.indexExists(directory)) {
			return false;
		}
		Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
		if (!FORMAT_VERSION.equals(data.get(FORMAT_KEY))
				|| currentOnly && !Objects.equals(source.stamp(), data.get(STAMP_KEY))) {
			return false;
		}
		searchers = new SearcherManager(directory, null);
		IndexSearcher probe = searchers.acquire();
		try {
			probe.getIndexReader().numDocs(); // reads every segment's headers: a damaged index fails here
		} finally {
			searchers.release(probe);
		}
		return true;
	}

	/** Why the index searched may miss articles (opened for searching as it was, unable to rebuild), or empty. */
	public Optional<String> staleness() {
		return Optional.ofNullable(staleness);
	}

	/** Whether this index was opened for searching only ({@link #openForSearch}): it takes no change. */
	public boolean isReadOnly() {
		return writer == null && searchers != null;
	}

	/** Why opening rebuilt the index ("missing", "stale: ...", "corrupt: ..."), or empty if it was up to date. */
	public Optional<String> rebuildReason() {
		return Optional.ofNullable(rebuildReason);
	}

	private void openOrRebuild() throws IOException {
		Files.createDirectories(folder);
		try {
			String reason = openExisting();
			if (reason != null) {
				rebuildReason = reason;
				rebuild();
			}
		} catch (LockObtainFailedException e) {
			closeQuietly();
			throw new IndexInUseException("the index in " + folder + " is in use by another program", e); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException | RuntimeException e) {
			// Unreadable: whatever is there is only a cache of the corpus. Start afresh.
			closeQuietly();
			rebuildReason = "corrupt: " + oneLine(e); //$NON-NLS-1$
			wipe();
			openWriter(true);
			rebuild();
		}
	}

	/** Opens what is in the folder; returns why it must be rebuilt, or null when it is current. */
	private String openExisting() throws IOException {
		directory = FSDirectory.open(folder);
		if (!DirectoryReader.indexExists(directory)) {
			openWriter(true);
			return "missing"; //$NON-NLS-1$
		}
		Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
		openWriter(false);
		// Opening a reader reads every segment's headers and footers: a damaged index fails here, not later.
		IndexSearcher probe = searchers.acquire();
		try {
			probe.getIndexReader().numDocs();
		} finally {
			searchers.release(probe);
		}
		if (!FORMAT_VERSION.equals(data.get(FORMAT_KEY))) {
			return "stale: index format " + data.get(FORMAT_KEY) + ", expected " + FORMAT_VERSION; //$NON-NLS-1$ //$NON-NLS-2$
		}
		String stamp = source.stamp();
		if (!Objects.equals(stamp, data.get(STAMP_KEY))) {
			return "stale: corpus changed since it was indexed"; //$NON-NLS-1$
		}
		return null;
	}

	private void openWriter(boolean create) throws IOException {
		if (directory == null) {
			directory = FSDirectory.open(folder);
		}
		IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer);
		config.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
		config.setRAMBufferSizeMB(48);
		config.setCommitOnClose(false);
		writer = new IndexWriter(directory, config);
		searchers = new SearcherManager(writer, null);
	}

	private void wipe() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isDirectory(file)) {
					try (Stream<Path> tree = Files.walk(file)) {
						for (Path inner : tree.sorted(Comparator.reverseOrder()).toList()) {
							Files.deleteIfExists(inner);
						}
					}
				} else {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/** Re-reads every article of the source and replaces the whole index with them, then commits. */
	public void rebuild() throws IOException {
		synchronized (lock) {
			requireWriter();
			writer.deleteAll();
			try (Stream<Article> articles = source.articles()) {
				index(articles, false);
			}
			commit();
		}
	}

	/** Adds or replaces one article. Visible to searches at once; durable on {@link #commit()}. */
	public void update(Article article) throws IOException {
		requireWriter();
		writer.updateDocument(new Term(Fields.ID, article.id()), mapper.toDocument(article, source));
		changes.incrementAndGet();
	}

	/**
	 * Adds or replaces many articles, analysing them on several threads. Visible to searches at once; durable
	 * on {@link #commit()}.
	 */
	public void updateAll(Stream<Article> articles) throws IOException {
		index(articles, true);
	}

	/** Removes an article. Visible to searches at once; durable on {@link #commit()}. */
	public void delete(String id) throws IOException {
		requireWriter();
		writer.deleteDocuments(new Term(Fields.ID, id));
		changes.incrementAndGet();
	}

	/** Makes the changes durable and records the source's current stamp as the one the index reflects. */
	public void commit() throws IOException {
		synchronized (lock) {
			Map<String, String> data = new LinkedHashMap<>();
			data.put(FORMAT_KEY, FORMAT_VERSION);
			String stamp = source.stamp();
			if (stamp != null) {
				data.put(STAMP_KEY, stamp);
			}
			requireWriter();
			writer.setLiveCommitData(data.entrySet());
			writer.commit();
			changes.incrementAndGet();
		}
	}

	private void index(Stream<Article> articles, boolean replace) throws IOException {
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "dossier-index"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
		Semaphore inFlight = new Semaphore(threads * 2);
		List<Future<?>> pending = new ArrayList<>();
		try {
			List<Article> batch = new ArrayList<>(BATCH);
			for (Article article : (Iterable<Article>) articles::iterator) {
				batch.add(article);
				if (batch.size() == BATCH) {
					pending.add(submit(pool, inFlight, batch, replace));
					batch = new ArrayList<>(BATCH);
					pending.removeIf(Future::isDone);
				}
			}
			if (!batch.isEmpty()) {
				pending.add(submit(pool, inFlight, batch, replace));
			}
			for (Future<?> future : pending) {
				future.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("indexing interrupted", e); //$NON-NLS-1$
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IOException(oneLine(e.getCause()), e.getCause());
		} finally {
			pool.shutdownNow();
			changes.incrementAndGet();
		}
	}

	private Future<?> submit(ExecutorService pool, Semaphore inFlight, List<Article> batch, boolean replace)
			throws InterruptedException {
		inFlight.acquire();
		return pool.submit(() -> {
			try {
				for (Article article : batch) {
					Document doc = mapper.toDocument(article, source);
					if (replace) {
						writer.updateDocument(new Term(Fields.ID, article.id()), doc);
					} else {
						writer.addDocument(doc);
					}
				}
				return null;
			} finally {
				inFlight.release();
			}
		});
	}

	/** How many articles the index holds. */
	public int count() throws IOException {
		IndexSearcher searcher = acquire();
		try {
			return searcher.getIndexReader().numDocs();
		} finally {
			searchers.release(searcher);
		}
	}

	/**
	 * Searches. The query syntax: words (all must occur; in any inflected form the article's language
	 * knows), {@code "a phrase"}, {@code field:value} with fields {@code title author publisher language licence
	 * year id text}, {@code year:[2020 TO 2024]}, {@code AND OR NOT} (or {@code + -}), parentheses, and
	 * {@code prefix*} on unstemmed words.
	 *
	 * @throws QuerySyntaxException when the query cannot be parsed
	 * @throws IOException when the index cannot be read even after a rebuild
	 */
	public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
		Query query = parse(request.query());
		Query matching = query;
		if (request.within() != null) {
			matching = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
					.add(idFilter(request.within()), BooleanClause.Occur.FILTER).build();
		}
		try {
			return searchParsed(matching, query, request);
		} catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
			recover(e);
			return searchParsed(matching, query, request);
		}
	}

	/**
	 * The ids of every article {@code queryText} matches, in no particular order. Reads only the id column (no
	 * stored fields, no scores, no snippets): for counting something per matching article over a whole corpus.
	 *
	 * @throws QuerySyntaxException when the query cannot be parsed
	 */
	public List<String> matchingIds(String queryText) throws QuerySyntaxException, IOException {
		Query query = parse(queryText);
		IndexSearcher searcher = acquire();
		try {
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
		} finally {
			searchers.release(searcher);
		}
	}

	/**
	 * The filter on {@code ids}. The last large one is kept, as the pages of one listing all ask for the same; a
	 * small one (a page's articles) costs less to build than to keep.
	 */
	private Query idFilter(Set<String> ids) {
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

	private record IdFilter(Set<String> ids, Query query) {
	}

	/** Parses a query in the syntax of {@link #search(SearchRequest)}. */
	public Query parse(String queryText) throws QuerySyntaxException {
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
	 * The first page of a search collects only its top hits (what typing costs). A later page collects every hit
	 * once, in order, and keeps that order for this index version, so scrolling through a search costs only the
	 * rows shown (and their snippets), as {@link #list} does for listings.
	 */
	private SearchResult searchParsed(Query matching, Query query, SearchRequest request) throws IOException {
		IndexSearcher searcher = acquire();
		try {
			IndexReader reader = searcher.getIndexReader();
			int wanted = Math.max(1, request.offset() + request.limit());
			String key = request.query().strip() + '\u0000' + request.sort() + (request.descending() ? '-' : '+')
					+ (request.within() == null ? "" : "\u0000" + System.identityHashCode(request.within())); //$NON-NLS-1$
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
				Sort sort = sortFor(request.sort(), request.descending());
				TopDocs top = sort == null ? FacetsCollector.search(searcher, matching, collect, facets)
						: FacetsCollector.search(searcher, matching, collect, sort, true, facets);
				long total = 0;
				for (FacetsCollector.MatchingDocs docs : facets.getMatchingDocs()) {
					total += docs.totalHits;
				}
				order = new SearchOrder(reader, request.within(), top.scoreDocs, total, facetCounts(searcher, facets));
				if (request.offset() > 0) {
					synchronized (searchOrders) {
						searchOrders.values().removeIf(o -> o.reader != reader);
						searchOrders.put(key, order);
					}
				}
			}
			ScoreDoc[] page = slice(order.docs, request.offset(), request.limit());
			List<Hit> hits = hits(searcher, query, page, request);
			return new SearchResult(order.total, hits, order.facets);
		} finally {
			searchers.release(searcher);
		}
	}

	/** The complete hit order of one search on one reader (and, for a search within ids, that very id set). */
	private record SearchOrder(IndexReader reader, Set<String> within, ScoreDoc[] docs, long total,
			Map<String, Map<String, Integer>> facets) {
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
		Map<String, List<Integer>> byField = new LinkedHashMap<>();
		for (int i = 0; i < page.length; i++) {
			summaries[i] = DocumentMapper.toSummary(stored.document(page[i].doc, SUMMARY_FIELDS));
			String field = Fields.text(Analyzers.analysisLanguage(summaries[i].language()));
			byField.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
		}
		String[] snippets = new String[page.length];
		java.util.Arrays.fill(snippets, ""); //$NON-NLS-1$
		if (page.length > 0 && request.passages()) {
			UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
					.withFormatter(new DefaultPassageFormatter(request.highlightOpen(), request.highlightClose(), "… ", //$NON-NLS-1$
							true))
					.withBreakIterator(() -> LengthGoalBreakIterator
							.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
					.withMaxLength(100_000).build();
			for (Map.Entry<String, List<Integer>> group : byField.entrySet()) {
				List<Integer> positions = group.getValue();
				int[] docIds = new int[positions.size()];
				for (int i = 0; i < docIds.length; i++) {
					docIds[i] = page[positions.get(i)].doc;
				}
				Map<String, String[]> highlighted = highlighter.highlightFields(new String[] { group.getKey() }, query,
						docIds, new int[] { SNIPPET_PASSAGES });
				String[] forField = highlighted.get(group.getKey());
				for (int i = 0; i < docIds.length; i++) {
					snippets[positions.get(i)] = forField == null || forField[i] == null ? "" : forField[i].strip(); //$NON-NLS-1$
				}
			}
		}
		List<Hit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			hits.add(new Hit(summaries[i], page[i].score, snippets[i]));
		}
		return hits;
	}

	private Map<String, Map<String, Integer>> facetCounts(IndexSearcher searcher, FacetsCollector collected)
			throws IOException {
		Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
		SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
		if (state == null) {
			return result;
		}
		SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collected);
		for (String dimension : List.of(Fields.FACET_PUBLISHER, Fields.FACET_LANGUAGE, Fields.FACET_LICENCE,
				Fields.FACET_YEAR)) {
			Map<String, Integer> values = new LinkedHashMap<>();
			FacetResult top;
			try {
				top = counts.getTopChildren(FACET_VALUES, dimension);
			} catch (IllegalArgumentException notIndexedYet) {
				top = null;
			}
			if (top != null) {
				for (LabelAndValue value : top.labelValues) {
					values.put(value.label, value.value.intValue());
				}
			}
			result.put(dimension, java.util.Collections.unmodifiableMap(values));
		}
		return result;
	}

	private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
		FacetState current = facetState;
		if (current != null && current.reader == reader) {
			return current.state;
		}
		SortedSetDocValuesReaderState state;
		try {
			state = new DefaultSortedSetDocValuesReaderState(reader, mapper.facets());
		} catch (IllegalArgumentException noFacetsIndexed) {
			state = null;
		}
		facetState = new FacetState(reader, state);
		return state;
	}

	private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
	}

	/**
	 * Runs a few searches made of words from the index's own titles, with and without passages, so that the first
	 * searches a user types do not pay for loading and compiling the search and highlighting code (in a fresh
	 * workbench they take several times longer otherwise). For long-lived processes, in the background; it reads
	 * only.
	 *
	 * @return the number of searches run
	 */
	public int warmUp() throws IOException {
		Set<String> words = new java.util.LinkedHashSet<>();
		for (ArticleSummary summary : list(SortKey.ID, false, 0, WARM_UP_TITLES)) {
			for (String word : summary.title().split("[^\\p{L}\\p{N}]+")) { //$NON-NLS-1$
				if (word.codePointCount(0, word.length()) >= 4 && words.size() < WARM_UP_WORDS) {
					words.add(word);
				}
			}
		}
		int searches = 0;
		for (String word : words) {
			SearchRequest request = SearchRequest.of('"' + word + '"', 40);
			try {
				search(request.withPassages(false));
				search(request);
				searches += 2;
			} catch (QuerySyntaxException e) {
				// Cannot happen with a quoted word; skipped if it does.
			}
		}
		return searches;
	}

	/**
	 * A page of all articles in the given order: rows {@code from .. from+count-1}. The order is computed once
	 * per index version and kept, so paging through a table of any size costs only the rows shown.
	 */
	public List<ArticleSummary> list(SortKey key, boolean descending, int from, int count) throws IOException {
		IndexSearcher searcher = acquire();
		try {
			int[] order = sortedOrder(searcher, key == SortKey.RELEVANCE ? SortKey.ID : key, descending);
			StoredFields stored = searcher.storedFields();
			List<ArticleSummary> rows = new ArrayList<>();
			for (int i = Math.max(0, from); i < Math.min(order.length, from + count); i++) {
				rows.add(DocumentMapper.toSummary(stored.document(order[i], SUMMARY_FIELDS)));
			}
			return rows;
		} finally {
			searchers.release(searcher);
		}
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

	private record SortedOrder(IndexReader reader, int[] docs) {
	}

	private static Sort sortFor(SortKey key, boolean descending) {
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

	/**
	 * The reader for a search, refreshed first when a write came after it. A search that starts after a write
	 * returned always sees it, even while another thread is still refreshing: it waits for that refresh rather than
	 * take the reader from before it (which a flag cleared at the start of a refresh allowed, and which left the
	 * explorer showing the listing from before a build).
	 */
	private IndexSearcher acquire() throws IOException {
		long wanted = changes.get();
		if (refreshedTo < wanted) {
			synchronized (refreshLock) {
				if (refreshedTo < wanted) {
					long reached = changes.get();
					searchers.maybeRefreshBlocking();
					refreshedTo = reached;
				}
			}
		}
		return searchers.acquire();
	}

	/** Tells {@code listener} about each refresh of the readers (the concurrency tests hold a refresh open). */
	void addRefreshListener(org.apache.lucene.search.ReferenceManager.RefreshListener listener) {
		searchers.addListener(listener);
	}

	private void recover(IOException cause) throws IOException {
		synchronized (lock) {
			closeQuietly();
			rebuildReason = "corrupt: " + oneLine(cause); //$NON-NLS-1$
			wipe();
			openWriter(true);
			rebuild();
		}
	}

	private void requireWriter() {
		if (writer == null) {
			throw new IllegalStateException("the index of " + folder + " is open for searching only"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private void closeQuietly() {
		try {
			close();
		} catch (IOException | RuntimeException ignored) {
			// Closing a damaged index may fail; it is about to be deleted.
		}
	}

	private static String oneLine(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.lines().findFirst().orElse(""); //$NON-NLS-1$
	}

	/** The folder the index lives in. */
	public Path folder() {
		return folder;
	}

	/** Closes the index without committing pending changes (call {@link #commit()} first to keep them). */
	@Override
	public void close() throws IOException {
		lastIdFilter = null;
		IOException failure = null;
		for (Closeable closeable : new Closeable[] { searchers, writer, directory }) {
			if (closeable != null) {
				try {
					closeable.close();
				} catch (IOException e) {
					failure = failure == null ? e : failure;
				}
			}
		}
		searchers = null;
		writer = null;
		directory = null;
		facetState = null;
		synchronized (sortedOrders) {
			sortedOrders.clear();
		}
		if (failure != null) {
			throw failure;
		}
	}
}
