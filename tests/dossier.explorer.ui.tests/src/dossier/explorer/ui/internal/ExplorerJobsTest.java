// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static dossier.explorer.ui.internal.ExplorerFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.explorer.ui.ExplorerUi;
import dossier.tests.common.Workbench;

/**
 * The explorer's background work runs in named jobs of its family, which tests and shutdown can join: the search,
 * the rows and their passages. Closing the view cancels them, and no thread of its own is left behind.
 */
class ExplorerJobsTest {

	@Test
	void rowsAndPassagesAreReadByJobsOfTheExplorersFamily() throws Exception {
		IProject project = corpus("ExplorerJobs");
		Set<Class<?>> ran = ConcurrentHashMap.newKeySet();
		IJobChangeListener listener = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				if (event.getJob().belongsTo(ExplorerUi.JOB_FAMILY)) {
					ran.add(event.getJob().getClass());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		try {
			ExplorerView view = ExplorerFixture.showView();
			ExplorerFixture.show(view, project);
			view.searchField().setText("cranes");
			ExplorerFixture.waitForRows(view, project, 125);
			Table table = view.viewer().getTable();
			table.showItem(table.getItem(110)); // beyond the first answer's rows: read by the row job
			Workbench.waitUntil("row 110 is read", () -> table.getItem(110).getData() instanceof ArticleRef);
			ArticleRef row = (ArticleRef) table.getItem(110).getData();
			// Until its page is highlighted, a row's passage is its own (empty: rows are read without passages).
			Workbench.waitUntil("its passage is highlighted", () -> view.model().passageOf(row).contains("cranes"));
			assertTrue(ran.containsAll(List.of(SearchJob.class, RowPagesJob.class, PassagesJob.class)), ran.toString());
			assertEquals(List.of(), loaderThreads());
			view.resetQueryForTest();
			ExplorerFixture.settle(view, project);
		} finally {
			Job.getJobManager().removeJobChangeListener(listener);
		}
	}

	@Test
	void closingTheViewCancelsItsJobs() throws Exception {
		IProject project = corpus("ExplorerJobsClosing");
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		ExplorerFixture.waitForRows(view, project, 250);
		RowModel shown = view.model();
		PageQueueJob[] jobs = view.table().jobs();
		Table table = view.viewer().getTable();
		for (int row = 0; row < shown.rowCount(); row += RowModel.PAGE) {
			shown.rowAt(row); // pages queued, some still waiting when the view closes
		}
		Workbench.page().hideView(view);
		Workbench.processEvents();

		assertTrue(table.isDisposed());
		assertTrue(shown.isRetired(), "the model shown is retired");
		Workbench.waitUntil("the closed view's jobs are done", () -> Arrays.stream(jobs).allMatch(job -> job.getState() == Job.NONE)
				&& Arrays.stream(Job.getJobManager().find(ExplorerUi.JOB_FAMILY))
						.noneMatch(job -> job instanceof PageQueueJob || job instanceof SearchJob || job instanceof StatusCountJob));
		shown.rowAt(shown.rowCount() - 1);
		assertTrue(Arrays.stream(jobs).allMatch(job -> job.getState() == Job.NONE), "a closed view's model reads no more rows");
		assertEquals(List.of(), loaderThreads());
		ExplorerFixture.showView();
	}

	/** Threads of the executors the rows and passages were read on before they were jobs. */
	private static List<String> loaderThreads() {
		List<String> names = new ArrayList<>();
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith("dossier-explorer-rows") || thread.getName().startsWith("dossier-explorer-passages")) {
				names.add(thread.getName());
			}
		}
		return names;
	}

	private static IProject corpus(String name) throws Exception {
		IProject project = ExplorerFixture.newCorpus(name);
		List<Article> articles = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			String title = String.format(Locale.ROOT, "Report %03d", i);
			articles.add(article(title, "Wire", "en", "2024-01-01",
					title + " on the harbour " + (i % 2 == 0 ? "cranes" : "tugboats") + " and the weather at sea."));
		}
		ExplorerFixture.put(project, articles.toArray(Article[]::new));
		return project;
	}
}
