// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dossier.core.store.Corpus;
import dossier.explorer.ui.ExplorerFilters;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;
import dossier.lineage.ui.LineageUi;
import dossier.tests.common.Workbench;
import dossier.ui.BidiText;
import dossier.workspace.CorpusProjects;
import dossier.workspace.lineage.ProjectLineage;
import dossier.workspace.lineage.ProjectLinking;

/**
 * The Lineage view in a running workbench, on real articles: Global Voices' English post and its French
 * translation, and the repository's Arabic sample with a record of its Italian original.
 */
class LineageViewTest {

	private LineageView view;

	@AfterEach
	void close() {
		Workbench.page().closeAllEditors(false);
		if (view != null) {
			Workbench.page().hideView(view);
		}
		Workbench.joinJobs(LineageUi.JOB_FAMILY);
	}

	private LineageView showView() throws Exception {
		view = (LineageView) Workbench.page().showView(LineageUi.VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
		return view;
	}

	/** Selects the Explorer's row of article {@code id}, as a click does (the Explorer active, its row selected). */
	private static void selectInExplorer(IProject project, String id) throws Exception {
		IViewPart explorer = ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.LANGUAGE, null);
		Workbench.page().activate(explorer);
		Table table = LineageFixture.explorerTable();
		LineageFixture.settle("the Explorer lists the row of " + id, () -> row(table, id) != null);
		TableItem item = row(table, id);
		table.setSelection(item);
		Event event = new Event();
		event.item = item;
		table.notifyListeners(SWT.Selection, event);
	}

	/** The Explorer's row of article {@code id} (its row adapts to the article's file), or null. */
	private static TableItem row(Table table, String id) {
		for (TableItem item : table.getItems()) {
			Object data = item.getData();
			IFile file = data == null ? null : Adapters.adapt(data, IFile.class);
			if (file != null && CorpusProjects.articleId(file).orElse("").equals(id)) {
				return item;
			}
		}
		return null;
	}

	@Test
	void showsTheTranslationOfTheSelectedArticleAndRejectingItRemovesTheLink() throws Exception {
		List<String> ids = new ArrayList<>();
		IProject project = LineageFixture.corpus("LineageReject", List.of(LineageFixture.english(), LineageFixture.french()), ids);
		String english = ids.get(0);
		String french = ids.get(1);
		showView();

		selectInExplorer(project, french);
		LineageFixture.settle("the view shows the French article's chain", () -> view.shown() != null
				&& view.shown().chain().articleId().equals(french) && !view.computing());

		ProjectLineage.Chain chain = view.shown().chain();
		assertEquals(List.of(french, english), chain.nodes().stream().map(ProjectLineage.Node::id).toList(),
				"the article asked first, then its original");
		assertEquals(1, chain.links().size(), chain.links().toString());
		LineageLink translation = chain.links().get(0);
		assertEquals(LinkType.TRANSLATION, translation.type());
		assertEquals(english, translation.from(), "the English post is the original (published first)");
		assertEquals(french, translation.to());
		assertTrue(translation.score() >= 0.5, translation.toString());

		// What is drawn: two boxes, the original to the left of its translation, and the arrow between them.
		ChainLayout layout = view.graph().layout();
		assertEquals(2, layout.boxes().size());
		ChainLayout.Box original = layout.box(english);
		ChainLayout.Box copy = layout.box(french);
		assertNotNull(original);
		assertNotNull(copy);
		assertTrue(original.bounds().x + original.bounds().width < copy.bounds().x, "original left of the copy");
		assertEquals(1, layout.arrows().size());
		ChainLayout.Arrow arrow = layout.arrows().get(0);
		assertEquals(translation.pairKey(), arrow.link().pairKey());
		assertEquals(original.bounds().x + original.bounds().width, arrow.start().x);
		assertEquals(copy.bounds().x, arrow.end().x);
		assertEquals("en · Global Voices", LinkLabels.languageAndPublisher(original.node()));
		assertTrue(LinkLabels.headline(translation).startsWith("translation 0."), LinkLabels.headline(translation));
		assertTrue(view.statusText().contains("2 articles, 1 link"), view.statusText());
		assertFalse(view.rejectButton().isEnabled(), "nothing to reject before a link is selected");

		// A click on the arrow's label selects the link: its evidence in full below the graph.
		click(view, arrow.label().x + arrow.label().width / 2, arrow.label().y + arrow.label().height / 2);
		assertEquals(translation.pairKey(), view.graph().selectedLink().pairKey());
		String details = view.detailsText();
		assertTrue(details.startsWith("translation "), details);
		assertTrue(details.contains("fingerprint: "), details);
		assertTrue(details.contains("2004-10-26"), "the date both texts give, aligned: " + details);
		assertTrue(details.contains("rebecca, mackinnon"), "names, folded: " + details);
		assertTrue(view.rejectButton().isEnabled());
		assertTrue(view.confirmButton().isEnabled());

		// Reject: stored in the corpus's lineage file through the engine, and the link is gone from the view.
		view.rejectButton().notifyListeners(SWT.Selection, new Event());
		LineageFixture.settle("the view shows the chain without the rejected link",
				() -> !view.computing() && view.shown() != null && view.shown().chain().links().isEmpty());
		assertEquals(List.of(french), view.shown().chain().nodes().stream().map(ProjectLineage.Node::id).toList());
		assertEquals(0, view.graph().layout().arrows().size());
		assertTrue(view.statusText().contains("has no original"), view.statusText());
		LineageFile file = LineageFile.read(CorpusProjects.corpus(project).folder());
		LineageLink stored = file.links().stream().filter(link -> link.pairKey().equals(translation.pairKey()))
				.findFirst().orElseThrow();
		assertEquals(LinkStatus.REJECTED, stored.status());
		assertTrue(file.current().isEmpty(), file.current().toString());

		// Linked afresh (Recompute: linking on import links the whole corpus), the rejected link is not proposed again.
		ProjectLinking.update(project, true, List.of(), List.of());
		view.recompute();
		ProjectLinking.join(null);
		LineageFixture.settle("the view read the links of the corpus linked again", () -> !view.computing() && view.shown() != null);
		assertTrue(view.shown().chain().links().isEmpty(), view.shown().chain().links().toString());
		assertEquals(List.of(LinkStatus.REJECTED), LineageFile.read(CorpusProjects.corpus(project).folder()).links().stream()
				.map(LineageLink::status).toList(), "the engine still finds the link; the decision hides it");
	}

