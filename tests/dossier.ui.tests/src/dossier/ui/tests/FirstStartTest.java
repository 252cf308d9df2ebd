// SPDX-License-Identifier: EPL-2.0
package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.tests.common.Workbench;
import dossier.ui.Counts;
import dossier.ui.DossierUi;
import dossier.ui.internal.WindowPlacement;

/**
 * What a new user sees on a fresh workspace: a window that fills the screen, the Analysis perspective with the
 * Article Explorer's search field, facets and columns wide enough to read, and counts in words that agree with
 * their numbers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartTest {

	@AfterAll
	static void fillTheScreenAgain() {
		Shell shell = Workbench.window().getShell();
		shell.setBounds(shell.getMonitor().getClientArea());
		Workbench.processEvents();
	}

	@Test
	@Order(1)
	void theWindowFillsTheScreenOnAFirstStart() {
		Shell shell = Workbench.window().getShell();
		Workbench.waitUntil("the window is placed", () -> InstanceScope.INSTANCE.getNode("dossier.ui")
				.getBoolean("windowPlaced", false));
		Workbench.processEvents();
		Rectangle screen = shell.getMonitor().getClientArea();
		// Maximised where a window manager runs; where none does (a test display), the screen's work area.
		assertTrue(shell.getMaximized() || shell.getBounds().equals(screen),
				shell.getBounds() + " on a screen of " + screen);
	}

	@Test
	void aWindowLargerThanTheScreenIsMadeToFitIt() {
		Rectangle screen = new Rectangle(0, 0, 1400, 900);
		assertEquals(new Rectangle(0, 0, 1400, 900), WindowPlacement.fit(new Rectangle(200, 100, 1920, 1200), screen));
		assertEquals(new Rectangle(400, 0, 1000, 700), WindowPlacement.fit(new Rectangle(1800, -50, 1000, 700), screen));
		assertEquals(new Rectangle(10, 20, 800, 600), WindowPlacement.fit(new Rectangle(10, 20, 800, 600), screen));
	}

	@ParameterizedTest(name = "{0}x{1}")
	@CsvSource({ "1400, 900", "1600, 1000" })
	void theExplorersSearchFacetsAndColumnsAreReadable(int width, int height) {
		Shell shell = Workbench.window().getShell();
		shell.setMaximized(false);
		shell.setBounds(0, 0, width, height);
		IWorkbenchPage page = Workbench.page();
		page.setPerspective(Workbench.window().getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(DossierUi.PERSPECTIVE_ANALYSIS));
		page.resetPerspective();
		Workbench.processEvents();
		Workbench.waitUntil("the Article Explorer is shown", () -> searchField(shell).isPresent());
		Workbench.processEvents();

		Table table = Workbench.find(shell, Table.class, t -> t.getColumnCount() > 3 && "Title".equals(t.getColumn(1).getText()))
				.orElseThrow();
		Text search = searchField(shell).orElseThrow();
		assertTrue(search.getSize().x >= 150, "search field " + search.getSize().x + " px wide");
		assertInside(search, table);

		List<Combo> facets = Workbench.findAll(shell, Combo.class, combo -> combo.getData("dimension") != null);
		assertEquals(4, facets.size(), "language, publisher, licence and licence check");
		for (Combo facet : facets) {
			assertTrue(facet.getSize().x >= 120, facet.getData("dimension") + " facet " + facet.getSize().x + " px wide");
			assertInside(facet, table);
			assertTrue(facet.getItemCount() >= 1, facet.getData("dimension") + " lists nothing");
			assertEquals("All", facet.getItem(0));
		}

		assertTrue(table.getColumn(1).getWidth() >= 250, "title column " + table.getColumn(1).getWidth() + " px wide");
		GC gc = new GC(table);
		try {
			for (TableColumn column : table.getColumns()) {
				int header = gc.textExtent(column.getText()).x;
				assertTrue(column.getWidth() >= header + 8, column.getText() + " column " + column.getWidth() + " px for a "
						+ header + " px header");
			}
		} finally {
			gc.dispose();
		}
		assertTrue(table.getSize().x >= 450, "the explorer's table is " + table.getSize().x + " px wide");

		// Every folder's tabs show their whole titles, not squeezed to "O" and "C": CTabFolder's renderer keeps the text
		// it last drew on each item (shortenedText, set when it paints; SWT gives no public way to read it).
		for (CTabFolder folder : Workbench.findAll(shell, CTabFolder.class, f -> f.isVisible() && f.getItemCount() > 0)) {
			folder.redraw();
			folder.update();
			for (CTabItem item : folder.getItems()) {
				if (item.isShowing()) {
					String drawn = drawnText(item);
					assertTrue(drawn == null || drawn.equals(item.getText()), "the " + item.getText() + " tab reads '"
							+ drawn + "' in a " + folder.getSize().x + " px folder");
				}
			}
		}
	}

	private static String drawnText(CTabItem item) {
		try {
			Field shortened = CTabItem.class.getDeclaredField("shortenedText");
			shortened.setAccessible(true);
			return (String) shortened.get(item);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError("SWT's CTabItem keeps no shortenedText any more: read the tabs another way", e);
		}
	}

	@Test
	void countsAgreeWithTheirNumbers() {
		String pattern = "{0, plural, one {# article} other {# articles}} in {1}";
		assertEquals("1 article in Samples", Counts.format(pattern, 1, "Samples"));
		assertEquals("2 articles in Samples", Counts.format(pattern, 2, "Samples"));
		assertEquals("0 articles in Samples", Counts.format(pattern, 0, "Samples"));
		assertEquals("10,000 articles in Samples", Counts.format(pattern, 10_000L, "Samples"));
	}

	private static Optional<Text> searchField(Shell shell) {
		return Workbench.find(shell, Text.class, text -> (text.getStyle() & SWT.SEARCH) != 0 && text.isVisible()
				&& text.getMessage().startsWith("Search"));
	}

	/** {@code control} lies whole inside the view, whose width the table fills: not cut off by the view's edge. */
	private static void assertInside(Control control, Table table) {
		Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
		Rectangle view = control.getDisplay().map(table.getParent(), null, table.getBounds());
		assertTrue(bounds.x >= view.x - 2 && bounds.x + bounds.width <= view.x + view.width + 2,
				control + " at " + bounds + ", the view's table at " + view);
	}
}
