// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import dossier.lineage.LineageLink;
import dossier.workspace.lineage.ProjectLineage;

/**
 * Where each article and link of a chain is drawn: originals in the columns left of the article, copies right of
 * it (a copy of a copy further right), other copies of the same original in the article's column, and the
 * article's same stories below it. Geometry only, in pixels, from the height of a line of text; the canvas paints
 * it and hit-tests with it.
 */
final class ChainLayout {

	static final int MARGIN = 16;
	static final int NODE_WIDTH = 240;
	static final int COLUMN_GAP = 170;
	static final int ROW_GAP = 44;
	/** Lines of text in a node: title, language and publisher, date and licence. */
	static final int NODE_LINES = 3;
	static final int PADDING = 6;
	static final int LABEL_WIDTH = 150;

	/** An article's box. */
	record Box(ProjectLineage.Node node, Rectangle bounds, int column) {
	}

	/** A link's line (from its original's side to its copy's), and the box of its label. */
	record Arrow(LineageLink link, Point start, Point end, Rectangle label) {
	}

	private final List<Box> boxes;
	private final List<Arrow> arrows;
	private final Point size;

	private ChainLayout(List<Box> boxes, List<Arrow> arrows, Point size) {
		this.boxes = boxes;
		this.arrows = arrows;
		this.size = size;
	}

	/** Lays out {@code chain} with {@code lineHeight} pixels a line of text. */
	static ChainLayout of(ProjectLineage.Chain chain, int lineHeight) {
		Map<String, Integer> columns = columns(chain);
		TreeMap<Integer, List<ProjectLineage.Node>> byColumn = new TreeMap<>();
		for (ProjectLineage.Node node : chain.nodes()) {
			byColumn.computeIfAbsent(columns.getOrDefault(node.id(), 0), k -> new ArrayList<>()).add(node);
		}
		int nodeHeight = NODE_LINES * lineHeight + 2 * PADDING;
		int tallest = byColumn.values().stream().mapToInt(List::size).max().orElse(0);
		int height = tallest * nodeHeight + Math.max(0, tallest - 1) * ROW_GAP;
		int first = byColumn.isEmpty() ? 0 : byColumn.firstKey();
		List<Box> boxes = new ArrayList<>();
		Map<String, Box> byId = new HashMap<>();
		for (Map.Entry<Integer, List<ProjectLineage.Node>> column : byColumn.entrySet()) {
			int index = column.getKey() - first;
			List<ProjectLineage.Node> nodes = column.getValue();
			int columnHeight = nodes.size() * nodeHeight + (nodes.size() - 1) * ROW_GAP;
			int y = MARGIN + (height - columnHeight) / 2;
			for (ProjectLineage.Node node : nodes) {
				Box box = new Box(node, new Rectangle(MARGIN + index * (NODE_WIDTH + COLUMN_GAP), y, NODE_WIDTH, nodeHeight),
						column.getKey());
				boxes.add(box);
				byId.put(node.id(), box);
				y += nodeHeight + ROW_GAP;
			}
		}
		List<Arrow> arrows = new ArrayList<>();
		int labelHeight = 2 * lineHeight + 4;
		for (LineageLink link : chain.links()) {
			Box from = byId.get(link.from());
			Box to = byId.get(link.to());
			if (from == null || to == null) {
				continue;
			}
			Point start;
			Point end;
			Rectangle a = from.bounds();
			Rectangle b = to.bounds();
			if (from.column() == to.column()) { // one above the other: from the lower edge of the upper one
				boolean down = a.y < b.y;
				start = new Point(a.x + a.width / 2, down ? a.y + a.height : a.y);
				end = new Point(b.x + b.width / 2, down ? b.y : b.y + b.height);
			} else {
				boolean right = a.x < b.x;
				start = new Point(right ? a.x + a.width : a.x, a.y + a.height / 2);
				end = new Point(right ? b.x : b.x + b.width, b.y + b.height / 2);
			}
			int middleX = (start.x + end.x) / 2;
			int middleY = (start.y + end.y) / 2;
			Rectangle label = new Rectangle(middleX - LABEL_WIDTH / 2, middleY - labelHeight / 2, LABEL_WIDTH, labelHeight);
			arrows.add(new Arrow(link, start, end, label));
		}
		int columnsUsed = byColumn.size();
		Point size = new Point(2 * MARGIN + columnsUsed * NODE_WIDTH + Math.max(0, columnsUsed - 1) * COLUMN_GAP,
				2 * MARGIN + height);
		return new ChainLayout(List.copyOf(boxes), List.copyOf(arrows), size);
	}

	/**
	 * The column of each article, the asked one at 0: a link's copy one column right of its original, walking the
	 * chain from the asked article; an undirected link's second article to the right too, a same story below.
	 */
	private static Map<String, Integer> columns(ProjectLineage.Chain chain) {
		Map<String, Integer> columns = new HashMap<>();
		columns.put(chain.articleId(), 0);
		Deque<String> queue = new ArrayDeque<>();
		queue.add(chain.articleId());
		while (!queue.isEmpty()) {
			String current = queue.remove();
			int column = columns.getOrDefault(current, 0);
			for (LineageLink link : chain.links()) {
				if (!link.involves(current)) {
					continue;
				}
				String other = link.from().equals(current) ? link.to() : link.from();
				if (columns.containsKey(other)) {
					continue;
				}
				int step = !link.type().isDerivation() ? 0 : link.from().equals(current) ? 1 : -1;
				columns.put(other, column + step);
				queue.add(other);
			}
		}
		for (ProjectLineage.Node node : chain.nodes()) {
			columns.putIfAbsent(node.id(), 0); // not reached by a link (cannot happen, but never unplaced)
		}
		return columns;
	}

	List<Box> boxes() {
		return boxes;
	}

	List<Arrow> arrows() {
		return arrows;
	}

	/** The width and height the chain takes. */
	Point size() {
		return size;
	}

	/** The box of article {@code id}, if drawn. */
	@Nullable Box box(String id) {
		for (Box box : boxes) {
			if (box.node().id().equals(id)) {
				return box;
			}
		}
		return null;
	}

	/** The arrow of {@code link}, if drawn. */
	@Nullable Arrow arrow(LineageLink link) {
		for (Arrow arrow : arrows) {
			if (arrow.link().pairKey().equals(link.pairKey())) {
				return arrow;
			}
		}
		return null;
	}

	/** The article at {@code (x, y)}, else null. */
	@Nullable Box boxAt(int x, int y) {
		for (Box box : boxes) {
			if (box.bounds().contains(x, y)) {
				return box;
			}
		}
		return null;
	}

	/** The link whose label holds {@code (x, y)} or whose line passes within a few pixels of it, else null. */
	@Nullable Arrow arrowAt(int x, int y) {
		for (Arrow arrow : arrows) {
			if (arrow.label().contains(x, y)) {
				return arrow;
			}
		}
		Arrow nearest = null;
		double best = 6;
		for (Arrow arrow : arrows) {
			double distance = distance(x, y, arrow.start(), arrow.end());
			if (distance <= best) {
				best = distance;
				nearest = arrow;
			}
		}
		return nearest;
	}

	private static double distance(int x, int y, Point a, Point b) {
		double dx = b.x - a.x;
		double dy = b.y - a.y;
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / length));
		double px = a.x + t * dx - x;
		double py = a.y + t * dy - y;
		return Math.sqrt(px * px + py * py);
	}
}
