// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static dossier.explorer.ui.internal.ExplorerFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.model.Article;
import dossier.explorer.ui.ExplorerUi;
import dossier.index.SortKey;
import dossier.ingest.IngestOptions;
import dossier.ingest.IngestSummary;
import dossier.tests.common.Workbench;
import dossier.ui.DossierUi;
import dossier.workspace.CorpusProjects;

class ExplorerViewTest {

	@Test
	void theExplorerOpensInTheAnalysisPerspective() {
		IWorkbenchPage page = Workbench.page();
		assertEquals(DossierUi.PERSPECTIVE_ANALYSIS, page.getPerspective().getId());
		page.resetPerspective();
		Workbench.processEvents();
		List<String> shown = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toList();
		assertTrue(shown.contains(ExplorerUi.VIEW_ID), "views: " + shown);
		assertInstanceOf(ExplorerView.class, page.findView(ExplorerUi.VIEW_ID));
	}

	@Test
	void theSamplesCorpusIsShownOnFirstStartWithTheSampleSelected() throws Exception {
		IProject samples = ResourcesPlugin.getWorkspace().getRoot()
				.getProject(DossierUi.SAMPLES_PROJECT);
		Workbench.joinJobs(DossierUi.JOB_FAMILY);
		Workbench.waitUntil("the Samples corpus exists", () -> CorpusProjects.isCorpus(samples));
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, samples);
		ExplorerFixture.waitForRows(view, samples, 1);
		ArticleRef sample = (ArticleRef) view.model().rowNow(0);
		assertTrue(sample.summary().title().startsWith("كوريا الشمالية"), sample.summary().title());
	}

	@Test
	void importingTheSampleThroughTheWizardShowsItAndSearchFindsIt() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerImport");
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		assertEquals(0, view.model().rowCount());

		ImportArticlesWizard wizard = new ImportArticlesWizard();
		wizard.init(PlatformUI.getWorkbench(), IStructuredSelection.class.cast(
				new StructuredSelection(project)));
		assertEquals(project, wizard.target());
		wizard.setSources(List.of(ExplorerFixture.SAMPLE));
		wizard.setShowSummary(false);
		assertTrue(wizard.performFinish());
		ImportArticlesJob job = wizard.job();
		Workbench.waitUntil("the import finished", () -> job.getResult() != null);
		assertEquals(1, job.summary().imported(), job.summary().failures().toString());

		ExplorerFixture.waitForRows(view, project, 1);
		ArticleRef row = (ArticleRef) view.model().rowNow(0);
		assertEquals("Lifegate", row.summary().publisher());
		assertEquals("ar", row.summary().language());

		// Searching in Arabic: the clitic form لبوتين in the text is found from بوتين.
		view.searchField().setText("بوتين");
		ExplorerFixture.waitForRows(view, project, 1);
		// The row is listed first, its passage highlighted after: the preview of the selected row shows it then.
		Workbench.waitUntil("the hit's row is read", () -> view.model().rowAt(0) != null);
		view.viewer().setSelection(new StructuredSelection(view.model().rowAt(0)), true);
		Workbench.waitUntil("the preview shows the hit's passage", () -> {
			String[] shown = view.preview().shownText().split("\n", 2);
			return shown.length == 2 && !shown[1].equals(Messages.Preview_noSnippet) && shown[1].contains("بوتين");
		});
		ArticleRef hit = (ArticleRef) view.model().rowNow(0);
		assertEquals(row.id(), hit.id());
		String passage = view.model().passageOf(hit);
		Snippets.Highlighted snippet = Snippets.parse(passage);
		assertFalse(snippet.matches().isEmpty(), "the passage highlights the match: " + passage);
		int[] first = snippet.matches().get(0);
		assertTrue(snippet.text().substring(first[0], first[1]).contains("بوتين"), snippet.text());

		view.searchField().setText("بوتين AND language:it");
		ExplorerFixture.waitForRows(view, project, 0);
		view.searchField().setText("");
		ExplorerFixture.waitForRows(view, project, 1);
	}

	@Test
	void aCorpusAppearingDoesNotReplaceTheOneShown() throws Exception {
		// What made the import test time out under load: the view showed its corpus as the only one, without
		// remembering it, and switched to the Samples corpus when the first-start import created it.
		IProject shown = ExplorerFixture.newCorpus("ExplorerShown");
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, shown);
		assertEquals(shown.getName(), view.state().corpus, "showing a corpus remembers it");
		view.state().corpus = null; // as on a first start, before anything was chosen
		IProject appearing = ExplorerFixture.newCorpus("AAExplorerAppearing"); // sorts first
		Workbench.waitUntil("the view knows the new corpus", () -> {
			Workbench.processEvents();
			return view.corpusNames().contains(appearing.getName());
		});
		ExplorerFixture.settle(view, shown);
		assertEquals(shown, view.currentProject());
		appearing.delete(true, true, null);
	}

	@Test
	void sortingAndGroupingChangeTheOrder() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerSort");
		ExplorerView view = showUngrouped(project, threeArticles());

		view.sortByForTest(Column.TITLE);
		assertEquals(SortKey.TITLE, view.state().query.sort());
		ExplorerFixture.settle(view, project);
		List<String> ascending = ExplorerFixture.titles(view);
		boolean firstDescending = view.state().query.descending();
		view.sortByForTest(Column.TITLE);
		ExplorerFixture.settle(view, project);
		List<String> descending = ExplorerFixture.titles(view);
		assertNotEquals(firstDescending, view.state().query.descending());
		if (firstDescending) {
			List<String> swap = ascending;
			ascending = descending;
			descending = swap;
		}
		assertEquals(List.of("Alpha", "Beta", "Gamma"), ascending);
		assertEquals(List.of("Gamma", "Beta", "Alpha"), descending);

		view.sortByForTest(Column.DATE); // newest first
		ExplorerFixture.settle(view, project);
		assertEquals(List.of("Alpha", "Beta", "Gamma"), ExplorerFixture.titles(view));

		view.groupingCombo().select(Grouping.PUBLISHER.ordinal());
		view.groupingCombo().notifyListeners(SWT.Selection, new Event());
		ExplorerFixture.settle(view, project);
		List<Object> rows = ExplorerFixture.rows(view);
		assertEquals(5, rows.size(), rows.toString());
		GroupHeader zeta = (GroupHeader) rows.get(0);
		assertEquals("Zeta Press", zeta.value());
		assertEquals(2, zeta.count());
		assertEquals("Alpha", ((ArticleRef) rows.get(1)).summary().title());
		assertEquals("Gamma", ((ArticleRef) rows.get(2)).summary().title());
		assertEquals("Alpha News", ((GroupHeader) rows.get(3)).value());
		assertEquals("Beta", ((ArticleRef) rows.get(4)).summary().title());

		// A facet filter narrows down, with counts.
		view.groupingCombo().select(Grouping.NONE.ordinal());
		view.groupingCombo().notifyListeners(SWT.Selection, new Event());
		ExplorerFixture.settle(view, project);
		Combo language = view.facetBar().combo("language");
		int italian = Arrays.asList(language.getItems()).indexOf("it (2)");
		assertTrue(italian > 0, Arrays.toString(language.getItems()));
		language.select(italian);
		language.notifyListeners(SWT.Selection, new Event());
		ExplorerFixture.settle(view, project);
		assertEquals(List.of("Beta", "Gamma"), ExplorerFixture.titles(view));
		language.select(0);
		language.notifyListeners(SWT.Selection, new Event());
		ExplorerFixture.settle(view, project);
	}

	@Test
	void theStateSurvivesClosingAndReopeningTheView() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerState");
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		view.groupingCombo().select(Grouping.LANGUAGE.ordinal());
		view.groupingCombo().notifyListeners(SWT.Selection, new Event());
		view.sortByForTest(Column.PUBLISHER);
		ExplorerQuery query = view.state().query;
		int width = 211;
		view.viewer().getTable().getColumn(Column.PUBLISHER.ordinal()).setWidth(width);
		Workbench.page().hideView(view);
		Workbench.processEvents();
		// On disk once the view closed, for the next start of the workbench.
		Path saved = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath()
				.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/" + ExplorerState.NODE + ".prefs");
		String onDisk = Files.readString(saved);
		assertTrue(onDisk.contains("width.PUBLISHER=" + width) && onDisk.contains("grouping=LANGUAGE"), onDisk);

		ExplorerView reopened = ExplorerFixture.showView();
		assertEquals(project, reopened.currentProject());
		assertEquals(query, reopened.state().query);
		assertEquals(Grouping.LANGUAGE.ordinal(), reopened.groupingCombo().getSelectionIndex());
		assertEquals(width, reopened.viewer().getTable().getColumn(Column.PUBLISHER.ordinal()).getWidth());
		assertEquals(reopened.viewer().getTable().getColumn(Column.PUBLISHER.ordinal()),
				reopened.viewer().getTable().getSortColumn());
		reopened.groupingCombo().select(Grouping.NONE.ordinal());
		reopened.groupingCombo().notifyListeners(SWT.Selection, new Event());
		ExplorerFixture.settle(reopened, project);
	}

	@Test
	void propertiesShowThePublisherAndTheUrl() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerProperties");
		ImportArticlesJob job = ImportArticlesJob.start(project, List.of(ExplorerFixture.SAMPLE),
				IngestOptions.defaults(), false);
		Workbench.waitUntil("the import finished", () -> job.getResult() != null);
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		ExplorerFixture.waitForRows(view, project, 1);
		Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
		Workbench.page().activate(view);
		Workbench.waitUntil("the row is loaded", () -> view.model().rowAt(0) != null);
		view.viewer().setSelection(new StructuredSelection(view.model().rowAt(0)), true);
		Workbench.waitUntil("the selected article is loaded for the Properties view", () -> {
			Object first = ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement();
			return first instanceof ArticleRef ref && ref.article() != null;
		});
		Object selected = ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement();
		IPropertySource properties = Adapters.adapt(selected, IPropertySource.class);
		assertNotNull(properties);
		assertEquals("Lifegate", properties.getPropertyValue("publisher"));
		assertEquals("https://www.lifegate.it/russia-corea-del-nord-putin", properties.getPropertyValue("url"));
		assertNotNull(properties.getPropertyValue("source"), "provenance: where it was imported from");
		// the preview reads the article in a job of its own: it shows the text a moment later
		Workbench.waitUntil("the preview shows the article", () -> view.preview().shownText().startsWith("كوريا الشمالية"));
	}

	@Test
	void theArticleBeingReadStaysSelectedWhenItsListingIsReadAgain() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerKeepsSelection");
		ImportArticlesJob job = ImportArticlesJob.start(project, List.of(ExplorerFixture.SAMPLE), IngestOptions.defaults(),
				false);
		Workbench.waitUntil("the import finished", () -> job.getResult() != null);
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		ExplorerFixture.waitForRows(view, project, 1);
		Workbench.waitUntil("the row is loaded", () -> view.model().rowAt(0) != null);
		ArticleRef sample = (ArticleRef) view.model().rowAt(0);
		view.viewer().setSelection(new StructuredSelection(sample), true);
		Workbench.waitUntil("the preview shows the article", () -> view.preview().shownText().startsWith("كوريا الشمالية"));

		// What a finished build or recognition does: the same query, read again over the corpus's changed index.
		RowModel before = view.model();
		view.refresh();
		Workbench.waitUntil("the listing was read again", () -> view.model() != before);
		Workbench.waitUntil("the article being read is selected again", () -> {
			List<ArticleRef> selected = ArticleRef.allIn(view.viewer().getStructuredSelection());
			return selected.size() == 1 && selected.get(0).id().equals(sample.id());
		}, Duration.ofSeconds(10));
		Workbench.waitUntil("the preview still shows it", () -> view.preview().shownText().startsWith("كوريا الشمالية"),
				Duration.ofSeconds(10));
		Object workbenchSelection = ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement();
		assertEquals(sample.id(), ((ArticleRef) workbenchSelection).id(), "the Properties view follows it too");
	}

	@Test
	void theArticlesSelectedStaySelectedWhenTheirListingIsReadAgain() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerKeepsSelections");
		ExplorerView view = showUngrouped(project, threeArticles());
		ExplorerFixture.waitForRows(view, project, 3);
		Workbench.waitUntil("the rows are loaded", () -> ExplorerFixture.loaded(view, 3));
		List<ArticleRef> chosen = List.of((ArticleRef) view.model().rowAt(0), (ArticleRef) view.model().rowAt(2));
		view.viewer().setSelection(new StructuredSelection(chosen), true);
		Set<String> ids = Set.of(chosen.get(0).id(), chosen.get(1).id());
		assertEquals(ids, idsOf(view.viewer().getStructuredSelection()), "selected before the listing is read again");

		// A build or a recognition finishing: the same query, read again; the views that follow the selection
		// (the Map and the Entity network of the selected articles) must not fall back to the whole corpus.
		RowModel before = view.model();
		view.refresh();
		Workbench.waitUntil("the listing was read again", () -> view.model() != before);
		try {
			Workbench.waitUntil("both articles are selected again", () -> idsOf(view.viewer().getStructuredSelection())
					.equals(ids), Duration.ofSeconds(10));
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; selected: " + idsOf(view.viewer().getStructuredSelection())
					+ " of " + ids + ", table rows selected " + view.viewer().getTable().getSelectionCount(), e);
		}
		assertEquals(ids, idsOf((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()),
				"the workbench's selection follows");
	}

	/** Three articles by two publishers in two languages, one a year from 2022 to 2024. */
	private static Article[] threeArticles() {
		return new Article[] {
				article("Alpha", "Zeta Press", "en", "2024-01-01", "Alpha text about trade and ports in the north."),
				article("Beta", "Alpha News", "it", "2023-05-05", "Beta testo sul commercio e i porti del nord."),
				article("Gamma", "Zeta Press", "it", "2022-03-03", "Gamma altro testo sui mercati e le banche.") };
	}

	/** Puts {@code articles} into {@code project} and shows it in the Explorer without groups. */
	private static ExplorerView showUngrouped(IProject project, Article... articles) throws Exception {
		ExplorerFixture.put(project, articles);
		ExplorerView view = ExplorerFixture.showView();
		view.groupingCombo().select(Grouping.NONE.ordinal());
		view.groupingCombo().notifyListeners(SWT.Selection, new Event());
		ExplorerFixture.show(view, project);
		return view;
	}

	private static Set<String> idsOf(IStructuredSelection selection) {
		return ArticleRef.allIn(selection).stream().map(ArticleRef::id).collect(Collectors.toSet());
	}

	@Test
	void deleteThenUndoRestoresTheArticle() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerDelete");
		ImportArticlesJob imported = ImportArticlesJob.start(project, List.of(ExplorerFixture.SAMPLE),
				IngestOptions.defaults(), false);
		Workbench.waitUntil("the import finished", () -> imported.getResult() != null);
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		ExplorerFixture.waitForRows(view, project, 1);
		ArticleRef sample = (ArticleRef) view.model().rowNow(0);
		String json = Files.readString(CorpusProjects.corpus(project).articleFile(sample.id()));

		DeleteArticlesOperation delete = new DeleteArticlesOperation(project, List.of(sample.id()));
		Job job = DeleteHandler.run(delete);
		Workbench.waitUntil("the delete finished", () -> job.getResult() != null);
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		assertFalse(CorpusProjects.corpus(project).contains(sample.id()));
		assertFalse(sample.file().exists());
		ExplorerFixture.waitForRows(view, project, 0);

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		assertTrue(history.canUndo(PlatformUI.getWorkbench().getOperationSupport().getUndoContext()));
		history.undo(PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), null, null);
		assertTrue(CorpusProjects.corpus(project).contains(sample.id()));
		assertEquals(json, Files.readString(CorpusProjects.corpus(project).articleFile(sample.id())),
				"the same article, byte for byte");
		assertTrue(CorpusProjects.corpus(project).original(sample.id()).isPresent(), "with its original");
		ExplorerFixture.waitForRows(view, project, 1);
		assertEquals(sample.id(), ((ArticleRef) view.model().rowNow(0)).id());
	}

	@Test
	void aHostileFileInAnImportBatchIsReportedAndTheRestImported(@TempDir Path temp) throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerHostile");
		Path batch = Files.createDirectory(temp.resolve("hostile"));
		Path outside = batch.resolveSibling(batch.getFileName() + "-escaped.txt");
		Files.copy(ExplorerFixture.SAMPLE, batch.resolve("sample.txt"));
		Files.writeString(batch.resolve("feed.xml"), """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<rss version="2.0"><channel><title>Feed</title><item><title>&secret;</title>
				<description>&secret;</description></item></channel></rss>
				""", StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(batch.resolve("escape.zip"));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("../" + outside.getFileName()));
			zip.write("escaped".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}

		ImportArticlesWizard wizard = new ImportArticlesWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		wizard.setSources(List.of(batch));
		wizard.setShowSummary(false);
		assertTrue(wizard.performFinish());
		ImportArticlesJob job = wizard.job();
		Workbench.waitUntil("the import finished", () -> job.getResult() != null);
		IngestSummary summary = job.summary();
		assertEquals(1, summary.imported(), "the good file is imported: " + summary.failures());
		assertTrue(summary.failures().stream().anyMatch(f -> f.contains("escape.zip")), summary.failures().toString());
		assertTrue(summary.failures().stream().anyMatch(f -> f.contains("feed.xml")), summary.failures().toString());
		assertFalse(Files.exists(outside), "nothing written outside");
		for (String failure : summary.failures()) {
			assertFalse(failure.contains("root:"), "no external entity resolved: " + failure);
			assertFalse(failure.contains("\n"), "one line: " + failure);
		}
		String statusText = ImportArticlesJob.statusOf(summary, project.getName()).getChildren().length + "";
		assertNotEquals("0", statusText, "the summary lists the failures");
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		ExplorerFixture.waitForRows(view, project, 1);
		assertNull(CorpusProjects.corpus(project).articles().filter(a -> a.text().contains("root:")).findAny()
				.orElse(null), "no article holds the entity's target");
	}
}
