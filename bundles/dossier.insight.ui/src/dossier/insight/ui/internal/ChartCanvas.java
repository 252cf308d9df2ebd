// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * A computed chart drawn on a canvas: the data shown, its layout for the canvas's size (made again when the canvas
 * is resized, or when the subclass changes what it lays out: the timeline's zoom), the item under the pointer
 * outlined and told in the tooltip, and a click handed to the subclass. Painted double-buffered, the background
 * filled until there is something to show. Only paints: everything it shows was computed before, in the view's job.
 *
 * @param <D> the data shown (a place map, a network, a timeline)
 * @param <L> its layout for one size
 * @param <I> an item of the layout that the pointer can be over
 */
abstract class ChartCanvas<D, L, I> {

	private final Canvas canvas;
	private @Nullable D data;
	private @Nullable L layout;
	private @Nullable I hovered;

	ChartCanvas(Composite parent) {
		canvas = Ink.grounded(new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND));
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, event -> {
			layout = null;
			canvas.redraw();
		});
		canvas.addListener(SWT.MouseMove, event -> hover(at(event.x, event.y)));
		canvas.addListener(SWT.MouseExit, event -> hover(null));
		canvas.addListener(SWT.MouseUp, event -> {
			if (event.button == 1) {
				clicked(at(event.x, event.y));
			}
		});
	}

	final Canvas control() {
		return canvas;
	}

	/** Shows {@code value} (null: nothing), its layout made when first painted. */
	void show(@Nullable D value) {
		data = value;
		layout = null;
		hovered = null;
		canvas.setToolTipText(null);
		canvas.redraw();
	}

	/** What is shown; null for nothing. */
	final @Nullable D shown() {
		return data;
	}

	/** The layout for the canvas's current size; null before anything is shown. */
	final @Nullable L layout() {
		D shown = data;
		if (shown == null) {
			return null;
		}
		L known = layout;
		if (known == null) {
			Rectangle area = canvas.getClientArea();
			known = layOut(shown, area.width, area.height);
			layout = known;
		}
		return known;
	}

	/** The item at {@code (x, y)}; null where there is none or before anything is shown. */
	final @Nullable I at(int x, int y) {
		L current = layout();
		return current == null ? null : itemAt(current, x, y);
	}

	/** The item under the pointer, or null. */
	final @Nullable I hovered() {
		return hovered;
	}

	final void redraw() {
		canvas.redraw();
	}

	/** Makes the layout again when next painted (what the subclass lays out changed) and repaints. */
	final void layOutAgain() {
		layout = null;
		canvas.redraw();
	}

	private void hover(@Nullable I over) {
		if (Objects.equals(over, hovered)) {
			return;
		}
		hovered = over;
		canvas.setToolTipText(over == null ? null : tooltipOf(over));
		canvas.redraw();
	}

	private void paint(Event event) {
		Rectangle area = canvas.getClientArea();
		L current = layout();
		if (current == null) {
			event.gc.setBackground(canvas.getBackground());
			event.gc.fillRectangle(area);
			return;
		}
		paint(event.gc, Ink.of(canvas), current, area);
	}

	/** The layout of {@code shown} in {@code width} × {@code height} pixels. */
	abstract L layOut(D shown, int width, int height);

	/** The item of {@code current} at {@code (x, y)}, or null. */
	abstract @Nullable I itemAt(L current, int x, int y);

	/** What the tooltip says of {@code item}. */
	abstract String tooltipOf(I item);

	/** Draws {@code current} in {@code area}, the hovered item outlined. */
	abstract void paint(GC gc, Ink ink, L current, Rectangle area);

	/** A click with the first button, on {@code item} or beside every item (null). */
	abstract void clicked(@Nullable I item);
}
