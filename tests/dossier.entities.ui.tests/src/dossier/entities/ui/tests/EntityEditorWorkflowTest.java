// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.ui.EntityEditorIds;
import dossier.entities.ui.internal.editor.EntityEditor;
import dossier.entities.ui.internal.editor.EntityItem;
import dossier.entities.ui.internal.editor.EntityOutlinePage;
import dossier.entities.ui.internal.editor.SourcePage;
import dossier.entities.ui.internal.handlers.EditorActions;
import dossier.entities.ui.internal.model.MentionEdits;
import dossier.entities.ui.internal.views.CatalogueView;
import dossier.tests.common.Workbench;
import dossier.workspace.ProjectEntities;

/** The "Done when": open the sample, recognise, decide, mark, undo, save, reopen. */
class EntityEditorWorkflowTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
		Workbench.processEvents();
	}

	static EntityEditor open(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(Workbench.page(), file);
		EntityEditor editor = assertInstanceOf(EntityEditor.class, part, "the default editor of an article file");
		Workbench.waitUntil("the article is loaded", editor::isLoaded);
		return editor;
	}

	static void recognise(EntityEditor editor) {
		EditorActions.recognise(editor);
		Workbench.joinJobs(EntityEditorIds.JOB_FAMILY);
		Workbench.waitUntil("suggestions arrived", () -> editor.session().state().mentions().stream()
				.anyMatch(m -> m.status() == MentionStatus.SUGGESTED));
	}

	static Optional<Mention> mentionOf(EntityEditor editor, String idPart, MentionStatus status) {
		return editor.session().state().mentions().stream()
				.filter(m -> m.entityId().contains(idPart) && m.status() == status).findFirst();
	}

	@Test
	void openRecogniseAcceptMarkUndoSaveReopen() throws Exception {
		IFile file = SampleCorpus.create("EditorWorkflow");
		EntityEditor editor = open(file);
		String text = editor.session().state().article().text();
		assertFalse(editor.isDirty());

		recognise(editor);
		assertTrue(editor.isDirty(), "recognising is an unsaved change");
		Mention putin = mentionOf(editor, "putin", MentionStatus.SUGGESTED).orElseThrow();
		assertEquals(EntityType.PERSON.id(), putin.type());

		editor.reveal(putin.start() + 1, putin.start() + 1);
		assertTrue(EditorActions.setStatus(editor, MentionStatus.ACCEPTED));
		assertTrue(editor.session().state().mentions().contains(putin.withStatus(MentionStatus.ACCEPTED)));

		int gratis = text.indexOf("GratisForGratis");
		editor.reveal(gratis, gratis + "GratisForGratis".length());
		assertTrue(EditorActions.markSelection(editor, EntityType.ORG));
		int lifegate = text.indexOf("Lifegate");
		editor.reveal(lifegate, lifegate + "Lifegate".length());
		assertTrue(EditorActions.markSelection(editor, EntityType.ORG));
		Mention marked = manualAt(editor, lifegate).orElseThrow();
		assertEquals("Lifegate", marked.text());
		assertEquals(MentionStatus.ACCEPTED, marked.status());

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(editor.undoContext(), null, null);
		assertTrue(manualAt(editor, lifegate).isEmpty(), "undo removed the marked mention");
		assertTrue(manualAt(editor, gratis).isPresent(), "undo removed only the last action");

		editor.doSave(null);
		assertFalse(editor.isDirty());
		Workbench.page().closeEditor(editor, false);
		Workbench.processEvents();

		EntityEditor reopened = open(file);
		List<Mention> mentions = reopened.session().state().mentions();
		assertTrue(mentions.contains(putin.withStatus(MentionStatus.ACCEPTED)), "the accepted suggestion persisted");
		assertTrue(manualAt(reopened, gratis).isPresent(), "the marked mention persisted");
		assertTrue(manualAt(reopened, lifegate).isEmpty(), "the undone mention stayed undone");
		assertTrue(mentions.stream().anyMatch(m -> m.status() == MentionStatus.SUGGESTED),
				"suggestions are kept until decided");
		assertFalse(reopened.isDirty());

		// the accepted entity joined the corpus catalogue, which the Catalogue view searches in any language
		var rows = CatalogueView.read(reopened.session().corpusFolder(), null);
		var putinRow = rows.stream().filter(r -> r.entity().id().equals(putin.entityId())).findFirst().orElseThrow();
		assertEquals(Set.of(reopened.session().state().article().id()), putinRow.articles());
		assertTrue(CatalogueView.matches(putinRow, "بوتين"));
		assertTrue(CatalogueView.matches(putinRow, "putin"));
		assertFalse(CatalogueView.matches(putinRow, "Kim"));
	}

	private static Optional<Mention> manualAt(EntityEditor editor, int start) {
		return editor.session().state().mentions().stream()
				.filter(m -> m.start() == start && MentionEdits.MANUAL.equals(m.recognizer())).findFirst();
	}

	@Test
	void recognisingAgainNeverOverwritesADecision() throws Exception {
		EntityEditor editor = open(SampleCorpus.create("EditorDecisions"));
		recognise(editor);
		Mention first = editor.session().state().mentions().stream().filter(m -> m.status() == MentionStatus.SUGGESTED)
				.findFirst().orElseThrow();
		editor.reveal(first.start(), first.start());
		assertTrue(EditorActions.setStatus(editor, MentionStatus.REJECTED));
		Mention accepted = editor.session().state().mentions().stream()
				.filter(m -> m.status() == MentionStatus.SUGGESTED).findFirst().orElseThrow();
		editor.reveal(accepted.start(), accepted.start());
		assertTrue(EditorActions.setStatus(editor, MentionStatus.ACCEPTED));

		recognise(editor);
		List<Mention> mentions = editor.session().state().mentions();
		assertTrue(mentions.contains(first.withStatus(MentionStatus.REJECTED)), "still rejected");
		assertFalse(mentions.contains(first), "a rejected mention is not suggested again");
		assertTrue(mentions.contains(accepted.withStatus(MentionStatus.ACCEPTED)), "still accepted");
	}

	@Test
	void theOutlineListsPutinAndKimJongUnUnderPeople() throws Exception {
		EntityEditor editor = open(SampleCorpus.create("EditorOutline"));
		recognise(editor);
		Workbench.page().showView("org.eclipse.ui.views.ContentOutline");
		Workbench.page().activate(editor);
		EntityOutlinePage outline = (EntityOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		assertNotNull(outline);
		EntityOutlinePage.TypeGroup people = outline.groups().stream()
				.filter(g -> g.type().id().equals(EntityType.PERSON.id())).findFirst().orElseThrow();
		List<String> english = people.entities().stream()
				.map(item -> item.entity() == null ? item.id() : item.entity().label("en")).toList();
		assertTrue(english.stream().anyMatch(l -> l.contains("Putin")), english.toString());
		assertTrue(english.stream().anyMatch(l -> l.contains("Kim Jong Un")), english.toString());
		EntityItem putin = people.entities().stream().filter(i -> i.id().contains("putin")).findFirst().orElseThrow();
		assertTrue(putin.activeCount() > 5, "Putin is named many times: " + putin.activeCount());
		assertTrue(people.toString().contains("(" + people.entities().size() + ")"), "the group shows its count");
	}

	@Test
	void undoAndRedoGoThroughTheWorkbenchHistoryAndTheDirtyMarkerFollows() throws Exception {
		EntityEditor editor = open(SampleCorpus.create("EditorUndo"));
		String text = editor.session().state().article().text();
		int at = text.indexOf("CAPTCHA");
		editor.reveal(at, at + 7);
		assertTrue(EditorActions.markSelection(editor, EntityType.ORG));
		assertTrue(editor.isDirty());
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		assertTrue(history.getUndoOperation(editor.undoContext()).getLabel().contains("Organisation"));
		history.undo(editor.undoContext(), null, null);
		assertFalse(editor.isDirty(), "back at the saved state");
		history.redo(editor.undoContext(), null, null);
		assertTrue(editor.isDirty());
		assertEquals(1, editor.session().state().mentions().size());
	}

	/** The analysts' decisions the editor holds: suggestions of the background recognition left out. */
	private static long decisions(EntityEditor editor) {
		return editor.session().state().mentions().stream().filter(m -> m.status() != MentionStatus.SUGGESTED).count();
	}

	@Test
	void aChangeOnDiskReloadsACleanEditorAndAsksBeforeDroppingEdits() throws Exception {
		IFile file = SampleCorpus.create("EditorReload");
		// the build that follows the import recognises the article in the background and writes its suggestions
		// beside it, at a moment of its own: let the build and that recognition finish, and count decisions only
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		ProjectEntities.join(null);
		EntityEditor editor = open(file);
		Workbench.joinJobs(EntityEditorIds.JOB_FAMILY);
		String text = editor.session().state().article().text();
		// another writer (a second editor, a batch job) stores a mention for this article
		int at = text.indexOf("Lifegate");
		var store = editor.session().store();
		String id = editor.session().state().article().id();
		store.saveMentions(id, List.of(new Mention(id, at, at + 8, "Lifegate", "org:lifegate", "ORG", "manual", 1,
				MentionStatus.ACCEPTED)));
		file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
		Workbench.waitUntil("the clean editor reloaded", () -> decisions(editor) == 1
				&& editor.session().state().mentions().stream().anyMatch(m -> m.start() == at && m.status() == MentionStatus.ACCEPTED));
		assertFalse(editor.isDirty());

		int captcha = text.indexOf("CAPTCHA");
		editor.reveal(captcha, captcha + 7);
		EditorActions.markSelection(editor, EntityType.ORG);
		String[] asked = new String[1];
		var previous = EntityEditor.reloadPrompt;
		EntityEditor.reloadPrompt = message -> {
			asked[0] = message;
			return false; // keep my changes
		};
		try {
			store.saveMentions(id, List.of());
			file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
			Workbench.waitUntil("the analyst was asked", () -> asked[0] != null);
			Workbench.joinJobs(EntityEditorIds.JOB_FAMILY);
			assertEquals(2, decisions(editor), "the edits were kept");
			assertTrue(editor.isDirty());
		} finally {
			EntityEditor.reloadPrompt = previous;
		}
	}

	@Test
	void aChangeOnDiskUnderEditsIsAskedAboutWhenTheAnalystComesBackToTheEditor() throws Exception {
		IFile file = SampleCorpus.create("EditorReloadLater");
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		ProjectEntities.join(null);
		EntityEditor editor = open(file);
		Workbench.joinJobs(EntityEditorIds.JOB_FAMILY);
		String text = editor.session().state().article().text();
		int captcha = text.indexOf("CAPTCHA");
		editor.reveal(captcha, captcha + 7);
		EditorActions.markSelection(editor, EntityType.ORG);
		assertTrue(editor.isDirty());
		List<String> asked = new ArrayList<>();
		var previous = EntityEditor.reloadPrompt;
		EntityEditor.reloadPrompt = message -> {
			asked.add(message);
			return false; // keep my changes
		};
		try {
			// the analyst is elsewhere (another part is active) when a writer rewrites the article's mentions
			IViewPart elsewhere = Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
			Workbench.page().activate(elsewhere);
			Workbench.processEvents();
			var store = editor.session().store();
			String id = editor.session().state().article().id();
			int at = text.indexOf("Lifegate");
			store.saveMentions(id, List.of(new Mention(id, at, at + 8, "Lifegate", "org:lifegate", "ORG", "manual", 1,
					MentionStatus.ACCEPTED)));
			file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
			Workbench.waitUntil("the change was noticed", editor::diskChangePending);
			for (int i = 0; i < 20; i++) {
				Workbench.processEvents();
				Thread.sleep(25);
			}
			assertEquals(List.of(), asked, "no dialog over the part the analyst is working in");
			// back at the editor: asked once, and keeping the edits keeps them
			Workbench.page().activate(editor);
			Workbench.waitUntil("the analyst was asked on coming back", () -> !asked.isEmpty());
			Workbench.joinJobs(EntityEditorIds.JOB_FAMILY);
			assertEquals(1, asked.size());
			assertTrue(editor.isDirty(), "the edits were kept");
			Workbench.page().activate(elsewhere);
			Workbench.page().activate(editor);
			Workbench.processEvents();
			assertEquals(1, asked.size(), "asked once per change");
		} finally {
			EntityEditor.reloadPrompt = previous;
		}
	}

	@Test
	void theSourcePageValidatesAndSavesMetadataAtomically() throws Exception {
		IFile file = SampleCorpus.create("EditorSource");
		EntityEditor editor = open(file);
		var page = editor.sourcePage();
		var url = page.text(SourcePage.Field.SOURCE_URL);
		url.setText("not a url");
		assertTrue(page.problem().contains("not a url"), page.problem());
		assertEquals("https://www.lifegate.it/russia-corea-del-nord-putin", editor.session().state().article().sourceUrl(),
				"an invalid value is not taken");
		url.setText("https://www.lifegate.it/x");
		var date = page.text(SourcePage.Field.DATE);
		date.setText("2024-06-19");
		var licence = page.text(SourcePage.Field.LICENCE);
		licence.setText("CC BY-SA 4.0");
		assertTrue(editor.isDirty());
		editor.doSave(null);
		Workbench.page().closeEditor(editor, false);
		EntityEditor reopened = open(file);
		var article = reopened.session().state().article();
		assertEquals("https://www.lifegate.it/x", article.sourceUrl());
		assertEquals("2024-06-19", article.published());
		assertTrue(article.licences().stream().anyMatch(l -> l.text().equals("CC BY-SA 4.0")));
		assertEquals(SWT.RIGHT_TO_LEFT,
				reopened.sourcePage().text(SourcePage.Field.TITLE).getOrientation(),
				"the Arabic title is shown right to left");
	}
}
