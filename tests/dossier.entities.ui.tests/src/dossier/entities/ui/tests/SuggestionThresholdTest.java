// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

import org.eclipse.jface.preference.IPreferenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.editor.EntityEditor;
import dossier.entities.ui.internal.editor.EntityItem;
import dossier.tests.common.Workbench;

/** The preference threshold hides weak suggestions from the editor, and hides nothing the analyst decided or saved. */
class SuggestionThresholdTest {

	private final IPreferenceStore store = EntitiesUiPlugin.getDefault().getPreferenceStore();

	private final Function<String, Boolean> prompt = EntityEditor.reloadPrompt;

	@BeforeEach
	void neverAsk() {
		// a test must never wait on a modal question: should the corpus's files change under the dirty editor, keep it
		EntityEditor.reloadPrompt = message -> false;
	}

	@AfterEach
	void reset() {
		EntityEditor.reloadPrompt = prompt;
		store.setToDefault(EntitiesUiPlugin.THRESHOLD_KEY);
		Workbench.page().closeAllEditors(false);
		Workbench.processEvents();
	}

	@Test
	void suggestionsBelowTheThresholdAreNotShownButKept() throws Exception {
		EntityEditor editor = EntityEditorWorkflowTest.open(SampleCorpus.create("Threshold"));
		EntityEditorWorkflowTest.recognise(editor);
		Mention strong = editor.session().state().mentions().stream()
				.filter(m -> m.status() == MentionStatus.SUGGESTED && m.confidence() >= 0.9).findFirst().orElseThrow();
		Mention weak = editor.session().state().mentions().stream()
				.filter(m -> m.status() == MentionStatus.SUGGESTED && m.confidence() < 0.9).findFirst().orElseThrow(
						() -> new AssertionError("the sample has no suggestion below 0.9: " + editor.session().state().mentions()));
		assertNotNull(editor.textViewer().mentionAt(weak.start()), "shown by default");
		int before = editor.session().state().mentions().size();

		store.setValue(EntitiesUiPlugin.THRESHOLD_KEY, 90);
		Workbench.processEvents();
		assertNull(editor.textViewer().mentionAt(weak.start()), "a suggestion below 90% is not drawn");
		assertNotNull(editor.textViewer().mentionAt(strong.start()), "a suggestion at 90% or more still is");
		assertTrue(EntityItem.of(editor.session()).stream().flatMap(i -> i.mentions().stream()).noneMatch(weak::equals),
				"nor listed on the Entities page and the outline");
		assertEquals(before, editor.session().state().mentions().size(), "hiding changes nothing stored");

		store.setValue(EntitiesUiPlugin.THRESHOLD_KEY, 0);
		Workbench.processEvents();
		assertNotNull(editor.textViewer().mentionAt(weak.start()), "shown again");
	}
}
