// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.editor.EntitiesPage;
import dossier.entities.ui.internal.editor.EntityEditor;
import dossier.entities.ui.internal.editor.EntityItem;
import dossier.entities.ui.internal.editor.MentionItem;
import dossier.entities.ui.internal.handlers.EditorActions;
import dossier.tests.common.Workbench;

/**
 * The Entities page as an analyst uses it: label, type and QID edited in the table, two entities merged, a
 * mention split off; what the table shows and what is saved, and undo of each.
 */
class EntitiesPageTest {

	private static final int LABEL = 0;
	private static final int TYPE = 1;
	private static final int MENTIONS = 2;
	private static final int QID = 4;

	private EntityEditor editor;
	private EntitiesPage page;
	private String text;

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
		Workbench.processEvents();
	}

	private void open(String project) throws Exception {
		IFile file = SampleCorpus.create(project);
		editor = EntityEditorWorkflowTest.open(file);
		text = editor.session().state().article().text();
		page = editor.entitiesPage();
	}

	private void mark(String word, int occurrence, EntityType type) {
		int at = SampleCorpus.occurrences(text, word).get(occurrence);
		editor.reveal(at, at + word.length());
		assertTrue(EditorActions.markSelection(editor, type), "marked " + word);
	}

	/** The table's top-level rows as the analyst reads them: label, type, mentions, ..., QID. */
	private List<String[]> rows() {
		Workbench.processEvents();
		return Arrays.stream(page.viewer().getTree().getItems()).map(EntitiesPageTest::cells).toList();
	}

	private static String[] cells(TreeItem item) {
		String[] cells = new String[item.getParent().getColumnCount()];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = item.getText(i);
		}
		return cells;
	}

	private String[] row(String label) {
		return rows().stream().filter(r -> r[LABEL].equals(label)).findFirst().orElse(null);
	}

	private EntityItem item(String label) {
		return EntityItem.of(editor.session()).stream().filter(i -> i.label().equals(label)).findFirst().orElseThrow();
	}

	private void undo() throws Exception {
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(editor.undoContext(), null, null);
		Workbench.processEvents();
	}

	private List<Mention> saved() throws Exception {
		editor.doSave(null);
		assertFalse(editor.isDirty());
		return editor.session().store().loadMentions(editor.session().state().article().id());
	}

	/** Starts the in-place editor of a cell, as a click on it does. */
	private void editCell(String label, int column) {
		page.viewer().editElement(item(label), column);
		Workbench.processEvents();
		assertTrue(page.viewer().isCellEditorActive(), "a cell editor opened on " + label);
	}

	private void typeAndPressEnter(String value) {
		Text cell = Workbench.find(page.viewer().getTree(), Text.class, Text::isVisible).orElseThrow();
		cell.setText(value);
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.processEvents();
	}

	@Test
	void labelTypeAndQidAreEditedInPlaceAndUndone() throws Exception {
		open("EntitiesPageEdit");
		mark("Lifegate", 0, EntityType.ORG);
		editor.showEntitiesPage();
		assertEquals("Organisation", row("Lifegate")[TYPE]);

		editCell("Lifegate", LABEL);
		typeAndPressEnter("LifeGate (rivista)");
		assertNull(row("Lifegate"));
		assertNotNull(row("LifeGate (rivista)"), "the table shows the new label");

		editCell("LifeGate (rivista)", TYPE);
		CCombo combo = Workbench.find(page.viewer().getTree(), CCombo.class, CCombo::isVisible).orElseThrow();
		combo.select(Arrays.asList(combo.getItems()).indexOf("Place"));
		combo.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.processEvents();
		assertEquals("Place", row("LifeGate (rivista)")[TYPE]);

		editCell("LifeGate (rivista)", QID);
		typeAndPressEnter("not a qid");
		assertEquals("", row("LifeGate (rivista)")[QID], "an invalid QID is not taken");
		assertEquals(Messages.Entities_badQid, Workbench.find(page.control(), Label.class,
				l -> l.getText().equals(Messages.Entities_badQid)).map(Label::getText).orElse(""), "and the page says why");
		editCell("LifeGate (rivista)", QID);
		typeAndPressEnter("Q3832776");
		assertEquals("Q3832776", row("LifeGate (rivista)")[QID]);
		assertEquals(2, Workbench.findAll(page.viewer().getTree(), Text.class, t -> true).size(),
				"one text cell editor per editable text column, reused");

		List<Mention> saved = saved();
		assertEquals(1, saved.size());
		assertEquals(EntityType.PLACE.id(), saved.get(0).type(), "the saved mention follows the type change");
		assertEquals("Q3832776", editor.session().entity(saved.get(0).entityId()).qid());

		undo(); // QID
		assertEquals("", row("LifeGate (rivista)")[QID]);
		undo(); // type
		assertEquals("Organisation", row("LifeGate (rivista)")[TYPE]);
		assertEquals(EntityType.ORG.id(), editor.session().state().mentions().get(0).type());
		undo(); // label
		assertNotNull(row("Lifegate"), "undo brings the label back");
		assertTrue(editor.isDirty(), "undone past the saved state");
	}

	@Test
	void twoEntitiesAreMergedAndTheMergeIsUndone() throws Exception {
		open("EntitiesPageMerge");
		mark("Lifegate", 0, EntityType.ORG);
		mark("GratisForGratis", 0, EntityType.ORG);
		editor.showEntitiesPage();
		assertEquals(2, rows().size());
		EntityItem into = item(rows().get(0)[LABEL]);
		EntityItem from = item(rows().get(1)[LABEL]);

		page.viewer().setSelection(new StructuredSelection(List.of(into, from)));
		press(Messages.Entities_merge);

		assertEquals(1, rows().size(), "one entity is left");
		String[] merged = rows().get(0);
		assertEquals(into.label(), merged[LABEL]);
		assertEquals("2", merged[MENTIONS], "with the mentions of both");
		assertTrue(editor.session().entity(into.id()).allNames().contains(from.label()), "the other's name became an alias");
		List<Mention> saved = saved();
		assertEquals(2, saved.size());
		assertTrue(saved.stream().allMatch(m -> m.entityId().equals(into.id())), saved.toString());

		undo();
		assertEquals(2, rows().size(), "undo splits them again");
		assertEquals("1", row(from.label())[MENTIONS]);
		assertTrue(editor.session().state().mentions().stream().anyMatch(m -> m.entityId().equals(from.id())));
	}

	@Test
	void mergingNeedsTwoEntitiesSelected() throws Exception {
		open("EntitiesPageMergeOne");
		mark("Lifegate", 0, EntityType.ORG);
		editor.showEntitiesPage();
		page.viewer().setSelection(new StructuredSelection(item("Lifegate")));
		press(Messages.Entities_merge);
		assertEquals(1, rows().size(), "nothing merged");
		assertEquals("1", row("Lifegate")[MENTIONS]);
		assertTrue(Workbench.find(page.control(), Label.class, l -> l.getText().equals(Messages.Entities_mergeNeedsTwo))
				.isPresent(), "the page says what to select");
	}

	@Test
	void aMentionIsSplitOffToAnEntityOfItsOwnAndTheSplitIsUndone() throws Exception {
		open("EntitiesPageSplit");
		mark("بوتين", 0, EntityType.PERSON);
		mark("بوتين", 1, EntityType.PERSON);
		editor.showEntitiesPage();
		assertEquals(1, rows().size(), "both occurrences name one entity");
		String label = rows().get(0)[LABEL];
		assertEquals("2", rows().get(0)[MENTIONS]);
		EntityItem person = item(label);
		int second = SampleCorpus.occurrences(text, "بوتين").get(1);
		Mention mention = person.mentions().stream().filter(m -> m.start() == second).findFirst().orElseThrow();

		page.viewer().expandAll();
		page.viewer().setSelection(new StructuredSelection(
				new MentionItem(editor.session(), mention)));
		press(Messages.Entities_split);

		List<String[]> rows = rows();
		assertEquals(2, rows.size(), "a second entity row");
		assertTrue(rows.stream().allMatch(r -> r[MENTIONS].equals("1")), "one mention each");
		List<Mention> saved = saved();
		String split = saved.stream().filter(m -> m.start() == second).findFirst().orElseThrow().entityId();
		assertFalse(split.equals(person.id()), "the split mention names a new entity: " + split);
		assertTrue(saved.stream().anyMatch(m -> m.start() != second && m.entityId().equals(person.id())));

		undo();
		assertEquals(1, rows().size());
		assertEquals("2", rows().get(0)[MENTIONS], "undo joins the mention again");
	}

	private void press(String label) {
		Button button = Workbench.find(page.control(), Button.class, b -> b.getText().equals(label)).orElseThrow();
		button.notifyListeners(SWT.Selection, new Event());
		Workbench.processEvents();
	}
}
