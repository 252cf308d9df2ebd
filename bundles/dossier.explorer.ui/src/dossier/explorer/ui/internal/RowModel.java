// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jdt.annotation.Nullable;

import dossier.index.ArticleSearch;
import dossier.index.QuerySyntaxException;
import dossier.workspace.RemoteCorpora;

/**
 * The rows of the explorer's virtual table for one {@link ExplorerQuery} over one corpus index: article rows
 * ({@link ArticleRef}) and, when grouped, a {@link GroupHeader} row before each group. Only the row count, the
 * group boundaries and the facet counts are computed up front (one search, {@link PagedRows}); rows are fetched
 * from the index a page at a time by the view's {@link RowPagesJob}, when the table asks for them, and their
 * passages highlighted by its {@link PassagesJob}. Never loads an article file.
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

	private final IProject project;
	private final ArticleSearch index;
	private final ExplorerQuery query;
	/** Reads the rows paged from the index; null when there are none to read (no corpus, or all read up front). */
	private final PagedRows paged;
	private final int rowCount;
	private final long total;
	private final Map<String, Map<String, Integer>> facets;
	private final LoadedPages pages = new LoadedPages(PAGE);
	/** Pages queued for reading: each is asked for once at a time. */
	private final Set<Integer> requested = ConcurrentHashMap.newKeySet();
	private final Passages passages;
	/** Set when another model took this one's place: its pending reads are dropped. */
	private volatile boolean retired;
	private volatile boolean allRows;
	private volatile Map<String, Integer> statusCounts;
	private volatile RowPagesJob rowLoader;
	private volatile PassagesJob passageLoader;
	private volatile IntConsumer pageListener = page -> {
	};
	private volatile IntConsumer passageListener = page -> {
	};

	private RowModel(@Nullable IProject project, @Nullable ArticleSearch index, ExplorerQuery query, @Nullable PagedRows paged, int rowCount,
			long total, Map<String, Map<String, Integer>> facets) {
		this.project = project;
		this.index = index;
		this.query = query;
		this.paged = paged;
		this.rowCount = rowCount;
		this.total = total;
		this.facets = facets;
		this.passages = new Passages(project, index, query);
	}

	/** An empty model (no corpus, or none chosen). */
	public static RowModel empty(@Nullable IProject project) {
		return new RowModel(project, null, ExplorerQuery.initial(), null, 0, 0, Map.of());
	}

	/**
	 * Runs {@code query}'s search once for the total, facets and groups. Call from a background thread.
	 *
	 * @throws QuerySyntaxException when the search text cannot be parsed
	 */
	public static RowModel build(IProject project, ArticleSearch index, ExplorerQuery query)
			throws IOException, QuerySyntaxException {
		return query.needsAllRows() ? AllRows.build(project, index, query) : PagedRows.build(project, index, query);
	}

	/** A model paged from the index by {@code paged}, with the rows of the search's first answer if any. */
	static RowModel paged(PagedRows paged, int rowCount, long total, Map<String, Map<String, Integer>> facets,
			@Nullable Map<String, Integer> statusCounts, Object @Nullable [] firstRows) {
		RowModel model = new RowModel(paged.project(), paged.index(), paged.query(), paged, rowCount, total, facets);
		model.statusCounts = statusCounts;
		if (firstRows != null) {
			model.pages.put(0, firstRows);
		}
		return model;
	}

	/**
	 * A model whose rows were all read, filtered, sorted and grouped up front ({@link AllRows}), without their
	 * passages: {@code index} highlights those of the pages shown.
	 */
	static RowModel ofAllRows(IProject project, ArticleSearch index, ExplorerQuery query, Object[] rows, long total,
			Map<String, Map<String, Integer>> facets, Map<String, Integer> statusCounts) {
		RowModel model = new RowModel(project, index, query, null, rows.length, total, facets);
		for (int page = 0; page * PAGE < rows.length; page++) {
			model.pages.put(page, Arrays.copyOfRange(rows, page * PAGE, Math.min(rows.length, (page + 1) * PAGE)));
		}
		model.allRows = true;
		model.statusCounts = statusCounts;
		return model;
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
	public @Nullable Map<String, Integer> countStatuses() throws IOException, QuerySyntaxException, CoreException {
		Map<String, Integer> counts = statusCounts;
		if (counts != null || project == null || index == null || RemoteCorpora.isRemote(project)) {
			return counts; // a shared corpus is checked where it was made: no verdicts here
		}
		LicenceStatuses statuses = LicenceStatuses.of(project);
		List<String> ids = query.isListing() ? PagedRows.allIds(project) : index.matchingIds(query.composed());
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
			pages.forget();
			statusCounts = null;
		}
	}

	/** Rows are read by {@code rows}, passages highlighted by {@code passages} (the view's jobs). */
	void loadWith(RowPagesJob rows, PassagesJob passages) {
		rowLoader = rows;
		passageLoader = passages;
	}

	/** Called (on the row loader's thread) with the number of each page that arrives. */
	public void onPageLoaded(IntConsumer listener) {
		pageListener = listener;
	}

	/** Called (on the passage loader's thread) with the number of each page whose passages arrived. */
	public void onPassagesLoaded(IntConsumer listener) {
		passageListener = listener;
	}

	/** Another model is shown instead of this one: reads not started yet are dropped. */
	public void retire() {
		retired = true;
	}

	boolean isRetired() {
		return retired;
	}

	/**
	 * The row at {@code row} if it is loaded; otherwise null, and its page is fetched in the background (the
	 * page listener is told when it arrives) unless the model retired. The rows of a search come without their passages; asking for a
	 * row also has its page's passages highlighted in the background (the passage listener is told).
	 */
	public @Nullable Object rowAt(int row) {
		Object header = headerAt(row);
		if (header != null) {
			return header;
		}
		int page = row / PAGE;
		Object[] loaded = pages.get(page);
		if (loaded != null && row - page * PAGE < loaded.length) {
			PassagesJob highlighter = passageLoader;
			if (highlighter != null && !retired && passages.claim(page)) {
				highlighter.submit(this, page);
			}
			return loaded[row - page * PAGE];
		}
		RowPagesJob loader = rowLoader;
		if (paged != null && loader != null && !retired && requested.add(page)) {
			loader.submit(this, page);
		}
		return null;
	}

	/**
	 * The highlighted passage of {@code ref} in this search: empty when it has none (a listing, a filter alone),
	 * null while it is being highlighted.
	 */
	public String passageOf(ArticleRef ref) {
		return passages.of(ref);
	}

	/** Reads page {@code page}, keeps it (unless the rows were forgotten meanwhile), and tells the page listener. */
	void fetch(int page) {
		try {
			int reading = pages.reading();
			pages.keep(reading, page, load(page));
		} catch (IOException | QuerySyntaxException | RuntimeException | LinkageError e) {
			ILog.of(RowModel.class).warn("Explorer: cannot read rows of " + project.getName() + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			requested.remove(page);
		}
		// Told even when the rows were dropped: the table asks again.
		pageListener.accept(page);
	}

	/** Page {@code page} will not be read after all: the table may ask for it again. */
	void fetchDropped(int page) {
		requested.remove(page);
	}

	/** Highlights the passages of page {@code page}'s articles and tells the passage listener. */
	void highlight(int page) {
		Object[] rows = pages.get(page);
		if (passages.highlight(rows == null ? new Object[0] : rows)) {
			passageListener.accept(page);
		}
	}

	/** The passages of page {@code page} will not be highlighted after all: the table may ask for them again. */
	void highlightDropped(int page) {
		passages.release(page);
	}

	/** The row at {@code row} if it is loaded (or a group header), else null; never fetches. */
	@Nullable Object loadedRow(int row) {
		Object header = headerAt(row);
		if (header != null) {
			return header;
		}
		return pages.row(row);
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

	/**
	 * Whether {@code other} lists what this one lists: the same corpus and the same query (its rows may have changed
	 * since, after the corpus's index did).
	 */
	public boolean sameListing(@Nullable RowModel other) {
		return other != null && Objects.equals(project(), other.project()) && query().equals(other.query());
	}

	/** The row of the article {@code id} among the rows loaded so far. */
	public Optional<Integer> loadedRowOf(String id) {
		return pages.rowOf(id);
	}

	/** The rows of the articles {@code ids} among the rows loaded so far, by id. */
	public Map<String, Integer> loadedRowsOf(Set<String> ids) {
		return pages.rowsOf(ids);
	}

	/** First and last row of the page {@code page}, for clearing the table. */
	public int[] rangeOf(int page) {
		return new int[] { page * PAGE, Math.min(rowCount, (page + 1) * PAGE) - 1 };
	}

	private @Nullable GroupHeader headerAt(int row) {
		return paged == null ? null : paged.headerAt(row);
	}

	/** The rows of page {@code page}, without their passages. */
	private Object[] load(int page) throws IOException, QuerySyntaxException {
		int from = page * PAGE;
		int to = Math.min(rowCount, from + PAGE);
		return paged == null ? new Object[Math.max(0, to - from)] : paged.load(from, to);
	}
}
