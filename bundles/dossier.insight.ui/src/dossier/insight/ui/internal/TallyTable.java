// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A titled read-only table of text rows (a licence rule and its counts per severity; an entity type, a name and
 * its article count). Names keep their own script: GTK lays out each cell in its own direction.
 */
final class TallyTable {

	private final TableViewer viewer;

	TallyTable(Composite parent, String title, String[] columns, int[] widths) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(title);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		for (int c = 0; c < columns.length; c++) {
			int column = c;
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, c == 0 ? SWT.LEAD : SWT.NONE);
			viewerColumn.getColumn().setText(columns[c]);
			viewerColumn.getColumn().setWidth(widths[c]);
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					String[] row = (String[]) element;
					return column < row.length ? row[column] : ""; //$NON-NLS-1$
				}
			});
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 180;
		viewer.getTable().setLayoutData(data);
	}

	void show(List<String[]> rows) {
		viewer.setInput(rows);
	}

	/** Runs {@code action} on the cells of a row the user opens (a double-click, Enter). */
	void onOpen(Consumer<String[]> action) {
		viewer.addOpenListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof String[] cells) {
				action.accept(cells);
			}
		});
	}

	TableViewer viewer() {
		return viewer;
	}
}
