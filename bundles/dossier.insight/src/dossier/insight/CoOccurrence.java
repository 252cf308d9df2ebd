// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.List;

/**
 * Which entities are mentioned in the same article: the nodes and weighted edges of an entity network.
 *
 * @param countedOnce whether a story of copies counts once
 * @param nodes every entity of the chosen types, with its article count, most mentioned first
 * @param edges pairs mentioned together at least the minimum weight, heaviest first
 */
public record CoOccurrence(boolean countedOnce, List<EntityCount> nodes, List<Edge> edges) {

	public CoOccurrence {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** The weight of the edge between the entities {@code idA} and {@code idB}, 0 when there is none. */
	public int weight(String idA, String idB) {
		for (Edge edge : edges) {
			if (edge.a().id().equals(idA) && edge.b().id().equals(idB)
					|| edge.a().id().equals(idB) && edge.b().id().equals(idA)) {
				return edge.weight();
			}
		}
		return 0;
	}
}
