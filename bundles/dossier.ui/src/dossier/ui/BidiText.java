// SPDX-License-Identifier: EPL-2.0
package dossier.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;

import dossier.core.model.TextDirection;

/**
 * Draws a label in its own direction, for the views that paint their own text (the Timeline, the Corpus Overview's
 * charts, the Lineage view's graph): an Arabic title, publisher or entity name is laid out right to left (so a
 * trailing number or bracket lands where an Arabic reader expects it) and right-aligned within its box; Latin ones
 * left to right, left-aligned. Pango shapes the letters either way.
 */
public final class BidiText {

	private BidiText() {
	}

	/** Whether the first strong character of {@code text} is right to left (Arabic, Hebrew, Syriac, Thaana...). */
	public static boolean isRightToLeft(String text) {
		return TextDirection.firstStrong(text) == TextDirection.RTL;
	}

	/**
	 * Draws {@code text} in the box at {@code (x, y)} of {@code width}, in its own direction; returns its size.
	 *
	 * @param aligned whether a right-to-left text is aligned to the box's right edge (a column of names); else
	 *        it starts at {@code x} when it fits (a legend, where the next item follows it)
	 */
	public static Point draw(GC gc, String text, int x, int y, int width, boolean aligned) {
		TextLayout layout = new TextLayout(gc.getDevice());
		try {
			layout.setFont(gc.getFont());
			layout.setText(text);
			boolean rtl = isRightToLeft(text);
			layout.setOrientation(rtl ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT);
			Rectangle bounds = layout.getBounds();
			// One line, cut at the box's edge (the start of the name stays visible in either direction).
			Rectangle clip = gc.getClipping();
			gc.setClipping(clip.intersection(new Rectangle(x, y, width, bounds.height)));
			layout.draw(gc, rtl && (aligned || bounds.width > width) ? x + width - bounds.width : x, y);
			gc.setClipping(clip);
			return new Point(Math.min(width, bounds.width), bounds.height);
		} finally {
			layout.dispose();
		}
	}
}
