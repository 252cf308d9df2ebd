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
import dossier.tests.common.Workbench;

/**
 * A listing longer than a step of rows: the table holds the first step and grows as the user scrolls down to its
 * end; another listing starts again from the first step, at the top. (The step is 10,000 rows; 40 here.)
 */
class ExplorerRowsTest {

	private int step;

	@BeforeEach
	void smallSteps() {
		step = ExplorerView.rowsStep;
		ExplorerView.rowsStep = 40;
	}

	@AfterEach
	void usualSteps() {
		ExplorerView.rowsStep = step;
	}

	@Test
	void aLongListingGrowsAsTheUserScrollsDownAndAnotherStartsAtTheTop() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerRows");
		List<Article> articles = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			String title = String.format(Locale.ROOT, "Report %03d", i);
			articles.add(article(title, "Wire", "en", "2024-01-01",
					title + " on the harbour " + (i % 2 == 0 ? "cranes" : "tugboats") + " and the weather at sea."));
		}
		ExplorerFixture.put(project, articles.toArray(Article[]::new));
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		if (view.state().query.sort() != dossier.index.SortKey.TITLE || view.state().query.descending()) {
			// by title, A to Z
			view.sortByForTest(Column.TITLE);
			ExplorerFixture.settle(view, project);
		}
		ExplorerFixture.waitForRows(view, project, 100);
		Table table = view.viewer().getTable();
		assertEquals(40, table.getItemCount(), "the first step of rows");
		assertTrue(view.statusText().contains("100") && view.statusText().contains("40"), view.statusText());

		table.showItem(table.getItem(39));
		Workbench.waitUntil("the table grew by a step", () -> table.getItemCount() == 80);
		table.showItem(table.getItem(79));
		Workbench.waitUntil("the table holds every row", () -> table.getItemCount() == 100);
		table.showItem(table.getItem(99));
		Workbench.waitUntil("the last row shows the last article", () -> table.getItem(99).getData() instanceof ArticleRef ref
				&& ref.summary().title().equals("Report 099"));
		assertEquals(NLSBind.count(100, project.getName()), view.statusText());

		// Another listing (50 hits): its first step of rows, from the top.
		view.searchField().setText("tugboats");
		ExplorerFixture.waitForRows(view, project, 50);
		assertEquals(40, table.getItemCount());
		assertEquals(0, table.getTopIndex());
		Workbench.waitUntil("the first row shows the first hit", () -> table.getItem(0).getData() instanceof ArticleRef ref
				&& ref.summary().title().equals("Report 001"));
		view.resetQueryForTest();
		ExplorerFixture.settle(view, project);
	}
}
