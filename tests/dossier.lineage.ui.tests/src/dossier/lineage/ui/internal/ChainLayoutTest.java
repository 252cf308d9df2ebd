// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;

import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;
import dossier.lineage.ui.LineageUi;
import dossier.tests.common.Workbench;
import dossier.workspace.lineage.ProjectLineage;

/** Where a chain's articles and links are drawn, and what a click at a point hits. */
class ChainLayoutTest {

	private static final int LINE = 17;

	private static ProjectLineage.Node node(String id) {
		return new ProjectLineage.Node(id, "Title " + id, "en", "P", "2024-01-01", "none", true);
	}

	private static LineageLink link(String from, String to, LinkType type, boolean directed) {
		return new LineageLink(from, to, type, 0.9, directed, List.of(), LinkStatus.SUGGESTED);
	}

	@Test
	void originalsLeftCopiesRightSiblingsAndSameStoriesInTheArticlesColumn() {
		// o is the original of the asked article a and of its other translation b; c is a republication of a;
		// s is a same story of a; u is linked to c without a known direction.
		List<LineageLink> links = List.of(link("o", "a", LinkType.TRANSLATION, true), link("o", "b", LinkType.TRANSLATION, true),
				link("a", "c", LinkType.REPUBLICATION, true), link("a", "s", LinkType.SAME_STORY, false),
				link("c", "u", LinkType.DUPLICATE, false));
		ProjectLineage.Chain chain = new ProjectLineage.Chain("a",
				List.of(node("a"), node("o"), node("c"), node("s"), node("b"), node("u")), links, true);
		ChainLayout layout = ChainLayout.of(chain, LINE);

		Map<String, Integer> columns = layout.boxes().stream()
				.collect(Collectors.toMap(box -> box.node().id(), ChainLayout.Box::column));
		assertEquals(Map.of("o", -1, "a", 0, "b", 0, "s", 0, "c", 1, "u", 2), columns);
		Rectangle a = layout.box("a").bounds();
		assertEquals(ChainLayout.MARGIN + ChainLayout.NODE_WIDTH + ChainLayout.COLUMN_GAP, a.x, "one column of originals to the left");
		assertEquals(3 * LINE + 2 * ChainLayout.PADDING, a.height);
		assertTrue(layout.box("s").bounds().y > a.y, "the same story below the article");
		assertEquals(5, layout.arrows().size());
		assertEquals(4 * ChainLayout.NODE_WIDTH + 3 * ChainLayout.COLUMN_GAP + 2 * ChainLayout.MARGIN, layout.size().x);

		// A link's arrow runs from its original's right edge to its copy's left edge; one above the other, vertically.
		ChainLayout.Arrow republication = layout.arrow(links.get(2));
		assertEquals(a.x + a.width, republication.start().x);
		assertEquals(layout.box("c").bounds().x, republication.end().x);
		ChainLayout.Arrow sameStory = layout.arrow(links.get(3));
		assertEquals(a.y + a.height, sameStory.start().y);
		assertEquals(sameStory.start().x, sameStory.end().x);

		// Hits: a box, a label, a point on a line, and empty space.
		assertEquals("c", layout.boxAt(layout.box("c").bounds().x + 3, layout.box("c").bounds().y + 3).node().id());
		Rectangle label = republication.label();
		assertSame(republication, layout.arrowAt(label.x + 2, label.y + 2));
		ChainLayout.Arrow toB = layout.arrow(links.get(1));
		int x = toB.start().x + (toB.end().x - toB.start().x) / 5;
		int y = toB.start().y + (toB.end().y - toB.start().y) / 5;
		assertSame(toB, layout.arrowAt(x, y + 3), "a click three pixels off the line");
		assertNull(layout.arrowAt(1, 1));
		assertNull(layout.boxAt(1, 1));
	}

	@Test
	void theViewIsInTheDossierCategoryWithAnIconAndAShortcutInTheAnalysisPerspective() {
		IViewDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(LineageUi.VIEW_ID);
		assertEquals("Lineage", view.getLabel());
		assertEquals("Dossier", view.getCategoryPath()[0], "the Dossier category of Show View");
		assertTrue(view.getImageDescriptor().getImageData(100) != null, "the view's icon loads");
		assertTrue(Arrays.asList(Workbench.page().getShowViewShortcuts()).contains(LineageUi.VIEW_ID),
				Arrays.toString(Workbench.page().getShowViewShortcuts()));
	}
}
