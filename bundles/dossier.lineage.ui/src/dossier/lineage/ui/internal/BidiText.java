// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;

/**
 * Draws one line in its own direction: an Arabic title is laid out right to left and right-aligned in its box, so
 * it reads from the box's right edge as an Arabic reader expects; a Latin one left to right, left-aligned. A line
 * wider than its box is cut at the end it was read towards.
 */
final class BidiText {

	private BidiText() {
	}

	/** Whether the first strong character of {@code text} is right to left (Arabic, Hebrew, Syriac, Thaana...). */
	static boolean isRightToLeft(String text) {
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			byte direction = Character.getDirectionality(cp);
			if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
					|| direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
				return true;
			}
			if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
				return false;
			}
		}
		return false;
	}

	/** Draws {@code text} in the box at {@code (x, y)} of {@code width}, in its own direction. */
	static void draw(GC gc, String text, int x, int y, int width) {
		TextLayout layout = new TextLayout(gc.getDevice());
		try {
			layout.setFont(gc.getFont());
			layout.setText(text);
			boolean rtl = isRightToLeft(text);
			layout.setOrientation(rtl ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT);
			Rectangle bounds = layout.getBounds();
			Rectangle clip = gc.getClipping();
			gc.setClipping(clip.intersection(new Rectangle(x, y, width, bounds.height)));
			layout.draw(gc, rtl ? x + width - bounds.width : x, y);
			gc.setClipping(clip);
		} finally {
			layout.dispose();
		}
	}
}
