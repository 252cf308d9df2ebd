// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.ScrollBar;

import dossier.lineage.ParagraphAlignment;
import dossier.lineage.ParagraphAlignment.Pair;

/**
 * Keeps the two panes of the side-by-side editor together. Paired paragraphs start level: space is added above the
 * one that would start higher (a line's vertical indent, for layout only: the texts and their offsets are
 * untouched), again whenever the panes' widths change the wrapping. Scrolling one pane scrolls the other: the paired
 * paragraphs' tops are anchors, and a position between two anchors is carried over in proportion (level pairs scroll
 * as one; beyond {@link #MAX_LEVELLED} pairs, or while a pane is too narrow, unequal runs scroll past smoothly). Putting the caret in a paragraph (a click, the arrow keys) highlights it and its partner, and brings the
 * partner level with it.
 */
final class SideBySideSync {

	/** Pairs levelled at most: each indent lays the text out again below it. */
	static final int MAX_LEVELLED = 400;

	private final SideBySidePane original;
	private final SideBySidePane copy;
	private final Consumer<Pair> selected;
	private @Nullable ParagraphAlignment alignment;
	private boolean syncing;
	private int lastTopOriginal = -1;
	private int lastTopCopy = -1;
	private boolean levelPending;

	SideBySideSync(SideBySidePane original, SideBySidePane copy, Consumer<Pair> selected) {
		this.original = original;
		this.copy = copy;
		this.selected = selected;
		hook(original, true);
		hook(copy, false);
	}

	private void hook(SideBySidePane pane, boolean isOriginal) {
		StyledText text = pane.text();
		ScrollBar bar = text.getVerticalBar();
		if (bar != null) {
			bar.addListener(SWT.Selection, event -> scrolled(isOriginal));
		}
		// Keys, the wheel and programmatic scrolling move the text without a scroll bar event; each repaints.
		text.addListener(SWT.Paint, event -> scrolled(isOriginal));
		text.addCaretListener(event -> caretMoved(isOriginal));
		text.addListener(SWT.Resize, event -> levelLater());
	}

	/** Aligns the panes by {@code value} (null: nothing to keep together). */
	void setAlignment(@Nullable ParagraphAlignment value) {
		alignment = value;
		level();
		lastTopOriginal = original.text().getTopPixel();
		lastTopCopy = copy.text().getTopPixel();
	}

	/** Levels the pairs once the panes' sizes settle (a resize comes in bursts). */
	private void levelLater() {
		if (levelPending || original.text().isDisposed()) {
			return;
		}
		levelPending = true;
		original.text().getDisplay().asyncExec(() -> {
			levelPending = false;
			if (!original.text().isDisposed()) {
				level();
			}
		});
	}

	/** Adds space above the higher paragraph of each pair, in reading order, so that every pair starts level. */
	void level() {
		StyledText left = original.text();
		StyledText right = copy.text();
		left.setRedraw(false);
		right.setRedraw(false);
		try {
			clearIndents(left);
			clearIndents(right);
			ParagraphAlignment shown = alignment;
			if (shown == null) {
				return;
			}
			int levelled = 0;
			for (Pair pair : shown.pairs()) {
				if (!pair.paired() || levelled++ >= MAX_LEVELLED) {
					continue;
				}
				int lineA = original.lineOf(pair.original());
				int lineB = copy.lineOf(pair.copy());
				int a = original.paragraphTop(pair.original());
				int b = copy.paragraphTop(pair.copy());
				if (a < b) {
					left.setLineVerticalIndent(lineA, left.getLineVerticalIndent(lineA) + b - a);
				} else if (b < a) {
					right.setLineVerticalIndent(lineB, right.getLineVerticalIndent(lineB) + a - b);
				}
			}
		} finally {
			left.setRedraw(true);
			right.setRedraw(true);
		}
		lastTopOriginal = left.getTopPixel();
		lastTopCopy = right.getTopPixel();
	}

	private static void clearIndents(StyledText text) {
		for (int line = 0; line < text.getLineCount(); line++) {
			if (text.getLineVerticalIndent(line) != 0) {
				text.setLineVerticalIndent(line, 0);
			}
		}
	}

