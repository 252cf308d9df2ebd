// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PartInitException;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.explorer.ui.ExplorerUi;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;
import dossier.workspace.ProjectIndexes;

/** Corpus projects, the explorer view, and waiting for what it shows. */
final class ExplorerFixture {

	static final Path SAMPLES = Path.of(System.getProperty("dossier.samples", "samples"));
	static final Path SAMPLE = SAMPLES.resolve("000_30bd282be3f8cedf.txt");

	private ExplorerFixture() {
	}

	static IProject newCorpus(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
		return CorpusProjects.create(name, null, new NullProgressMonitor());
	}

	static ExplorerView showView() throws PartInitException {
		ExplorerView view = (ExplorerView) Workbench.page().showView(ExplorerUi.VIEW_ID);
		Workbench.processEvents();
		return view;
	}

	/** Shows {@code project} in the view and waits until the view answered the current query for it. */
	static void show(ExplorerView view, IProject project) {
		view.showCorpus(project);
		view.resetQueryForTest();
		settle(view, project);
	}

	/** Waits until the explorer's jobs are done and its model is for {@code project} and the current query. */
	static void settle(ExplorerView view, IProject project) {
		Workbench.joinJobs(ExplorerUi.JOB_FAMILY);
		Workbench.waitUntil("the explorer shows " + project.getName() + " for " + view.state().query,
				() -> view.model() != null && project.equals(view.model().project())
						&& view.model().query().equals(view.state().query));
	}

	/** Waits until the view has {@code count} rows for the current query. */
	static void waitForRows(ExplorerView view, IProject project, int count) {
		try {
			Workbench.waitUntil(count + " rows in the explorer", () -> {
				Workbench.joinJobs(ExplorerUi.JOB_FAMILY);
				return view.model() != null && project.equals(view.model().project())
						&& view.model().query().equals(view.state().query) && view.model().rowCount() == count;
			});
		} catch (AssertionError e) {
			// Say what the view showed instead: the next person to see this flake needs it.
			RowModel model = view.model();
			String indexed;
			try {
				indexed = ProjectIndexes.index(project).count() + " articles in the index, "
						+ CorpusProjects.corpus(project).size() + " in the corpus";
			} catch (Exception f) {
				indexed = "index: " + f;
			}
			throw new AssertionError(e.getMessage() + "; the view shows " + (model == null ? "no model"
					: model.rowCount() + " rows of " + model.project() + " for " + model.query()) + ", wants "
					+ view.state().query + "; status '" + view.statusText() + "'; " + indexed, e);
		}
	}

	/** Whether the first {@code count} rows of the current model were read (by the table's own jobs). */
	static boolean loaded(ExplorerView view, int count) {
		RowModel model = view.model();
		for (int i = 0; i < count; i++) {
			if (model == null || model.rowAt(i) == null) {
				return false;
			}
		}
		return true;
	}

	/** The rows of the current model, loaded now (headers and articles). */
	static List<Object> rows(ExplorerView view) throws Exception {
		List<Object> rows = new ArrayList<>();
		RowModel model = view.model();
		for (int i = 0; i < model.rowCount(); i++) {
			rows.add(model.rowNow(i));
		}
		return rows;
	}

	static List<String> titles(ExplorerView view) throws Exception {
		return rows(view).stream().filter(ArticleRef.class::isInstance).map(r -> ((ArticleRef) r).summary().title())
				.toList();
	}

	/** Puts articles straight into the corpus (as another program would), then refreshes and builds. */
	static void put(IProject project, Article... articles) throws Exception {
		Corpus corpus = CorpusProjects.corpus(project);
		for (Article article : articles) {
			corpus.put(article, null);
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
		// the build asked for the articles' entities; let that background recognition finish before a test writes mentions
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		ProjectEntities.join(null);
	}

	static Article article(String title, String publisher, String language, String published, String text) {
		return Article.builder(text).title(title).publisher(publisher).language(language).published(published)
				.sourceUrl("https://example.org/" + Math.abs(text.hashCode())).build();
	}
}
