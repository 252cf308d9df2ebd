// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static dossier.explorer.ui.internal.ExplorerFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import dossier.tests.common.Workbench;

/**
 * The explorer in a workbench started with {@code -dir rtl} (run by the pom's "mirrored-workbench" execution, in a
 * workbench of its own): its widgets are mirrored, and titles still read in their own direction.
 */
class ExplorerRtlTest {

	private static final String ARABIC = "كوريا الشمالية وروسيا: اتفاق جديد";
	private static final String ITALIAN = "Corea del Nord e Russia: un nuovo accordo";

	@Test
	void theExplorerIsMirroredAndTitlesKeepTheirOwnDirection() throws Exception {
		assertEquals(SWT.RIGHT_TO_LEFT, Window.getDefaultOrientation(), "the workbench was started with -dir rtl");
		assertTrue(mirrored(Workbench.window().getShell()), "the workbench window is mirrored");

		IProject project = ExplorerFixture.newCorpus("ExplorerRtl");
		ExplorerFixture.put(project,
				article(ARABIC, "Lifegate", "ar", "2024-06-19", "وقّع بوتين وكيم اتفاقاً للشراكة الاستراتيجية في بيونغ يانغ."),
				article(ITALIAN, "Lifegate", "it", "2024-06-18", "Putin e Kim hanno firmato un accordo a Pyongyang."));
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		ExplorerFixture.waitForRows(view, project, 2);

		Table table = view.viewer().getTable();
		assertTrue(mirrored(table), "the table is mirrored: its first column is on the right");
		assertTrue(mirrored(view.searchField()), "the search field is mirrored");
		for (String dimension : FacetBar.DIMENSIONS) {
			Combo combo = view.facetBar().combo(dimension);
			assertTrue(mirrored(combo), dimension + " filter is mirrored");
		}

		// Each title is drawn as stored, in its own direction: the Arabic one from the cell's right edge on screen
		// (the leading edge of the mirrored table), the Italian one from its left edge.
		DirectionalCellPainter painter = new DirectionalCellPainter(Column.TITLE, table.getFont(), ArticleRef::snippet);
		List<String> titles = ExplorerFixture.titles(view);
		assertTrue(titles.containsAll(List.of(ARABIC, ITALIAN)), titles.toString());
		for (Object row : ExplorerFixture.rows(view)) {
			ArticleRef ref = (ArticleRef) row;
			assertEquals(ref.summary().title(), painter.textOf(ref), "no marks added or characters reordered");
		}
		Rectangle cell = new Rectangle(100, 0, 300, 20);
		assertEquals(104, DirectionalCellPainter.textX(cell, 120, true, true), "Arabic: leading edge of the mirrored cell");
		assertEquals(100 + 300 - 120 - 4, DirectionalCellPainter.textX(cell, 120, false, true),
				"Italian: the other edge");

		// Typing Arabic keeps the field right to left; the search still finds the clitic form.
		view.searchField().setText("بوتين");
		ExplorerFixture.waitForRows(view, project, 1);
		assertEquals(SWT.RIGHT_TO_LEFT, view.searchField().getOrientation());
		assertEquals(ARABIC, ExplorerFixture.titles(view).get(0));
		view.resetQueryForTest();
		ExplorerFixture.settle(view, project);
	}

	private static boolean mirrored(Control control) {
		return (control.getStyle() & SWT.RIGHT_TO_LEFT) != 0;
	}
}