	/** Selects paragraph {@code index} of one side, as the caret put there does. */
	void select(boolean inOriginal, int index) {
		(inOriginal ? original : copy).moveCaretTo(index);
		caretMoved(inOriginal);
	}

	private void caretMoved(boolean inOriginal) {
		ParagraphAlignment shown = alignment;
		if (shown == null || syncing) {
			return;
		}
		SideBySidePane from = inOriginal ? original : copy;
		SideBySidePane to = inOriginal ? copy : original;
		int paragraph = from.paragraphAtCaret();
		if (paragraph < 0) {
			return;
		}
		Pair pair = inOriginal ? shown.ofOriginal(paragraph) : shown.ofCopy(paragraph);
		int partner = inOriginal ? pair.copy() : pair.original();
		from.highlight(paragraph);
		to.highlight(partner);
		if (partner >= 0) {
			// the partner level with the paragraph chosen
			int y = from.paragraphTop(paragraph) - from.text().getTopPixel();
			setTop(!inOriginal, to.paragraphTop(partner) - y);
		}
		// Where both stand now is chosen: the repaint that follows (the caret may have scrolled its pane) carries
		// nothing over.
		lastTopOriginal = original.text().getTopPixel();
		lastTopCopy = copy.text().getTopPixel();
		selected.accept(pair);
	}

	private void scrolled(boolean inOriginal) {
		if (syncing || alignment == null) {
			return;
		}
		StyledText source = (inOriginal ? original : copy).text();
		int top = source.getTopPixel();
		if (top == (inOriginal ? lastTopOriginal : lastTopCopy)) {
			return;
		}
		if (inOriginal) {
			lastTopOriginal = top;
		} else {
			lastTopCopy = top;
		}
		setTop(!inOriginal, carry(inOriginal, top));
	}

	/** Where the other pane's top goes when this side's top is at {@code top}: between the anchors around it. */
	private int carry(boolean fromOriginal, int top) {
		List<int[]> anchors = anchors();
		int from = fromOriginal ? 0 : 1;
		int to = 1 - from;
		for (int k = 1; k < anchors.size(); k++) {
			int[] before = anchors.get(k - 1);
			int[] after = anchors.get(k);
			if (top < after[from] || k == anchors.size() - 1) {
				int span = Math.max(1, after[from] - before[from]);
				double share = Math.max(0, Math.min(1, (top - before[from]) / (double) span));
				return (int) Math.round(before[to] + share * (after[to] - before[to]));
			}
		}
		return top;
	}

	/** The paired paragraphs' tops in both panes (pixels from each text's start), with both starts and both ends. */
	private List<int[]> anchors() {
		List<int[]> anchors = new ArrayList<>();
		anchors.add(new int[] { 0, 0 });
		ParagraphAlignment shown = alignment;
		StyledText left = original.text();
		StyledText right = copy.text();
		if (shown != null) {
			for (Pair pair : shown.pairs()) {
				if (pair.paired()) {
					int a = original.paragraphTop(pair.original());
					int b = copy.paragraphTop(pair.copy());
					int[] last = anchors.get(anchors.size() - 1);
					if (a >= last[0] && b >= last[1]) {
						anchors.add(new int[] { a, b });
					}
				}
			}
		}
		anchors.add(new int[] { Math.max(anchors.get(anchors.size() - 1)[0] + 1, height(left)),
				Math.max(anchors.get(anchors.size() - 1)[1] + 1, height(right)) });
		return anchors;
	}

	/** The whole text's height, in pixels. */
	private static int height(StyledText text) {
		int last = text.getLineCount() - 1;
		return text.getTopPixel() + text.getLinePixel(last) + text.getLineHeight(text.getOffsetAtLine(last));
	}

	private void setTop(boolean ofOriginal, int pixel) {
		StyledText target = (ofOriginal ? original : copy).text();
		syncing = true;
		try {
			target.setTopPixel(Math.max(0, pixel));
			if (ofOriginal) {
				lastTopOriginal = target.getTopPixel();
			} else {
				lastTopCopy = target.getTopPixel();
			}
		} finally {
			syncing = false;
		}
	}
}
