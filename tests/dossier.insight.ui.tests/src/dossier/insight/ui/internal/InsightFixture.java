// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.explorer.ui.ExplorerUi;
import dossier.insight.ui.InsightUi;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;
import dossier.workspace.lineage.ProjectLinking;

/**
 * A small known corpus and what the tests do with the views: five articles, two in June 2024 (one English from
 * Reuters, one Arabic from الجزيرة), two in July (English, Italian), one English without a date.
 */
final class InsightFixture {

	static final String[] IDS = new String[5];
	private static int corpora;

	private InsightFixture() {
	}

	/**
	 * A new corpus project of the five articles, named {@code prefix} and a number: a fresh project for every test,
	 * so no test deletes a project whose index, entities or insight a job of the test before may still be reading.
	 */
	static IProject knownCorpus(String prefix) throws Exception {
		List<Article> articles = List.of(
				article("Markets steady", "Reuters", "en", "2024-06-03", "Markets were steady on Monday as traders waited."),
				article("الأسواق مستقرة", "الجزيرة", "ar", "2024-06-04", "استقرت الأسواق يوم الثلاثاء بينما انتظر المتداولون."),
				article("Rates held", "Reuters", "en", "2024-07-10", "The central bank held its rates on Wednesday."),
				article("Tassi fermi", "ANSA", "it", "2024-07-11", "La banca centrale ha lasciato i tassi invariati."),
				article("An undated note", null, "en", null, "A short note without any date of publication."));
		return corpus(prefix, articles, IDS);
	}

	/**
	 * A new corpus project of {@code articles}, built (entities recognised, licences checked), their ids in
	 * {@code ids}; named {@code prefix} and a number.
	 */
	static IProject corpus(String prefix, List<Article> articles, String[] ids) throws Exception {
		String name = prefix + ++corpora;
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
		project = CorpusProjects.create(name, null, new NullProgressMonitor());
		Corpus corpus = CorpusProjects.corpus(project);
		for (int i = 0; i < articles.size(); i++) {
			ids[i] = corpus.put(articles.get(i), null).id();
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		ProjectEntities.join(null);
		ProjectLinking.join(null); // the build links the corpus (lineage.json): a test's own links come after
		joined = mentions(project, ids);
		return project;
	}

	/** The mentions stored for each article when the fixture had joined the recognition (for failure messages). */
	static String joined = "";

	/** Each article's stored mentions, as "id: text/entity, ..." lines (for failure messages). */
	static String mentions(IProject project, String[] ids) {
		StringBuilder out = new StringBuilder();
		try {
			dossier.entities.store.EntityStore store = new dossier.entities.store.EntityStore(CorpusProjects.corpus(project).folder());
			for (String id : ids) {
				if (id == null) {
					continue;
				}
				out.append('\n').append(id).append(": ");
				if (!java.nio.file.Files.exists(store.mentionsFile(id))) {
					out.append("(no mentions file)");
					continue;
				}
				for (dossier.entities.Mention mention : store.loadMentions(id)) {
					out.append(mention.text()).append('/').append(mention.entityId()).append(", ");
				}
			}
		} catch (Exception e) {
			out.append(e);
		}
		return out.toString();
	}

	static Article article(String title, String publisher, String language, String published, String text) {
		return Article.builder(title + "\n\n" + text).title(title).publisher(publisher).language(language)
				.published(published).sourceUrl("https://example.org/" + Math.abs(text.hashCode())).build();
	}

	/**
	 * Waits until {@code view} shows what {@code complete} expects of the whole corpus, asking it to read the corpus
	 * again every two seconds while it shows less and computes nothing (as Recompute does). {@code corpus} joins the
	 * recognition ({@code ProjectEntities.join}, whose contract {@code ProjectEntitiesTest} checks), so the view's
	 * first read should be complete; but a clean verify under load (8 on 2 cores) once saw the Entity network short of
	 * an article's entities after that join, for a reason not found yet, and a clean verify saw the Map short of its
	 * towns again after the InsightCache fix of aa26dba. So this still reads again, and says on
	 * standard error when it had to, with each article's mentions at the join and now, so that the next occurrence
	 * tells what changed in between.
	 */
	static void awaitComplete(CorpusInsightView<?> view, IProject project, String[] ids, String description,
			java.util.function.BooleanSupplier complete) {
		long[] lastRead = { System.nanoTime() };
		boolean[] reread = { false };
		Workbench.waitUntil(description, () -> {
			if (Job.getJobManager().find(InsightUi.JOB_FAMILY).length > 0) {
				return false;
			}
			if (complete.getAsBoolean()) {
				if (reread[0]) {
					System.err.println("InsightFixture: " + description + ": complete after reading again; mentions now: "
							+ mentions(project, ids));
				}
				return true;
			}
			if (System.nanoTime() - lastRead[0] > 2_000_000_000L) {
				if (!reread[0]) {
					System.err.println("InsightFixture: " + description + ": the view's read after the join was incomplete;"
							+ " mentions at the join: " + joined + "; now: " + mentions(project, ids));
				}
				reread[0] = true;
				lastRead[0] = System.nanoTime();
				view.recompute();
			}
			return false;
		});
	}

	/** Waits until no insight job runs and {@code condition} holds. */
	static void settle(String description, java.util.function.BooleanSupplier condition) {
		Workbench.waitUntil(description, () -> Job.getJobManager().find(InsightUi.JOB_FAMILY).length == 0
				&& Job.getJobManager().find(ExplorerUi.JOB_FAMILY).length == 0 && condition.getAsBoolean());
	}

	/** A left click (press and release) at {@code (x, y)} of {@code control}. */
	static void click(Control control, int x, int y) {
		mouse(control, SWT.MouseDown, x, y);
		mouse(control, SWT.MouseUp, x, y);
	}

	static void mouse(Control control, int type, int x, int y) {
		Event event = new Event();
		event.button = 1;
		event.x = x;
		event.y = y;
		control.notifyListeners(type, event);
	}

	/** Waits until the Article Explorer lists {@code rows} articles, saying what it lists when it does not. */
	static void waitForExplorerRows(String description, int rows) {
		try {
			settle(description, () -> explorerTable().getItemCount() == rows);
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; it lists " + explorerTable().getItemCount() + " with filters "
					+ dossier.explorer.ui.ExplorerFilters.current(Workbench.page()), e);
		}
	}

