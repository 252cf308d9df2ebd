// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity network laid out: who is mentioned with whom, the entities placed by a force-directed layout
 * (Fruchterman–Reingold, seeded, so the same corpus and options give the same picture).
 *
 * @param options what was asked
 * @param stories how many articles (stories) were read, those of the period
 * @param candidates how many entities of the chosen types the articles mention in all
 * @param unlinked how many of the top entities were left out because no link of the minimum weight joins them to
 *        another (or, with {@link NetworkOptions#largestOnly()}, because they are outside the largest group)
 * @param lighterLinks how many links of the minimum weight were left out because only the heaviest
 *        {@link NetworkOptions#maxLinks()} are kept
 * @param components how many connected groups the shown entities form
 * @param nodes the entities shown, the most mentioned first
 * @param links the links between them, heaviest first
 */
public record Network(NetworkOptions options, int stories, int candidates, int unlinked, int lighterLinks, int components,
		List<NetworkNode> nodes, List<NetworkLink> links) {

	public Network {
		nodes = List.copyOf(nodes);
		links = List.copyOf(links);
	}

	/** The index of the entity {@code id} in {@link #nodes()}, -1 when it is not shown. */
	public int indexOf(String id) {
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i).entity().id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	/** The weight of the link between the entities {@code idA} and {@code idB}, 0 when there is none. */
	public int weight(String idA, String idB) {
		int a = indexOf(idA);
		int b = indexOf(idB);
		for (NetworkLink link : links) {
			if (link.a() == a && link.b() == b || link.a() == b && link.b() == a) {
				return link.weight();
			}
		}
		return 0;
	}

	/** The indexes of the entities linked to node {@code index}. */
	public List<Integer> neighbours(int index) {
		List<Integer> out = new ArrayList<>();
		for (NetworkLink link : links) {
			if (link.a() == index) {
				out.add(link.b());
			} else if (link.b() == index) {
				out.add(link.a());
			}
		}
		return out;
	}
}
