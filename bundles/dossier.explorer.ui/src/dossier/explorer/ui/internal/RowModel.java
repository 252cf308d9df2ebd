package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

import dossier.index.ArticleSummary;
import dossier.index.CorpusIndex;
import dossier.index.Hit;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchRequest;
import dossier.index.SearchResult;
import dossier.index.SortKey;

/**
 * The rows of the explorer's virtual table for one {@link ExplorerQuery} over one corpus index: article rows
 * ({@link ArticleRef}) and, when grouped, a {@link GroupHeader} row before each group. Only the row count, the
 * group boundaries and the facet counts are computed up front (one search); rows are fetched from the index a page
 * at a time on a background thread, when the table asks for them. Never loads an article file.
 */
public final class RowModel {

	/** Rows fetched per index request. */
	public static final int PAGE = 100;

	/**
	 * Rows of a search's first answer: a screenful, read with the count and facets in one request, without their
	 * passages. The rest of the first page is read by the row loader once the answer shows, and the passages of the
	 * pages the table asks for are highlighted after that (highlighting is most of a search's cost).
	 */
	public static final int FIRST_ROWS = 40;

	/** The marker type of licence problems (created by the licence checker's workspace integration). */
	public static final String LICENCE_MARKER = "dossier.workspace.licenceProblem"; //$NON-NLS-1$

