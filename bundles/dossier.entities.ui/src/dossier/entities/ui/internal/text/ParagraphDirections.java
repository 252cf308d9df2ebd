// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.text;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BidiSegmentEvent;
import org.eclipse.swt.custom.BidiSegmentListener;
import org.eclipse.swt.custom.StyledText;

import dossier.core.model.TextDirection;

/**
 * Gives each paragraph (line) of a left-to-right {@link StyledText} its own base direction: a right-to-left
 * paragraph is laid out inside a right-to-left embedding (U+202B … U+202C, inserted by the widget for layout
 * only, so offsets are untouched) and aligned right. Punctuation and numbers at a paragraph's ends then sit
 * where an Arabic reader expects them.
 */
public final class ParagraphDirections implements BidiSegmentListener {

	private static final char RLE = '\u202B';
	private static final char PDF = '\u202C';

	private final StyledText widget;
	private final TextDirection fallback;

	private ParagraphDirections(StyledText widget, TextDirection fallback) {
		this.widget = widget;
		this.fallback = fallback;
	}

	/** Installs on {@code widget}; call {@link #apply(StyledText, TextDirection)} again after its text changes. */
	public static void install(StyledText widget, TextDirection fallback) {
		widget.setOrientation(SWT.LEFT_TO_RIGHT);
		ParagraphDirections listener = new ParagraphDirections(widget, fallback);
		widget.addBidiSegmentListener(listener);
		widget.setData(ParagraphDirections.class.getName(), listener);
		apply(widget, fallback);
	}

	/**
	 * Aligns right-to-left lines right (a fresh text is all left-aligned). Word wrap is off meanwhile: each
	 * {@link StyledText#setLineAlignment} call measures the pixel position of the lines it changes, which with
	 * wrapping means laying out every line above them (the whole article, once per run of lines); unwrapped lines
	 * have a fixed height, so aligning costs no layout at all and wrapping later lays out only what is shown.
	 */
	public static void apply(StyledText widget, TextDirection fallback) {
		int lines = widget.getLineCount();
		boolean wrap = widget.getWordWrap();
		widget.setRedraw(false);
		if (wrap) {
			widget.setWordWrap(false);
		}
		try {
			// runs of right-to-left lines in one call each: a large article aligns in a few calls
			int line = 0;
			while (line < lines) {
				if (directionOf(widget.getLine(line), fallback) != TextDirection.RTL) {
					line++;
					continue;
				}
				int first = line;
				while (line < lines && directionOf(widget.getLine(line), fallback) == TextDirection.RTL) {
					line++;
				}
				widget.setLineAlignment(first, line - first, SWT.RIGHT);
			}
		} finally {
			if (wrap) {
				widget.setWordWrap(true);
			}
			widget.setRedraw(true);
		}
	}

	/** The direction of a paragraph: its first strong character's, else {@code fallback}. */
	public static TextDirection directionOf(String paragraph, TextDirection fallback) {
		return TextDirection.firstStrong(paragraph, fallback);
	}

	@Override
	public void lineGetSegments(BidiSegmentEvent event) {
		if (!event.lineText.isEmpty() && directionOf(event.lineText, fallback) == TextDirection.RTL) {
			event.segments = new int[] { 0, event.lineText.length() };
			event.segmentsChars = new char[] { RLE, PDF };
		}
	}

	public StyledText widget() {
		return widget;
	}
}
