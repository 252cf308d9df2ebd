// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.annotation.Nullable;

import dossier.index.ArticleSearch;
import dossier.index.ArticleSummary;
import dossier.index.Hit;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchRequest;
import dossier.index.SearchResult;
import dossier.index.SortKey;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectIndexes;
import dossier.workspace.RemoteCorpora;
import dossier.workspace.licence.ArticleLicenceChecks;

/**
 * Rows the index pages: the search runs once for the total, the facets and the groups (a {@link GroupHeader} row
 * before each), and each page of rows is read from the index when the table asks for it ({@link #load}), without
 * its passages. The rows of {@link AllRows} are read up front instead. Never loads an article file.
 */
final class PagedRows {

	/** One group (or the single ungrouped run) of rows. */
	private record Segment(@Nullable GroupHeader header, String query, int firstRow, int count) {
		int end() {
			return firstRow + count;
		}
	}

	private final IProject project;
	private final ArticleSearch index;
	private final ExplorerQuery query;
	private final List<Segment> segments;
	/** The articles a filter on the licence check's verdict keeps, or null without that filter. */
	private final @Nullable Set<String> within;

	private PagedRows(IProject project, ArticleSearch index, ExplorerQuery query, List<Segment> segments,
			@Nullable Set<String> within) {
		this.project = project;
		this.index = index;
		this.query = query;
		this.segments = segments;
		this.within = within;
	}

	/**
	 * Runs {@code query}'s search once for the total, facets and groups, with the first screenful of rows when
	 * ungrouped. Call from a background thread.
	 *
	 * @throws QuerySyntaxException when the search text cannot be parsed
	 */
	static RowModel build(IProject project, ArticleSearch index, ExplorerQuery query) throws IOException, QuerySyntaxException {
		String composed = query.composed();
		Set<String> within = null;
		Map<String, Integer> statusCounts = null;
		if (query.filtersOnMarkers()) {
			// The licence check's verdicts and findings are markers, not in the index: the articles with the verdict
			// or the rule asked for are found here, and the index pages, sorts, groups and counts among them.
			LicenceStatuses statuses = LicenceStatuses.of(project);
			List<String> matching = query.isListing() ? allIds(project) : index.matchingIds(composed);
			String rule = query.findingFilter();
			if (rule != null) {
				Set<String> withFinding = statuses.withFinding(rule);
				matching = matching.stream().filter(withFinding::contains).toList();
			}
			statusCounts = AllRows.countStatuses(matching, statuses);
			String status = query.statusFilter();
			within = Set.copyOf(status == null ? matching
					: matching.stream().filter(id -> statuses.status(id).name().equals(status)).toList());
		}
		boolean firstRows = query.grouping() == Grouping.NONE && !(query.isListing() && within == null);
		// Rows first, their passages after (RowModel.rowAt): the table lists titles; passages show in the preview
		// and tooltips.
		SearchResult first = index.search(
				request(composed, query, 0, firstRows ? RowModel.FIRST_ROWS : 0).within(within).withPassages(false));
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
				String clause = ExplorerQuery.clause(Objects.requireNonNull(query.grouping().field()), value.getKey());
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
		PagedRows paged = new PagedRows(project, index, query, List.copyOf(segments), within);
		int rowCount = segments.stream().mapToInt(Segment::end).max().orElse(0);
		// A partial first page: RowModel.rowAt reads the rest when asked.
		return RowModel.paged(paged, rowCount, first.total(), first.facets(), statusCounts,
				firstRows ? rows(project, first.hits()) : null);
	}

	/** Every article of the corpus. */
	static List<String> allIds(IProject project) throws IOException {
		try {
			if (RemoteCorpora.isRemote(project)) {
				return ProjectIndexes.search(project).matchingIds(""); //$NON-NLS-1$
			}
			return CorpusProjects.corpus(project).ids();
		} catch (CoreException | QuerySyntaxException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	static SearchRequest request(String composed, ExplorerQuery query, int offset, int limit) {
		// Without words, relevance means nothing: the listing's order (by id), as CorpusIndex.list has it.
		SortKey sort = composed.isBlank() && query.sort() == SortKey.RELEVANCE ? SortKey.ID : query.sort();
		return new SearchRequest(composed, offset, limit, sort, query.descending(), Snippets.OPEN, Snippets.CLOSE);
	}

	IProject project() {
		return project;
	}

	ArticleSearch index() {
		return index;
	}

	ExplorerQuery query() {
		return query;
	}

	/** The group header at {@code row}, or null when it is an article's row. */
	@Nullable GroupHeader headerAt(int row) {
		for (Segment segment : segments) {
			if (segment.header() != null && segment.firstRow() - 1 == row) {
				return segment.header();
			}
		}
		return null;
	}

	/** The rows from {@code from} up to {@code to} (exclusive), without their passages. */
	Object[] load(int from, int to) throws IOException, QuerySyntaxException {
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
				part = rows(project, result.hits());
			}
			System.arraycopy(part, 0, rows, start - from, Math.min(part.length, end - start));
		}
		return rows;
	}

	private Object[] summaries(List<ArticleSummary> summaries) {
		Object[] rows = new Object[summaries.size()];
		long checkedAt = ArticleLicenceChecks.checkedAt(project);
		for (int i = 0; i < rows.length; i++) {
			rows[i] = ref(project, summaries.get(i), null, checkedAt);
		}
		return rows;
	}

	private static Object[] rows(IProject project, List<Hit> hits) {
		Object[] rows = new Object[hits.size()];
		long checkedAt = ArticleLicenceChecks.checkedAt(project);
		for (int i = 0; i < rows.length; i++) {
			Hit hit = hits.get(i);
			rows[i] = ref(project, hit.article(), hit.snippet(), checkedAt);
		}
		return rows;
	}

	/** A row for one article, with its licence verdict (from its file's markers) and entity count. */
	private static ArticleRef ref(IProject project, ArticleSummary summary, @Nullable String snippet, long checkedAt) {
		IFile file = ArticleRef.fileOf(project, summary.id());
		int severity = -1;
		boolean checked = false;
		if (file.exists()) {
			try {
				severity = file.findMaxProblemSeverity(RowModel.LICENCE_MARKER, true, 0);
			} catch (CoreException e) {
				severity = -1;
			}
			checked = checkedAt > 0 && file.getLocalTimeStamp() <= checkedAt;
		}
		return new ArticleRef(project, summary, snippet, severity, ArticleLicenceChecks.status(severity, checked),
				EntityCounts.of(project, summary.id()), CopyCounts.of(project).count(summary.id()), null);
	}

	/**
	 * A row for one article, its licence verdict taken from a snapshot of the project's markers, its copies from
	 * {@code copies}.
	 */
	static ArticleRef ref(IProject project, ArticleSummary summary, @Nullable String snippet, LicenceStatuses statuses,
			CopyCounts.Copies copies) {
		String id = summary.id();
		return new ArticleRef(project, summary, snippet, statuses.severity(id), statuses.status(id),
				EntityCounts.of(project, id), copies.count(id), null);
	}
}
