// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static dossier.explorer.ui.internal.ExplorerFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.Accessible;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.accessibility.AccessibleListener;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import dossier.tests.common.Workbench;

/**
 * The explorer's owner-drawn cells still give their text to screen readers: each item keeps its cells' texts, and
 * the table's {@code Accessible} names each row by them and its licence status; the table does not draw that text
 * under the painted one.
 */
class ExplorerAccessibilityTest {

	private static final String ARABIC = "بوتين يزور بيونغ يانغ";
	private static final String ITALIAN = "Putin in visita a Pyongyang";

	@Test
	void eachRowIsNamedByItsCellsTextsAndItsLicenceStatus() throws Exception {
		Table table = tableOf(ExplorerFixture.newCorpus("ExplorerAccessible"));
		int title = columnIndex(table, Column.TITLE);
		int publisher = columnIndex(table, Column.PUBLISHER);
		List<String> titles = new ArrayList<>();
		for (int row = 0; row < table.getItemCount(); row++) {
			TableItem item = table.getItem(row);
			ArticleRef ref = (ArticleRef) item.getData();
			assertEquals(ref.summary().title(), item.getText(title), "the item keeps the painted title");
			assertEquals(ref.summary().publisher(), item.getText(publisher), "the item keeps the painted publisher");
			String name = accessibleName(table, row);
			assertTrue(name.startsWith(ref.summary().title() + ", " + ref.summary().publisher() + ", "), name);
			assertTrue(name.endsWith(", " + new StatusLabelProvider().getToolTipText(ref)), name);
			titles.add(ref.summary().title());
		}
		assertTrue(titles.containsAll(List.of(ARABIC, ITALIAN)), titles.toString());
	}

	@Test
	void theTableItselfAndARowItDoesNotHoldKeepThePlatformsName() throws Exception {
		Table table = tableOf(ExplorerFixture.newCorpus("ExplorerAccessibleSelf"));
		assertNull(accessibleName(table, ACC.CHILDID_SELF), "the table's own name is the platform's");
		assertNull(accessibleName(table, table.getItemCount()), "no row there");
	}

	@Test
	void theTableDoesNotDrawTheTextItKeepsForScreenReaders() {
		DirectionalCellPainter painter = new DirectionalCellPainter(Column.TITLE, JFaceResources.getDefaultFont(),
				ArticleRef::snippet);
		Event event = new Event();
		event.detail = SWT.FOREGROUND | SWT.BACKGROUND | SWT.SELECTED;
		painter.erase(event, null);
		assertEquals(0, event.detail & SWT.FOREGROUND, "the painter draws the text, in its own direction");
		assertEquals(SWT.BACKGROUND | SWT.SELECTED, event.detail, "the table still draws the selection");
	}

	/** The explorer showing a new corpus of an Arabic and an Italian article. */
	private static Table tableOf(IProject project) throws Exception {
		ExplorerFixture.put(project,
				article(ARABIC, "لايف غيت", "ar", "2024-06-19", "وقّع بوتين وكيم اتفاقاً للشراكة الاستراتيجية في بيونغ يانغ."),
				article(ITALIAN, "Lifegate", "it", "2024-06-18", "Putin e Kim hanno firmato un accordo a Pyongyang."));
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		ExplorerFixture.waitForRows(view, project, 2);
		Table table = view.viewer().getTable();
		// asking a virtual table for an item loads its row: wait until both are filled in
		Workbench.waitUntil("the table's rows filled in", () -> table.getItemCount() == 2
				&& table.getItem(0).getData() instanceof ArticleRef && table.getItem(1).getData() instanceof ArticleRef);
		return table;
	}

	private static int columnIndex(Table table, Column column) {
		for (int index = 0; index < table.getColumnCount(); index++) {
			if (table.getColumn(index).getData() == column) {
				return index;
			}
		}
		throw new AssertionError("no column " + column);
	}

	/**
	 * The name the table's {@code Accessible} gives its child {@code childID}, as its listeners answer an assistive
	 * technology (SWT keeps them in a field: there is no public way to ask).
	 */
	@SuppressWarnings("unchecked")
	private static String accessibleName(Table table, int childID) throws Exception {
		Accessible accessible = table.getAccessible();
		Field field = Accessible.class.getDeclaredField("accessibleListeners");
		field.setAccessible(true);
		List<AccessibleListener> listeners = (List<AccessibleListener>) field.get(accessible);
		AccessibleEvent event = new AccessibleEvent(accessible);
		event.childID = childID;
		if (listeners != null) {
			for (AccessibleListener listener : listeners) {
				listener.getName(event);
			}
		}
		return event.result;
	}
}
