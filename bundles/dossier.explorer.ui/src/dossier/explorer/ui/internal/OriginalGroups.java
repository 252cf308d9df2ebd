// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows grouped by original: each article that has copies among the rows heads a group (a {@link GroupHeader}
 * with its title), then the article itself, then its translations and republications and their own copies, in the
 * rows' order; the articles in no such family come last, under one header. An original the search left out still
 * groups its copies, under the title of the first of them listed.
 */
final class OriginalGroups {

	private OriginalGroups() {
	}

	static Object[] rows(List<ArticleRef> refs, CopyCounts.Copies copies) {
		Map<String, List<ArticleRef>> families = new LinkedHashMap<>();
		for (ArticleRef ref : refs) {
			families.computeIfAbsent(copies.rootOf(ref.id()), root -> new ArrayList<>()).add(ref);
		}
		List<Object> rows = new ArrayList<>();
		List<ArticleRef> alone = new ArrayList<>();
		families.forEach((root, members) -> {
			if (members.size() == 1 && members.get(0).id().equals(root)) {
				alone.add(members.get(0));
				return;
			}
			List<ArticleRef> ordered = new ArrayList<>(members.size());
			ArticleRef original = members.stream().filter(ref -> ref.id().equals(root)).findFirst().orElse(null);
			if (original != null) {
				ordered.add(original);
			}
			members.stream().filter(ref -> ref != original).forEach(ordered::add);
			rows.add(new GroupHeader(Grouping.ORIGINAL, ordered.get(0).summary().title(), ordered.size()));
			rows.addAll(ordered);
		});
		if (!alone.isEmpty()) {
			rows.add(new GroupHeader(Grouping.ORIGINAL, null, alone.size()));
			rows.addAll(alone);
		}
		return rows.toArray();
	}
}
