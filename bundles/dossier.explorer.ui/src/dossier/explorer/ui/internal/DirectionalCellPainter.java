// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.function.Function;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;

import dossier.ui.BidiText;

/**
 * Paints a column's text in its own direction: an Arabic title reads right to left and starts at the right edge
 * of its cell, an Italian one left to right from the left edge, whatever the table's (or the workbench's)
 * orientation. Group headers are painted bold across the row's first text column.
 */
public final class DirectionalCellPainter extends OwnerDrawLabelProvider {

	private static final int MARGIN = 4;

	private final Column column;
	private final Font bold;
	private final Function<ArticleRef, String> passages;
	private TextLayout layout;
	private Widget erased;
	private int erasedColumn;
	private Rectangle erasedBounds;

	/**
	 * @param passages the highlighted passage of an article in the search shown (null while it is highlighted),
	 *            for the tooltip
	 */
	public DirectionalCellPainter(Column column, Font bold, Function<ArticleRef, String> passages) {
		this.column = column;
		this.bold = bold;
		this.passages = passages;
	}

	/** The text this column shows for {@code element}. */
	public String textOf(@Nullable Object element) {
		if (element instanceof ArticleRef ref) {
			return column.text(ref);
		}
		if (element instanceof GroupHeader header && column == Column.TITLE) {
			String value = header.value() != null ? header.value()
					: header.grouping() == Grouping.ORIGINAL ? Messages.Group_noCopies : Messages.Group_other;
			return header.grouping().label() + ": " + value + " (" + header.count() + ')'; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return ""; //$NON-NLS-1$
	}

	/**
	 * Keeps the cell's text on its item although {@link #paint} draws it: screen readers read an item's text (GTK's
	 * accessibility reads the cell's, and {@link AccessibleRows} names a row by it), and an owner-drawn cell would
	 * otherwise have none. {@link #erase} stops the table drawing it a second time.
	 */
	@Override
	public void update(ViewerCell cell) {
		String text = textOf(cell.getElement());
		if (!text.equals(cell.getText())) {
			cell.setText(text);
		}
		super.update(cell);
	}

	@Override
	protected void measure(@Nullable Event event, @Nullable Object element) {
		// The row height of the table's font is right for one line; nothing to measure.
	}

	@Override
	protected void erase(@Nullable Event event, @Nullable Object element) {
		// Let the table draw selection and hover backgrounds, but not the text it holds for screen readers: paint
		// draws it, in its own direction.
		event.detail &= ~SWT.FOREGROUND;
		// The cell's bounds, for paint (which comes next for the same cell): asking the item for them measures the
		// row's cells again on GTK, most of the cost of painting a row.
		erased = event.item;
		erasedColumn = event.index;
		erasedBounds = new Rectangle(event.x, event.y, event.width, event.height);
	}

	@Override
	protected void paint(@Nullable Event event, @Nullable Object element) {
		String text = textOf(element);
		if (text.isEmpty()) {
			return;
		}
		TableItem item = (TableItem) event.item;
		Table table = item.getParent();
		Rectangle cell = erased == item && erasedColumn == event.index ? erasedBounds : item.getBounds(event.index);
		GC gc = event.gc;
		if (layout == null || layout.isDisposed()) {
			// One layout for every cell of the column, set up again for each (creating one per cell shows when
			// scrolling); disposed with the column.
			layout = new TextLayout(event.display);
		}
		boolean rtl = BidiText.isRightToLeft(text);
		layout.setOrientation(rtl ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT);
		layout.setText(text);
		layout.setFont(element instanceof GroupHeader ? bold : table.getFont());
		Rectangle bounds = layout.getBounds();
		boolean tableRtl = (table.getStyle() & SWT.RIGHT_TO_LEFT) != 0;
		int x = textX(cell, bounds.width, rtl, tableRtl);
		int y = cell.y + Math.max(0, (cell.height - bounds.height) / 2);
		Rectangle clip = gc.getClipping();
		gc.setClipping(cell.intersection(clip));
		gc.setForeground(table.getDisplay().getSystemColor(
				(event.detail & SWT.SELECTED) != 0 && table.isFocusControl() ? SWT.COLOR_LIST_SELECTION_TEXT
						: SWT.COLOR_LIST_FOREGROUND));
		layout.draw(gc, x, y);
		gc.setClipping(clip);
	}

	@Override
	public void dispose() {
		if (layout != null) {
			layout.dispose();
			layout = null;
		}
		super.dispose();
	}

	/**
	 * Where a text starts in its cell, in the table's (GC's) coordinates: at the cell's leading edge when the text
	 * runs the table's way, else at its trailing edge. In a mirrored table the GC is mirrored too, so "x" is
	 * measured from the right: an Arabic title then starts at the cell's right edge on screen, an Italian one at its
	 * left edge.
	 */
	static int textX(Rectangle cell, int textWidth, boolean textRtl, boolean tableRtl) {
		return textRtl == tableRtl ? cell.x + MARGIN : cell.x + cell.width - textWidth - MARGIN;
	}

	@Override
	public @Nullable String getToolTipText(Object element) {
		String passage = element instanceof ArticleRef ref ? passages.apply(ref) : null;
		if (passage != null && !passage.isEmpty()) {
			return Snippets.parse(passage).text();
		}
		return null;
	}
}
