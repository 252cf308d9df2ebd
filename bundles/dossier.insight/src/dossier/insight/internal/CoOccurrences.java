// SPDX-License-Identifier: EPL-2.0
package dossier.insight.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import dossier.insight.CoOccurrence;
import dossier.insight.Edge;
import dossier.insight.EntityCount;
import dossier.insight.EntityRef;

/** Computes a {@link CoOccurrence}: entities interned as ints, pairs counted in {@link PairCounts}. */
public final class CoOccurrences {

	private CoOccurrences() {
	}

	public static CoOccurrence compute(List<Story> stories, boolean once, Collection<String> types, int minWeight,
			BooleanSupplier cancelled) {
		Set<String> wanted = Set.copyOf(types);
		Map<String, Integer> index = new HashMap<>();
		List<EntityRef> entities = new ArrayList<>();
		int[] articleCounts = new int[64];
		PairCounts pairs = new PairCounts();
		int[] ids = new int[16];
		for (int i = 0; i < stories.size(); i++) {
			Cancel.check(i, cancelled);
			int n = 0;
			for (EntityRef entity : stories.get(i).entities()) {
				if (!wanted.isEmpty() && !wanted.contains(entity.type())) {
					continue;
				}
				Integer known = index.get(entity.id());
				if (known == null) {
					known = entities.size();
					index.put(entity.id(), known);
					entities.add(entity);
					if (known >= articleCounts.length) {
						articleCounts = Arrays.copyOf(articleCounts, articleCounts.length * 2);
					}
				}
				if (n == ids.length) {
					ids = Arrays.copyOf(ids, n * 2);
				}
				ids[n++] = known;
			}
			for (int a = 0; a < n; a++) {
				articleCounts[ids[a]]++;
				for (int b = a + 1; b < n; b++) {
					pairs.increment(ids[a], ids[b]);
				}
			}
		}
		List<EntityCount> nodes = new ArrayList<>(entities.size());
		for (int e = 0; e < entities.size(); e++) {
			nodes.add(new EntityCount(entities.get(e), articleCounts[e]));
		}
		nodes.sort(Comparator.comparingInt(EntityCount::articles).reversed()
				.thenComparing(count -> count.entity().id()));
		List<Edge> edges = new ArrayList<>();
		int min = Math.max(1, minWeight);
		pairs.forEach((key, count) -> {
			if (count >= min) {
				EntityRef x = entities.get((int) (key >>> 32));
				EntityRef y = entities.get((int) key);
				edges.add(x.id().compareTo(y.id()) <= 0 ? new Edge(x, y, (int) count) : new Edge(y, x, (int) count));
			}
			return 0;
		});
		edges.sort(Comparator.comparingInt(Edge::weight).reversed().thenComparing(edge -> edge.a().id())
				.thenComparing(edge -> edge.b().id()));
		return new CoOccurrence(once, nodes, edges);
	}
}