	/**
	 * The view shows the links stored with the corpus (by linking on import, {@code dossier lineage}, or an analyst
	 * who shares the corpus), not links of its own: a stored suggestion the engine would not make is shown; and a
	 * link to an article deleted since is not, even confirmed.
	 */
	@Test
	void showsTheStoredLinksAndNoLinkToADeletedArticle() throws Exception {
		List<String> ids = new ArrayList<>();
		IProject project = LineageFixture.corpus("LineageStored",
				List.of(LineageFixture.english(), LineageFixture.syriaEnglish()), ids);
		String english = ids.get(0);
		String syria = ids.get(1);
		Corpus corpus = CorpusProjects.corpus(project);
		LineageFile file = LineageFile.read(corpus.folder());
		assertTrue(file.current().stream().noneMatch(link -> link.involves(english) && link.involves(syria)),
				"the engine does not link two unrelated posts: " + file.current());
		LineageLink stored = new LineageLink(english, syria, LinkType.REPUBLICATION, 0.9, true, List.of(), LinkStatus.SUGGESTED);
		file.replaceSuggestionsOf(syria, List.of(stored));
		file.write();
		ProjectLineage.lineageFile(project).refreshLocal(IResource.DEPTH_ZERO, null);
		showView();

		selectInExplorer(project, syria);
		LineageFixture.settle("the view shows the stored link", () -> !view.computing() && view.shown() != null
				&& view.shown().chain().articleId().equals(syria) && view.shown().chain().links().size() == 1);
		assertEquals(stored.pairKey(), view.shown().chain().links().get(0).pairKey());
		assertEquals(List.of(syria, english), view.shown().chain().nodes().stream().map(ProjectLineage.Node::id).toList());

		// confirmed, then its original deleted: the decision stays in the file, the link is shown no more
		LineageFile decided = LineageFile.read(corpus.folder());
		decided.decide(english, syria, LinkType.REPUBLICATION, LinkStatus.CONFIRMED).orElseThrow();
		decided.write();
		corpus.delete(english);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		LineageFixture.settle("the view shows the article alone", () -> !view.computing() && view.shown() != null
				&& view.shown().chain().articleId().equals(syria) && view.shown().chain().links().isEmpty());
		assertEquals(List.of(syria), view.shown().chain().nodes().stream().map(ProjectLineage.Node::id).toList());
		ProjectLinking.join(null);
		assertEquals(List.of(LinkStatus.CONFIRMED), LineageFile.read(corpus.folder()).links().stream()
				.filter(link -> link.pairKey().equals(stored.pairKey())).map(LineageLink::status).toList());
	}

