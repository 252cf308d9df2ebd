// SPDX-License-Identifier: EPL-2.0
package dossier.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dossier.insight.ArticleFacts;
import dossier.insight.EntityRef;
import dossier.insight.StoryLink;

/**
 * Groups articles into stories: the connected components of the lineage links (union-find, so a translation of a
 * republication joins its original too). Links to articles the corpus does not hold are ignored.
 */
public final class Stories {

	/** Earliest published first (undated last), then by id: the original a story is counted under. */
	static final Comparator<ArticleFacts> FIRST = Comparator
			.comparing(ArticleFacts::published, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(ArticleFacts::id);

	private Stories() {
	}

	/** One story per article ({@code once} false), or per group of linked articles ({@code once} true). */
	public static List<Story> of(List<ArticleFacts> articles, Collection<StoryLink> links, boolean once) {
		if (!once || links.isEmpty()) {
			return articles.stream().map(Story::of).toList();
		}
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < articles.size(); i++) {
			index.put(articles.get(i).id(), i);
		}
		int[] parent = new int[articles.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (StoryLink link : links) {
			Integer a = index.get(link.from());
			Integer b = index.get(link.to());
			if (a != null && b != null) {
				int ra = root(parent, a);
				int rb = root(parent, b);
				if (ra != rb) {
					parent[Math.max(ra, rb)] = Math.min(ra, rb);
				}
			}
		}
		Map<Integer, List<ArticleFacts>> groups = new LinkedHashMap<>();
		for (int i = 0; i < parent.length; i++) {
			groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>(1)).add(articles.get(i));
		}
		List<Story> stories = new ArrayList<>(groups.size());
		for (List<ArticleFacts> group : groups.values()) {
			stories.add(group.size() == 1 ? Story.of(group.get(0)) : merged(group));
		}
		return stories;
	}

	private static Story merged(List<ArticleFacts> group) {
		List<ArticleFacts> ordered = new ArrayList<>(group);
		ordered.sort(FIRST);
		Map<String, EntityRef> entities = new LinkedHashMap<>();
		Set<LocalDate> dates = new LinkedHashSet<>();
		for (ArticleFacts article : ordered) {
			for (EntityRef entity : article.entities()) {
				entities.putIfAbsent(entity.id(), entity);
			}
			dates.addAll(article.dates());
		}
		return new Story(ordered.get(0), ordered.size(), List.copyOf(entities.values()), List.copyOf(dates));
	}

	private static int root(int[] parent, int i) {
		int r = i;
		while (parent[r] != r) {
			r = parent[r];
		}
		while (parent[i] != r) {
			int next = parent[i];
			parent[i] = r;
			i = next;
		}
		return r;
	}
}
