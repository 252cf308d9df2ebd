// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * What a screen reader reads of a row of the explorer's table: its cells' texts in the order the columns show, then
 * its licence status in words (the status column shows only an icon). The cells are owner-drawn
 * ({@link DirectionalCellPainter}), which keeps each item's text set for the platform's own accessibility; this
 * names a row (an accessible child, its index) for an assistive technology that asks the table's {@code Accessible}.
 * The table itself (and a child it does not hold) keeps the name the platform gives it.
 */
final class AccessibleRows extends AccessibleAdapter {

	private final Table table;

	private AccessibleRows(Table table) {
		this.table = table;
	}

	static void install(Table table) {
		table.getAccessible().addAccessibleListener(new AccessibleRows(table));
	}

	@Override
	public void getName(AccessibleEvent event) {
		if (event.childID >= 0 && event.childID < table.getItemCount()) {
			event.result = nameOf(table.getItem(event.childID));
		}
	}

	/** The row's cells' texts, in the order the columns show, then its licence status; ", " between them. */
	static String nameOf(TableItem item) {
		List<String> parts = new ArrayList<>();
		for (int index : item.getParent().getColumnOrder()) {
			String text = item.getText(index);
			if (!text.isEmpty()) {
				parts.add(text);
			}
		}
		if (item.getData() instanceof ArticleRef ref) {
			String status = new StatusLabelProvider().getToolTipText(ref);
			if (status != null && !status.isEmpty()) {
				parts.add(status);
			}
		}
		return String.join(", ", parts); //$NON-NLS-1$
	}
}