	/** The Article Explorer's table of articles (the table with Title, Publisher and Licence columns). */
	static Table explorerTable() {
		return Workbench.tableWithColumns("Title", "Publisher", "Licence");
	}

	/**
	 * Selects the articles {@code ids} in the Article Explorer (none: an empty selection), as a click would: through
	 * the view's selection provider, which the workbench's selection service announces. Waits until the Explorer's
	 * rows of those articles are read.
	 */
	static void selectInExplorer(String... ids) {
		Set<String> wanted = Set.of(ids);
		ISelectionProvider explorer = Workbench.page().findView(ExplorerUi.VIEW_ID).getSite().getSelectionProvider();
		// selected again until the Explorer holds it: a listing read again in between replaces the rows selected
		Workbench.waitUntil("the Explorer's selection of " + wanted, () -> {
			if (selectedIds(explorer.getSelection()).equals(wanted)) {
				return true;
			}
			List<Object> rows = new ArrayList<>();
			explorerRows((id, row) -> {
				if (wanted.contains(id)) {
					rows.add(row);
				}
			});
			if (rows.size() == wanted.size()) {
				explorer.setSelection(new StructuredSelection(rows));
			}
			return false;
		});
		Workbench.processEvents();
	}

	private static Set<String> selectedIds(ISelection selection) {
		Set<String> ids = new HashSet<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object row : structured.toList()) {
				IResource file = Adapters.adapt(row, IResource.class);
				if (file != null) {
					CorpusProjects.articleId(file).ifPresent(ids::add);
				}
			}
		}
		return ids;
	}

	/**
	 * The ids of the articles of {@code project} the Article Explorer lists, in its order: a listing of another
	 * corpus still shown (the first-start Samples, one article) is none of them.
	 */
	static List<String> explorerIds(IProject project) {
		List<String> ids = new ArrayList<>();
		explorerRows((id, row) -> {
			IResource file = Adapters.adapt(row, IResource.class);
			if (file != null && project.equals(file.getProject())) {
				ids.add(id);
			}
		});
		return ids;
	}

	/** Hands each article row of the Article Explorer to {@code action} with its article's id. */
	private static void explorerRows(BiConsumer<String, Object> action) {
		for (TableItem item : explorerTable().getItems()) {
			item.getText(0); // a virtual row is filled when read
			Object row = item.getData();
			IResource file = row == null ? null : Adapters.adapt(row, IResource.class);
			String id = file == null ? null : CorpusProjects.articleId(file).orElse(null);
			if (id != null) {
				action.accept(id, row);
			}
		}
	}
}
