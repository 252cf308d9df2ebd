// SPDX-License-Identifier: EPL-2.0
package dossier.insight.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.AsSubgraph;

/**
 * Places a graph's vertices in the unit square: each connected group laid out on its own by JGraphT's
 * Fruchterman–Reingold algorithm from a fixed seed (so the same graph is drawn the same way every time), then the
 * groups packed in rows, the largest first, each in a square whose area grows with its size. Laid out together, the
 * groups would repel one another to the corners and leave the largest group small.
 */
final class NetworkLayouts {

	/** The seed of every layout: a drawing depends on its graph only. */
	static final long SEED = 20_2026L;
	static final int ITERATIONS = 150;
	/** The share of a group's square left empty around it. */
	private static final double PADDING = 0.08;

	private NetworkLayouts() {
	}

	/** Each vertex's {x, y}, both from 0 to 1. */
	static Map<Integer, double[]> layout(Graph<Integer, ?> graph, BooleanSupplier cancelled) {
		List<Set<Integer>> groups = new ArrayList<>(new ConnectivityInspector<>(graph).connectedSets());
		groups.sort(Comparator.comparingInt((Set<Integer> group) -> group.size()).reversed()
				.thenComparingInt(group -> group.stream().mapToInt(Integer::intValue).min().orElse(0)));
		int total = graph.vertexSet().size();
		Map<Integer, double[]> out = new HashMap<>();
		// Shelf packing in a strip of width 1: a group's side is the square root of its share of the vertices.
		double x = 0;
		double y = 0;
		double shelf = 0;
		for (Set<Integer> group : groups) {
			if (cancelled.getAsBoolean()) {
				throw new CancellationException();
			}
			double side = Math.sqrt((double) group.size() / total);
			if (x + side > 1.0001) {
				x = 0;
				y += shelf;
				shelf = 0;
			}
			Map<Integer, double[]> local = layoutGroup(graph, group);
			for (Map.Entry<Integer, double[]> entry : local.entrySet()) {
				double[] p = entry.getValue();
				out.put(entry.getKey(), new double[] { x + side * (PADDING + (1 - 2 * PADDING) * p[0]),
						y + side * (PADDING + (1 - 2 * PADDING) * p[1]) });
			}
			x += side;
			shelf = Math.max(shelf, side);
		}
		double height = y + shelf;
		double width = groups.isEmpty() ? 1 : Math.max(0.0001, widest(groups, total));
		for (double[] p : out.values()) {
			p[0] = p[0] / width;
			p[1] = height <= 0 ? 0.5 : p[1] / height;
		}
		return out;
	}

	private static double widest(List<Set<Integer>> groups, int total) {
		double widest = 0;
		double x = 0;
		for (Set<Integer> group : groups) {
			double side = Math.sqrt((double) group.size() / total);
			if (x + side > 1.0001) {
				x = 0;
			}
			x += side;
			widest = Math.max(widest, x);
		}
		return widest;
	}

	/** One group's vertices in the unit square, its layout stretched to fill it (keeping its shape). */
	private static Map<Integer, double[]> layoutGroup(Graph<Integer, ?> graph, Set<Integer> group) {
		Map<Integer, double[]> out = new HashMap<>();
		if (group.size() == 1) {
			out.put(group.iterator().next(), new double[] { 0.5, 0.5 });
			return out;
		}
		// The subgraph's vertices in ascending order, so that the seeded start does not depend on set order.
		List<Integer> ordered = new ArrayList<>(group);
		ordered.sort(Comparator.naturalOrder());
		AsSubgraph<Integer, ?> sub = subgraph(graph, ordered);
		MapLayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(1, 1));
		new FRLayoutAlgorithm2D<Integer, Object>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
				new Random(SEED)).layout(cast(sub), model);
		Map<Integer, double[]> spread = evenedOut(ordered, model);
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (double[] p : spread.values()) {
			minX = Math.min(minX, p[0]);
			maxX = Math.max(maxX, p[0]);
			minY = Math.min(minY, p[1]);
			maxY = Math.max(maxY, p[1]);
		}
		double span = Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
		double offsetX = (span - (maxX - minX)) / 2;
		double offsetY = (span - (maxY - minY)) / 2;
		for (Integer vertex : ordered) {
			double[] p = spread.get(vertex);
			out.put(vertex, new double[] { (p[0] - minX + offsetX) / span, (p[1] - minY + offsetY) / span });
		}
		return out;
	}

	/**
	 * The layout with its density evened out: each vertex keeps its direction from the centre and its rank by
	 * distance, its distance becoming the square root of that rank's share, as if the vertices were spread evenly
	 * over a disc. Fruchterman–Reingold packs the hub of a dense group into a knot (where the labels pile up) and
	 * flings its leaves far out; this keeps who is central and in which direction each part lies, and gives every
	 * vertex room.
	 */
	static Map<Integer, double[]> evenedOut(List<Integer> ordered, MapLayoutModel2D<Integer> model) {
		double cx = 0;
		double cy = 0;
		for (Integer vertex : ordered) {
			cx += model.get(vertex).getX();
			cy += model.get(vertex).getY();
		}
		cx /= ordered.size();
		cy /= ordered.size();
		List<Integer> byDistance = new ArrayList<>(ordered);
		double centreX = cx;
		double centreY = cy;
		byDistance.sort(Comparator.comparingDouble((Integer vertex) -> Math.hypot(model.get(vertex).getX() - centreX,
				model.get(vertex).getY() - centreY)).thenComparing(Comparator.naturalOrder()));
		Map<Integer, double[]> out = new HashMap<>();
		for (int rank = 0; rank < byDistance.size(); rank++) {
			Integer vertex = byDistance.get(rank);
			double angle = Math.atan2(model.get(vertex).getY() - centreY, model.get(vertex).getX() - centreX);
			double radius = Math.sqrt((rank + 0.5) / byDistance.size());
			out.put(vertex, new double[] { radius * Math.cos(angle), radius * Math.sin(angle) });
		}
		return out;
	}

	private static <E> AsSubgraph<Integer, E> subgraph(Graph<Integer, E> graph, List<Integer> vertices) {
		return new AsSubgraph<>(graph, new LinkedHashSet<>(vertices));
	}

	@SuppressWarnings("unchecked")
	private static Graph<Integer, Object> cast(Graph<Integer, ?> graph) {
		return (Graph<Integer, Object>) graph;
	}
}
