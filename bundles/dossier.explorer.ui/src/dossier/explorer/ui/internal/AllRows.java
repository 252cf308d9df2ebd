// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.core.resources.IProject;

import dossier.index.ArticleSearch;
import dossier.index.ArticleSummary;
import dossier.index.Hit;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchResult;
import dossier.index.SortKey;
import dossier.ui.Counts;
import dossier.workspace.licence.ArticleLicenceChecks.Status;

/**
 * Rows the index cannot page: the order by entity count (the entity store), with or without a filter on the licence
 * check's verdict or a licence rule's findings (markers). Every matching article's summary is read once, then filtered, sorted (stable: ties
 * keep the index's order) and grouped here; the facet counts are those of the rows kept, the licence check counts
 * those of the rows before its filter. Refused beyond {@link #LIMIT} matching articles, with a reason to narrow the
 * search.
 */
final class AllRows {

	/** Most matching articles read for one of these queries. */
	static final int LIMIT = 20_000;

	private AllRows() {
	}

	static RowModel build(IProject project, ArticleSearch index, ExplorerQuery query) throws IOException, QuerySyntaxException {
		String composed = query.composed();
		LicenceStatuses statuses = LicenceStatuses.of(project);
		CopyCounts.Copies copies = CopyCounts.of(project);
		List<ArticleRef> matching = new ArrayList<>();
		if (composed.isEmpty()) {
			int count = index.count();
			refuseBeyondLimit(count);
			SortKey order = query.byEntities() || query.byCopies() || query.sort() == SortKey.RELEVANCE ? SortKey.ID
					: query.sort();
			boolean own = query.byEntities() || query.byCopies();
			for (ArticleSummary summary : index.list(order, !own && query.descending(), 0, count)) {
				matching.add(PagedRows.ref(project, summary, null, statuses, copies));
			}
		} else {
			SearchResult counted = index.search(PagedRows.request(composed, query, 0, 0));
			refuseBeyondLimit(counted.total());
			ExplorerQuery order = query.byEntities() || query.byCopies() ? query.sortedBy(SortKey.RELEVANCE, false) : query;
			// Without passages: highlighting thousands of hits takes seconds; the pages shown are highlighted after.
			SearchResult all = index.search(
					PagedRows.request(composed, order, 0, (int) counted.total()).withPassages(false));
			for (Hit hit : all.hits()) {
				matching.add(PagedRows.ref(project, hit.article(), hit.snippet(), statuses, copies));
			}
		}
		String rule = query.findingFilter();
		if (rule != null) {
			Set<String> withFinding = statuses.withFinding(rule);
			matching.removeIf(ref -> !withFinding.contains(ref.id()));
		}
		// the verdicts counted among the articles every other filter keeps
		Map<String, Integer> statusCounts = countStatuses(matching.stream().map(ArticleRef::id).toList(), statuses);
		List<ArticleRef> kept = new ArrayList<>();
		String wanted = query.statusFilter();
		for (ArticleRef ref : matching) {
			if (wanted == null || ref.status().name().equals(wanted)) {
				kept.add(ref);
			}
		}
		if (query.byEntities()) {
			Comparator<ArticleRef> byCount = Comparator.comparingInt(ArticleRef::entityCount);
			kept.sort(query.descending() ? byCount.reversed() : byCount);
		} else if (query.byCopies()) {
			Comparator<ArticleRef> byCopies = Comparator.comparingInt(ArticleRef::copies);
			kept.sort(query.descending() ? byCopies.reversed() : byCopies);
		}
		Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
		facets.put("language", counts(kept, s -> s.language())); //$NON-NLS-1$
		facets.put("publisher", counts(kept, s -> s.publisher())); //$NON-NLS-1$
		facets.put("licence", counts(kept, s -> s.licence())); //$NON-NLS-1$
		Object[] rows = query.grouping() == Grouping.ORIGINAL ? OriginalGroups.rows(kept, copies)
				: group(kept, query.grouping(), facets);
		return RowModel.ofAllRows(project, index, query, rows, kept.size(), facets, statusCounts);
	}

	private static void refuseBeyondLimit(long count) {
		if (count > LIMIT) {
			throw new IllegalStateException(Counts.format(Messages.View_tooManyToFilter, count));
		}
	}

	/** Each verdict's count among {@code ids}, in the order of {@link Status}, verdicts with none left out. */
	static Map<String, Integer> countStatuses(List<String> ids, LicenceStatuses statuses) {
		Map<Status, Integer> counts = new TreeMap<>();
		for (String id : ids) {
			counts.merge(statuses.status(id), 1, Integer::sum);
		}
		Map<String, Integer> named = new LinkedHashMap<>();
		counts.forEach((status, count) -> named.put(status.name(), count));
		return named;
	}

	/** Value counts, most frequent first (ties by value), as the index's facets are. */
	private static Map<String, Integer> counts(List<ArticleRef> refs, Function<ArticleSummary, String> field) {
		Map<String, Integer> counts = new TreeMap<>();
		for (ArticleRef ref : refs) {
			String value = field.apply(ref.summary());
			if (value != null && !value.isEmpty()) {
				counts.merge(value, 1, Integer::sum);
			}
		}
		Map<String, Integer> ordered = new LinkedHashMap<>();
		counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
		return ordered;
	}

	private static Object[] group(List<ArticleRef> refs, Grouping grouping, Map<String, Map<String, Integer>> facets) {
		if (grouping == Grouping.NONE) {
			return refs.toArray();
		}
		Map<String, List<ArticleRef>> groups = new LinkedHashMap<>();
		facets.getOrDefault(grouping.facet(), Map.of()).keySet().forEach(value -> groups.put(value, new ArrayList<>()));
		List<ArticleRef> others = new ArrayList<>();
		for (ArticleRef ref : refs) {
			String value = switch (grouping) {
			case PUBLISHER -> ref.summary().publisher();
			case LANGUAGE -> ref.summary().language();
			case LICENCE -> ref.summary().licence();
			case NONE, ORIGINAL -> null;
			};
			List<ArticleRef> group = value == null ? null : groups.get(value);
			(group == null ? others : group).add(ref);
		}
		List<Object> rows = new ArrayList<>();
		groups.forEach((value, members) -> {
			rows.add(new GroupHeader(grouping, value, members.size()));
			rows.addAll(members);
		});
		if (!others.isEmpty()) {
			rows.add(new GroupHeader(grouping, null, others.size()));
			rows.addAll(others);
		}
		return rows.toArray();
	}
}