	@Test
	void confirmsALinkAndOpensTheOriginal() throws Exception {
		List<String> ids = new ArrayList<>();
		IProject project = LineageFixture.corpus("LineageConfirm", List.of(LineageFixture.english(), LineageFixture.french()), ids);
		String english = ids.get(0);
		String french = ids.get(1);
		showView();

		// An article open in the editor is followed as a selected one is.
		IEditorPart editor = IDE.openEditor(Workbench.page(), CorpusProjects.articleFile(project, french), true);
		assertNotNull(editor);
		LineageFixture.settle("the view shows the chain of the article in the editor", () -> view.shown() != null
				&& view.shown().chain().articleId().equals(french) && view.shown().chain().links().size() == 1);

		ChainLayout.Arrow arrow = view.graph().layout().arrows().get(0);
		click(view, (arrow.start().x + arrow.end().x) / 2, (arrow.start().y + arrow.end().y) / 2);
		assertNotNull(view.graph().selectedLink());
		view.confirmButton().notifyListeners(SWT.Selection, new Event());
		LineageFixture.settle("the confirmed link is shown", () -> !view.computing() && view.shown() != null
				&& view.shown().chain().links().size() == 1
				&& view.shown().chain().links().get(0).status() == LinkStatus.CONFIRMED);
		assertEquals(LinkStatus.CONFIRMED, LineageFile.read(CorpusProjects.corpus(project).folder()).current().get(0).status());
		assertTrue(LinkLabels.headline(view.shown().chain().links().get(0)).startsWith("\u2713 translation"));
		assertFalse(view.confirmButton().isEnabled(), "a confirmed link is confirmed once");

		// Open on the original's box opens it in the editor, and the view follows it.
		ChainLayout.Box original = view.graph().layout().box(english);
		click(view, original.bounds().x + 10, original.bounds().y + 10);
		assertEquals(english, view.graph().selectedArticle());
		view.openButton().notifyListeners(SWT.Selection, new Event());
		LineageFixture.settle("the original is open and followed", () -> {
			IEditorPart active = Workbench.page().getActiveEditor();
			return active != null && active.getEditorInput().getName().equals(english + ".json") && view.shown() != null
					&& view.shown().chain().articleId().equals(english);
		});
		assertEquals(List.of(english, french), view.shown().chain().nodes().stream().map(ProjectLineage.Node::id).toList());
	}

	@Test
	void anArabicArticleAndItsCopyReadRightToLeft() throws Exception {
		List<String> ids = new ArrayList<>();
		IProject project = LineageFixture.corpus("LineageArabic",
				List.of(LineageFixture.arabicSample(), LineageFixture.arabicCopy()), ids);
		showView();
		selectInExplorer(project, ids.get(0));
		LineageFixture.settle("the view shows the Arabic sample's chain", () -> !view.computing() && view.shown() != null
				&& view.shown().chain().articleId().equals(ids.get(0)));
		ProjectLineage.Chain chain = view.shown().chain();
		Corpus corpus = CorpusProjects.corpus(project);
		assertEquals(1, chain.links().size(), () -> "chain of " + chain.articleId() + " in " + ids + ": " + chain
				+ "; stored links: " + view.shownLinks() + "; articles: "
				+ corpus.articles().map(a -> a.id() + " " + a.language() + " " + a.text().length()).toList());
		LineageLink link = chain.links().get(0);
		assertEquals(LinkType.REPUBLICATION, link.type(), link.toString());
		assertTrue(link.involves(ids.get(0)) && link.involves(ids.get(1)));
		ProjectLineage.Node sample = chain.node(ids.get(0)).orElseThrow();
		ProjectLineage.Node copy = chain.node(ids.get(1)).orElseThrow();
		assertEquals("ar · Lifegate", LinkLabels.languageAndPublisher(sample));
		assertTrue(BidiText.isRightToLeft(sample.title()), sample.title());
		assertTrue(BidiText.isRightToLeft(copy.publisher()), copy.publisher());
		ChainLayout layout = view.graph().layout();
		assertEquals(2, layout.boxes().size());
		assertTrue(layout.box(ids.get(0)).column() != layout.box(ids.get(1)).column(), "a copy stands beside its original");
		assertTrue(view.detailsText().contains(sample.title()), "the asked article is selected: " + view.detailsText());
	}

	private static void click(LineageView view, int x, int y) {
		Event event = new Event();
		event.button = 1;
		event.x = x;
		event.y = y;
		view.graph().control().notifyListeners(SWT.MouseDown, event);
		view.graph().control().notifyListeners(SWT.MouseUp, event);
	}
}
