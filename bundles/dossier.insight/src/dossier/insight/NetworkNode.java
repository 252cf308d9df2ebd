// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.List;

/**
 * An entity in a {@link Network}.
 *
 * @param entity the entity (its label in its own script)
 * @param articleIds the articles that mention it (when stories are counted once, each story's first article)
 * @param degree how many other entities of the network it is linked to
 * @param centrality its betweenness centrality, normalised to 0..1: how often it lies on the shortest path
 *        between two others (a broker between groups scores high)
 * @param component its connected group, 0 the largest
 * @param x where the force-directed layout puts it, from 0 (left) to 1 (right)
 * @param y from 0 (top) to 1 (bottom)
 */
public record NetworkNode(EntityRef entity, List<String> articleIds, int degree, double centrality, int component,
		double x, double y) {

	public NetworkNode {
		articleIds = List.copyOf(articleIds);
	}

	/** How many articles (stories, when counted once) mention it. */
	public int articles() {
		return articleIds.size();
	}
}
