// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;

/**
 * The explorer's table viewer: it can make its rows forget their elements (a cleared row keeps its element,
 * which a selection of rows not read yet would still return), and empty its table in one call.
 */
final class RowsViewer extends TableViewer {

	/** The rows given an element so far (those painted): a few screenfuls, not the whole table. */
	private final Set<Item> associated = new HashSet<>();

	RowsViewer(Composite parent, int style) {
		super(parent, style);
	}

	@Override
	protected void associate(@Nullable Object element, @Nullable Item item) {
		super.associate(element, item);
		if (item != null) {
			associated.add(item);
		}
	}

	@Override
	protected void disassociate(@Nullable Item item) {
		super.disassociate(item);
		associated.remove(item);
	}

	/** The rows forget their elements; the viewer forgets which row each element was in. */
	void forgetElements() {
		for (Item item : new ArrayList<>(associated)) {
			if (!item.isDisposed()) {
				disassociate(item);
			}
		}
		associated.clear();
		unmapAllElements();
	}

	/** Empties the table in one call (GTK removes rows one by one otherwise). */
	void removeAllRows() {
		forgetElements();
		getTable().removeAll();
	}
}
