// SPDX-License-Identifier: EPL-2.0
package dossier.insight.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import dossier.insight.EntityRef;
import dossier.insight.Network;
import dossier.insight.NetworkLink;
import dossier.insight.NetworkNode;
import dossier.insight.NetworkOptions;

/**
 * Computes a {@link Network} in three passes: the entities of the chosen types counted over the stories of the
 * period, the {@code maxNodes} most mentioned kept; their pairs counted in a second pass (a small matrix, so a
 * 100,000-article corpus costs two passes, not the 400,000 pairs of the full co-occurrence); then the graph in
 * JGraphT: unlinked entities dropped, connected groups, betweenness, and the seeded layout ({@link NetworkLayouts}).
 */
public final class Networks {

	private Networks() {
	}

	public static Network compute(List<Story> all, NetworkOptions options, BooleanSupplier cancelled) {
		List<Story> stories = new ArrayList<>();
		for (Story story : all) {
			if (options.inPeriod(story.first().published())) {
				stories.add(story);
			}
		}
		Set<String> wanted = options.types();
		Map<String, int[]> counts = new HashMap<>();
		Map<String, EntityRef> refs = new HashMap<>();
		for (int i = 0; i < stories.size(); i++) {
			Cancel.check(i, cancelled);
			for (EntityRef entity : stories.get(i).entities()) {
				if (wanted.isEmpty() || wanted.contains(entity.type())) {
					counts.computeIfAbsent(entity.id(), id -> {
						refs.put(id, entity);
						return new int[1];
					})[0]++;
				}
			}
		}
		List<String> top = new ArrayList<>(counts.keySet());
		top.sort(Comparator.comparingInt((String id) -> counts.get(id)[0]).reversed()
				.thenComparing(Comparator.naturalOrder()));
		if (top.size() > options.maxNodes()) {
			top = new ArrayList<>(top.subList(0, options.maxNodes()));
		}
		int n = top.size();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(top.get(i), i);
		}
		List<List<String>> articleIds = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			articleIds.add(new ArrayList<>());
		}
		int[] pairs = new int[n * n];
		int[] found = new int[16];
		for (int s = 0; s < stories.size(); s++) {
			Cancel.check(s, cancelled);
			int k = 0;
			for (EntityRef entity : stories.get(s).entities()) {
				Integer at = index.get(entity.id());
				if (at != null) {
					if (k == found.length) {
						found = Arrays.copyOf(found, k * 2);
					}
					found[k++] = at;
					articleIds.get(at).add(stories.get(s).first().id());
				}
			}
			for (int x = 0; x < k; x++) {
				for (int y = x + 1; y < k; y++) {
					int a = Math.min(found[x], found[y]);
					int b = Math.max(found[x], found[y]);
					pairs[a * n + b]++;
				}
			}
		}
		check(cancelled);
		// The heaviest links first (ties: the more mentioned entities' first), at most maxLinks of them.
		List<long[]> kept = new ArrayList<>();
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				if (pairs[a * n + b] >= options.minWeight()) {
					kept.add(new long[] { pairs[a * n + b], a, b });
				}
			}
		}
		kept.sort(Comparator.comparingLong((long[] pair) -> -pair[0]).thenComparingLong(pair -> pair[1])
				.thenComparingLong(pair -> pair[2]));
		int lighter = Math.max(0, kept.size() - options.maxLinks());
		Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		for (long[] pair : kept.subList(0, kept.size() - lighter)) {
			int a = (int) pair[1];
			int b = (int) pair[2];
			graph.addVertex(a);
			graph.addVertex(b);
			graph.setEdgeWeight(graph.addEdge(a, b), pair[0]);
		}
		List<Set<Integer>> groups = new ArrayList<>(new ConnectivityInspector<>(graph).connectedSets());
		groups.sort(Comparator.comparingInt((Set<Integer> group) -> group.size()).reversed()
				.thenComparingInt(group -> group.stream().mapToInt(Integer::intValue).min().orElse(0)));
		if (options.largestOnly() && groups.size() > 1) {
			for (Set<Integer> group : groups.subList(1, groups.size())) {
				graph.removeAllVertices(group);
			}
			groups = groups.subList(0, 1);
		}
		int[] component = new int[n];
		for (int g = 0; g < groups.size(); g++) {
			for (int vertex : groups.get(g)) {
				component[vertex] = g;
			}
		}
		check(cancelled);
		Map<Integer, Double> centrality = new BetweennessCentrality<>(graph, true).getScores();
		check(cancelled);
		Map<Integer, double[]> places = NetworkLayouts.layout(graph, cancelled);
		// The shown entities keep the order of their counts; links refer to them by their new index.
		int[] renumbered = new int[n];
		Arrays.fill(renumbered, -1);
		List<NetworkNode> nodes = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (graph.containsVertex(i)) {
				renumbered[i] = nodes.size();
				double[] xy = places.get(i);
				nodes.add(new NetworkNode(Objects.requireNonNull(refs.get(top.get(i))), articleIds.get(i), graph.degreeOf(i),
						centrality.getOrDefault(i, 0.0), component[i], xy[0], xy[1]));
			}
		}
		List<NetworkLink> links = new ArrayList<>();
		for (DefaultWeightedEdge edge : graph.edgeSet()) {
			int a = renumbered[graph.getEdgeSource(edge)];
			int b = renumbered[graph.getEdgeTarget(edge)];
			links.add(new NetworkLink(Math.min(a, b), Math.max(a, b), (int) graph.getEdgeWeight(edge)));
		}
		links.sort(Comparator.comparingInt(NetworkLink::weight).reversed().thenComparingInt(NetworkLink::a)
				.thenComparingInt(NetworkLink::b));
		return new Network(options, stories.size(), counts.size(), n - nodes.size(), lighter, groups.size(), nodes, links);
	}

	private static void check(BooleanSupplier cancelled) {
		if (cancelled.getAsBoolean()) {
			throw new CancellationException();
		}
	}
}
