// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

import dossier.insight.Network;
import dossier.insight.NetworkLink;
import dossier.insight.NetworkNode;

/**
 * Where the Entity network view draws what, for one size of its canvas: each entity's disc at its place in the
 * engine's layout (the unit square stretched over the canvas, less a margin for the labels), its area growing with
 * its articles; each link's width growing with its weight; which entities are labelled (the most mentioned, so that
 * a network of 150 stays readable, and always the selected one and its neighbours). Pure geometry: no SWT resource,
 * testable headless.
 */
final class NetworkLayout {

	static final int MIN_RADIUS = 4;
	static final int MAX_RADIUS = 18;
	static final int MAX_LINK_WIDTH = 6;
	/** The room kept around the drawing (a label runs to the right of its disc). */
	static final int MARGIN = 24;
	static final int LABEL_ROOM = 110;
	/** The most entities labelled when none is selected. */
	static final int LABELLED = 40;

	/** An entity's disc. */
	record Disc(int index, NetworkNode node, int x, int y, int radius) {
	}

	private final Network network;
	private final List<Disc> discs = new ArrayList<>();
	private final int heaviest;

	NetworkLayout(Network network, int width, int height) {
		this.network = network;
		int most = network.nodes().stream().mapToInt(NetworkNode::articles).max().orElse(1);
		heaviest = network.links().stream().mapToInt(NetworkLink::weight).max().orElse(1);
		double full = Math.sqrt(Math.max(most, 1));
		int left = MARGIN + MAX_RADIUS;
		int top = MARGIN + MAX_RADIUS;
		int spanX = Math.max(1, width - left - MARGIN - MAX_RADIUS - LABEL_ROOM);
		int spanY = Math.max(1, height - top - MARGIN - MAX_RADIUS);
		for (int i = 0; i < network.nodes().size(); i++) {
			NetworkNode node = network.nodes().get(i);
			int radius = (int) Math.round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(node.articles()) / full);
			discs.add(new Disc(i, node, left + (int) Math.round(node.x() * spanX),
					top + (int) Math.round(node.y() * spanY), radius));
		}
	}

	Network network() {
		return network;
	}

	/** The discs, the most mentioned entity first. */
	List<Disc> discs() {
		return discs;
	}

	/** The width of a link's line, 1 to {@value #MAX_LINK_WIDTH} pixels, growing with its weight. */
	int width(NetworkLink link) {
		if (heaviest <= 1) {
			return 1;
		}
		return 1 + (int) Math.round((MAX_LINK_WIDTH - 1) * Math.log(link.weight()) / Math.log(heaviest));
	}

	/** The entities labelled: the most mentioned, and {@code selected} (an index, -1 for none) with its neighbours. */
	Set<Integer> labelled(int selected) {
		Set<Integer> out = new HashSet<>();
		for (int i = 0; i < Math.min(LABELLED, discs.size()); i++) {
			out.add(i);
		}
		if (selected >= 0) {
			out.add(selected);
			out.addAll(network.neighbours(selected));
		}
		return out;
	}

	/** The disc under {@code (x, y)}, the one drawn last (on top) first; null when there is none. */
	@Nullable Disc discAt(int x, int y) {
		for (int i = discs.size() - 1; i >= 0; i--) {
			Disc disc = discs.get(i);
			int dx = x - disc.x();
			int dy = y - disc.y();
			int reach = Math.max(disc.radius(), 4) + 1;
			if (dx * dx + dy * dy <= reach * reach) {
				return disc;
			}
		}
		return null;
	}
}