	/**
	 * Highlights the passages of pages already shown: a thread of its own, so scrolling never waits behind
	 * highlighting (most of a search's cost).
	 */
	private static final ExecutorService PASSAGES = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "dossier-explorer-passages"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});

	private static final ExecutorService LOADER = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "dossier-explorer-rows"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});

	/** One group (or the single ungrouped run) of rows. */
	private record Segment(GroupHeader header, String query, int firstRow, int count) {
		int end() {
			return firstRow + count;
		}
	}

	private final IProject project;
	private final CorpusIndex index;
	private final ExplorerQuery query;
	private final List<Segment> segments;
	private final int rowCount;
	private final long total;
	private final Map<String, Map<String, Integer>> facets;
	private final Map<Integer, Object[]> pages = new ConcurrentHashMap<>();
	private final Set<Integer> requested = ConcurrentHashMap.newKeySet();
	/** Pages whose passages were highlighted (or are being): each is asked for once. */
	private final Set<Integer> highlighted = ConcurrentHashMap.newKeySet();
	/** The highlighted passage of each article of a search, by id, as it arrives. */
	private final Map<String, String> passages = new ConcurrentHashMap<>();
	/** Counts {@link #forgetRows()}: a page read before it is not kept. Guarded by {@link #pages}. */
	private int readings;
	/** Set when another model took this one's place: its pending reads are dropped. */
	private volatile boolean retired;
	private volatile IntConsumer passageListener = page -> {
	};
	private volatile boolean allRows;
	/** The articles a filter on the licence check's verdict keeps, or null without that filter. */
	private volatile Set<String> within;
	/** How long the index took to answer the first search (for the benchmark's probe). */
	volatile long searchNanos;
	private volatile Map<String, Integer> statusCounts;
	private volatile IntConsumer pageListener = page -> {
	};

	private RowModel(IProject project, CorpusIndex index, ExplorerQuery query, List<Segment> segments, long total,
			Map<String, Map<String, Integer>> facets) {
		this(project, index, query, segments, total, facets, segments.stream().mapToInt(Segment::end).max().orElse(0));
	}

	private RowModel(IProject project, CorpusIndex index, ExplorerQuery query, List<Segment> segments, long total,
			Map<String, Map<String, Integer>> facets, int rowCount) {
		this.project = project;
		this.index = index;
		this.query = query;
		this.segments = segments;
		this.total = total;
		this.facets = facets;
		this.rowCount = rowCount;
	}

	/** An empty model (no corpus, or none chosen). */
	public static RowModel empty(IProject project) {
		return new RowModel(project, null, ExplorerQuery.initial(), List.of(), 0, Map.of());
	}

	/**
	 * Runs {@code query}'s search once for the total, facets and groups. Call from a background thread.
	 *
	 * @throws QuerySyntaxException when the search text cannot be parsed
	 */
	public static RowModel build(IProject project, CorpusIndex index, ExplorerQuery query)
			throws IOException, QuerySyntaxException {
		if (query.needsAllRows()) {
			return AllRows.build(project, index, query);
		}
		String composed = query.composed();
		Set<String> within = null;
		Map<String, Integer> statusCounts = null;
		if (query.statusFilter() != null) {
			// The licence check's verdicts are markers, not in the index: the articles with the verdict asked for
			// are found here, and the index pages, sorts, groups and counts among them.
			LicenceStatuses statuses = LicenceStatuses.of(project);
			List<String> matching = query.isListing() ? allIds(project) : index.matchingIds(composed);
			statusCounts = AllRows.countStatuses(matching, statuses);
			within = Set.copyOf(matching.stream()
					.filter(id -> statuses.status(id).name().equals(query.statusFilter())).toList());
		}
		boolean firstRows = query.grouping() == Grouping.NONE && !(query.isListing() && within == null);
		long searching = System.nanoTime();
		// Rows first, their passages after (rowAt): the table lists titles; passages show in the preview and tooltips.
		SearchResult first = index.search(
				request(composed, query, 0, firstRows ? FIRST_ROWS : 0).within(within).withPassages(false));
		searching = System.nanoTime() - searching;
		List<Segment> segments = new ArrayList<>();
		if (query.grouping() == Grouping.NONE) {
			segments.add(new Segment(null, composed, 0, (int) Math.min(Integer.MAX_VALUE - 1, first.total())));
		} else {
			Map<String, Integer> values = first.facets().getOrDefault(query.grouping().facet(), Map.of());
			String base = composed.isEmpty() ? ExplorerQuery.ALL : composed;
			int row = 0;
			long grouped = 0;
			StringBuilder others = new StringBuilder("+(").append(base).append(')'); //$NON-NLS-1$
			for (Map.Entry<String, Integer> value : values.entrySet()) {
				String clause = ExplorerQuery.clause(query.grouping().field(), value.getKey());
				segments.add(new Segment(new GroupHeader(query.grouping(), value.getKey(), value.getValue()),
						"+(" + base + ") +" + clause, row + 1, value.getValue())); //$NON-NLS-1$ //$NON-NLS-2$
				row += 1 + value.getValue();
				grouped += value.getValue();
				others.append(" -").append(clause); //$NON-NLS-1$
			}
			long rest = first.total() - grouped;
			if (rest > 0) {
				segments.add(new Segment(new GroupHeader(query.grouping(), null, rest), others.toString(), row + 1,
						(int) rest));
			}
		}
		RowModel model = new RowModel(project, index, query, List.copyOf(segments), first.total(), first.facets());
		model.within = within;
		model.statusCounts = statusCounts;
		model.searchNanos = searching;
		if (firstRows) {
			model.pages.put(0, model.rows(first.hits())); // a partial page: rowAt reads the rest when asked
		}
		return model;
	}

	/**
	 * A model whose rows were all read, filtered, sorted and grouped up front ({@link AllRows}), without their
	 * passages: {@code index} highlights those of the pages shown.
	 */
	static RowModel ofAllRows(IProject project, CorpusIndex index, ExplorerQuery query, Object[] rows, long total,
			Map<String, Map<String, Integer>> facets, Map<String, Integer> statusCounts) {
		RowModel model = new RowModel(project, index, query, List.of(), total, facets, rows.length);
		for (int page = 0; page * PAGE < rows.length; page++) {
			model.pages.put(page, java.util.Arrays.copyOfRange(rows, page * PAGE, Math.min(rows.length, (page + 1) * PAGE)));
		}
		model.allRows = true;
		model.statusCounts = statusCounts;
		return model;
	}

	/** Every article of the corpus. */
	private static List<String> allIds(IProject project) throws IOException {
		try {
			return dossier.workspace.CorpusProjects.corpus(project).ids();
		} catch (CoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	static SearchRequest request(String composed, ExplorerQuery query, int offset, int limit) {
		// Without words, relevance means nothing: the listing's order (by id), as CorpusIndex.list has it.
		SortKey sort = composed.isBlank() && query.sort() == SortKey.RELEVANCE ? SortKey.ID : query.sort();
		return new SearchRequest(composed, offset, limit, sort, query.descending(), Snippets.OPEN, Snippets.CLOSE);
	}

	public IProject project() {
		return project;
	}

	public ExplorerQuery query() {
		return query;
	}

	/** Rows in the table, group headers included. */
	public int rowCount() {
		return rowCount;
	}

	/** Articles that match. */
	public long total() {
		return total;
	}

	/** Per facet dimension, the values among the matching articles with their counts. */
	public Map<String, Map<String, Integer>> facets() {
		return facets;
	}

	/** True when every row was read up front (a licence-check filter or the order by entities). */
	public boolean hasAllRows() {
		return allRows;
	}

	/** How many matching articles have each licence check verdict; null until {@link #countStatuses()} ran. */
	public Map<String, Integer> statusCounts() {
		return statusCounts;
	}

	/**
	 * Counts the licence check verdicts of the matching articles (background thread): over the whole corpus when
	 * nothing narrows it down, else over every hit (their ids only, read from the index).
	 */
	public Map<String, Integer> countStatuses() throws IOException, QuerySyntaxException, CoreException {
		Map<String, Integer> counts = statusCounts;
		if (counts != null || project == null || index == null) {
			return counts;
		}
		LicenceStatuses statuses = LicenceStatuses.of(project);
		List<String> ids = query.isListing() ? allIds(project) : index.matchingIds(query.composed());
		counts = AllRows.countStatuses(ids, statuses);
		statusCounts = counts;
		return counts;
	}

	/**
	 * Forgets the rows read so far, so they are read again (with fresh licence verdicts and entity counts) when the
	 * table asks. Only for models paged from the index.
	 */
	public void forgetRows() {
		if (!allRows) {
			synchronized (pages) {
				pages.clear();
				readings++;
			}
			statusCounts = null;
		}
	}

	/** Called (on the loader thread) with the number of each page that arrives. */
	public void onPageLoaded(IntConsumer listener) {
		pageListener = listener;
	}

	/** Called (on the passages thread) with the number of each page whose passages arrived. */
	public void onPassagesLoaded(IntConsumer listener) {
		passageListener = listener;
	}

	/** Another model is shown instead of this one: reads not started yet are dropped. */
	public void retire() {
		retired = true;
	}

	/**
	 * The row at {@code row} if it is loaded; otherwise null, and its page is fetched in the background (the
	 * page listener is told when it arrives). The rows of a search come without their passages; asking for a
	 * row also has its page's passages highlighted in the background (the passage listener is told).
	 */
	public Object rowAt(int row) {
		Object header = headerAt(row);
		if (header != null) {
			return header;
		}
		int page = row / PAGE;
		Object[] loaded = pages.get(page);
		if (loaded != null && row - page * PAGE < loaded.length) {
			if (hasPassages() && highlighted.add(page)) {
				PASSAGES.execute(() -> highlight(page));
			}
			return loaded[row - page * PAGE];
		}
		if (index != null && requested.add(page)) {
			LOADER.execute(() -> fetch(page));
		}
		return null;
	}

	/**
	 * The highlighted passage of {@code ref} in this search: empty when it has none (a listing, a filter alone),
	 * null while it is being highlighted.
	 */
	public String passageOf(ArticleRef ref) {
		if (!ref.snippet().isEmpty() || !hasPassages()) {
			return ref.snippet();
		}
		return passages.get(ref.id());
	}

	/** True when the hits have passages to highlight: a search with words (a filter alone matches none). */
	private boolean hasPassages() {
		return index != null && !query.text().isEmpty();
	}

	/** Reads page {@code page}, keeps it (unless the rows were forgotten meanwhile), and tells the page listener. */
	private void fetch(int page) {
		try {
			if (retired) {
				return;
			}
			int reading;
			synchronized (pages) {
				reading = readings;
			}
			Object[] rows = load(page);
			synchronized (pages) {
				if (reading == readings) {
					pages.put(page, rows);
				}
			}
		} catch (IOException | QuerySyntaxException | RuntimeException | LinkageError e) {
			ILog.of(RowModel.class).warn("Explorer: cannot read rows of " + project.getName() + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			requested.remove(page);
		}
		// Told even when the rows were dropped: the table asks again.
		pageListener.accept(page);
	}

	/**
	 * Highlights the passages of page {@code page}'s articles (the search among just those articles: any model,
	 * paged from the index or read up front) and tells the passage listener.
	 */
	private void highlight(int page) {
		if (retired) {
			highlighted.remove(page);
			return;
		}
		try {
			Set<String> ids = new java.util.HashSet<>();
			for (Object row : pages.getOrDefault(page, new Object[0])) {
				if (row instanceof ArticleRef ref) {
					ids.add(ref.id());
				}
			}
			if (!ids.isEmpty()) {
				SearchResult result = index.search(request(query.composed(), query, 0, ids.size()).within(Set.copyOf(ids)));
				for (Hit hit : result.hits()) {
					passages.put(hit.id(), hit.snippet());
				}
			}
			passageListener.accept(page);
		} catch (IOException | QuerySyntaxException | RuntimeException | LinkageError e) {
			// Kept in highlighted: not tried again for this search; the rows show without passages.
			ILog.of(RowModel.class).warn("Explorer: cannot highlight passages in " + project.getName() + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The row at {@code row} if it is loaded (or a group header), else null; never fetches. */
	Object loadedRow(int row) {
		Object header = headerAt(row);
		if (header != null) {
			return header;
		}
		Object[] loaded = pages.get(row / PAGE);
		return loaded != null && row % PAGE < loaded.length ? loaded[row % PAGE] : null;
	}

	/** The row at {@code row}, fetched now if needed. For background threads (and tests) only. */
	public Object rowNow(int row) throws IOException, QuerySyntaxException {
		Object header = headerAt(row);
		if (header != null) {
			return header;
		}
		int page = row / PAGE;
		Object[] loaded = pages.get(page);
		if (loaded == null || row - page * PAGE >= loaded.length) {
			loaded = load(page);
			pages.put(page, loaded);
		}
		return loaded[row - page * PAGE];
	}

	/** The row of the article {@code id} among the rows loaded so far. */
	public Optional<Integer> loadedRowOf(String id) {
		for (Map.Entry<Integer, Object[]> page : pages.entrySet()) {
			Object[] rows = page.getValue();
			for (int i = 0; i < rows.length; i++) {
				if (rows[i] instanceof ArticleRef ref && ref.id().equals(id)) {
					return Optional.of(page.getKey() * PAGE + i);
				}
			}
		}
		return Optional.empty();
	}

	/** First and last row of the page {@code page}, for clearing the table. */
	public int[] rangeOf(int page) {
		return new int[] { page * PAGE, Math.min(rowCount, (page + 1) * PAGE) - 1 };
	}

	private GroupHeader headerAt(int row) {
		for (Segment segment : segments) {
			if (segment.header() != null && segment.firstRow() - 1 == row) {
				return segment.header();
			}
		}
		return null;
	}

	/** The rows of page {@code page}, without their passages. */
	private Object[] load(int page) throws IOException, QuerySyntaxException {
		int from = page * PAGE;
		int to = Math.min(rowCount, from + PAGE);
		Object[] rows = new Object[Math.max(0, to - from)];
		for (Segment segment : segments) {
			int start = Math.max(from, segment.firstRow());
			int end = Math.min(to, segment.end());
			if (start >= end) {
				continue;
			}
			Object[] part;
			if (query.isListing() && within == null && segment.header() == null) {
				SortKey sort = query.sort() == SortKey.RELEVANCE ? SortKey.ID : query.sort();
				part = summaries(index.list(sort, query.descending(), start - segment.firstRow(), end - start));
			} else {
				SearchResult result = index.search(
						request(segment.query(), query, start - segment.firstRow(), end - start).within(within)
								.withPassages(false));
				part = rows(result.hits());
			}
			System.arraycopy(part, 0, rows, start - from, Math.min(part.length, end - start));
		}
		return rows;
	}

	private Object[] summaries(List<ArticleSummary> summaries) {
		Object[] rows = new Object[summaries.size()];
		long checkedAt = dossier.workspace.licence.ArticleLicenceChecks.checkedAt(project);
		for (int i = 0; i < rows.length; i++) {
			rows[i] = ref(project, summaries.get(i), null, checkedAt);
		}
		return rows;
	}

	private Object[] rows(List<Hit> hits) {
		Object[] rows = new Object[hits.size()];
		long checkedAt = dossier.workspace.licence.ArticleLicenceChecks.checkedAt(project);
		for (int i = 0; i < rows.length; i++) {
			Hit hit = hits.get(i);
			rows[i] = ref(project, hit.article(), hit.snippet(), checkedAt);
		}
		return rows;
	}

	/** A row for one article, with its licence verdict (from its file's markers) and entity count. */
	static ArticleRef ref(IProject project, ArticleSummary summary, String snippet, long checkedAt) {
		IFile file = ArticleRef.fileOf(project, summary.id());
		int severity = -1;
		boolean checked = false;
		if (file.exists()) {
			try {
				severity = file.findMaxProblemSeverity(LICENCE_MARKER, true, 0);
			} catch (CoreException e) {
				severity = -1;
			}
			checked = checkedAt > 0 && file.getLocalTimeStamp() <= checkedAt;
		}
		return new ArticleRef(project, summary, snippet, severity,
				dossier.workspace.licence.ArticleLicenceChecks.status(severity, checked),
				EntityCounts.of(project, summary.id()), null);
	}

	/** A row for one article, its licence verdict taken from a snapshot of the project's markers. */
	static ArticleRef ref(IProject project, ArticleSummary summary, String snippet, LicenceStatuses statuses) {
		String id = summary.id();
		return new ArticleRef(project, summary, snippet, statuses.severity(id), statuses.status(id),
				EntityCounts.of(project, id), null);
	}

	/** Rows of every page loaded so far, for the tests. */
	Map<Integer, Object[]> loadedPages() {
		return new LinkedHashMap<>(pages);
	}
}
