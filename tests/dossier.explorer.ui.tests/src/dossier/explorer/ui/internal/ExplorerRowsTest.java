// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static dossier.explorer.ui.internal.ExplorerFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.index.SortKey;
import dossier.tests.common.Workbench;

/**
 * A listing longer than a step of rows: the table holds the first step and grows as the user scrolls down to its
 * end; another listing starts again from the first step, at the top. (The step is 10,000 rows; 100 here, more than
 * a screenful, so painting the first rows does not grow the table.)
 */
class ExplorerRowsTest {

	private int step;

	@BeforeEach
	void smallSteps() {
		step = ExplorerView.rowsStep;
		ExplorerView.rowsStep = 100;
	}

	@AfterEach
	void usualSteps() {
		ExplorerView.rowsStep = step;
	}

	@Test
	void aLongListingGrowsAsTheUserScrollsDownAndAnotherStartsAtTheTop() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerRows");
		List<Article> articles = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			String title = String.format(Locale.ROOT, "Report %03d", i);
			articles.add(article(title, "Wire", "en", "2024-01-01",
					title + " on the harbour " + (i % 2 == 0 ? "cranes" : "tugboats") + " and the weather at sea."));
		}
		ExplorerFixture.put(project, articles.toArray(Article[]::new));
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		if (view.state().query.sort() != SortKey.TITLE || view.state().query.descending()) {
			// by title, A to Z
			view.sortByForTest(Column.TITLE);
			ExplorerFixture.settle(view, project);
		}
		ExplorerFixture.waitForRows(view, project, 250);
		Table table = view.viewer().getTable();
		assertEquals(100, table.getItemCount(), "the first step of rows");
		assertEquals(NLSBind.countShown(250, project.getName(), 100), view.statusText());

		// The other order: as many rows, so the table keeps them, but none may still hold the article it held
		// (a selection of rows not read again yet would return it). Rows 40-70 are read first, then scrolled away.
		table.showItem(table.getItem(70));
		Workbench.waitUntil("row 70 is read", () -> table.getItem(70).getData() != null);
		table.setTopIndex(0);
		Workbench.processEvents();
		view.sortByForTest(Column.TITLE); // Z to A
		ExplorerFixture.settle(view, project);
		assertEquals(100, table.getItemCount());
		for (int i = 0; i < table.getItemCount(); i++) {
			Object element = table.getItem(i).getData();
			String expected = String.format(Locale.ROOT, "Report %03d", 249 - i);
			assertTrue(element == null || element instanceof ArticleRef ref && ref.summary().title().equals(expected),
					"row " + i + " holds " + element);
		}
		view.sortByForTest(Column.TITLE); // A to Z again
		ExplorerFixture.settle(view, project);

		table.showItem(table.getItem(99));
		Workbench.waitUntil("the table grew by a step", () -> table.getItemCount() == 200);
		table.showItem(table.getItem(199));
		Workbench.waitUntil("the table holds every row", () -> table.getItemCount() == 250);
		table.showItem(table.getItem(249));
		Workbench.waitUntil("the last row shows the last article", () -> table.getItem(249).getData() instanceof ArticleRef ref
				&& ref.summary().title().equals("Report 249"));
		assertEquals(NLSBind.count(250, project.getName()), view.statusText());

		// Another listing (125 hits): its first step of rows, from the top.
		view.searchField().setText("tugboats");
		ExplorerFixture.waitForRows(view, project, 125);
		assertEquals(100, table.getItemCount());
		assertEquals(0, table.getTopIndex());
		// The rows kept hold no article of the last listing (a selection of rows not read yet would return it).
		for (int i = 0; i < table.getItemCount(); i++) {
			Object element = table.getItem(i).getData();
			assertTrue(element == null || element instanceof ArticleRef ref
					&& Integer.parseInt(ref.summary().title().substring("Report ".length())) % 2 == 1,
					"row " + i + " holds " + element);
		}
		Workbench.waitUntil("the first row shows the first hit", () -> table.getItem(0).getData() instanceof ArticleRef ref
				&& ref.summary().title().equals("Report 001"));
		view.resetQueryForTest();
		ExplorerFixture.settle(view, project);
	}
}
