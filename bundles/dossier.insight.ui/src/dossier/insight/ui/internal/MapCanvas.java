// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dossier.insight.Geography;
import dossier.insight.PlaceMap;
import dossier.insight.ui.internal.MapLayout.CountryShape;
import dossier.insight.ui.internal.MapLayout.Dot;

/**
 * The map drawn on a canvas. Hovering a town or a country shows its articles in the tooltip and outlines it; a
 * click hands it to {@code onClick} (a {@link Dot} or a {@link CountryShape}). Only paints: everything it shows
 * was computed before.
 */
final class MapCanvas {

	private final Canvas canvas;
	private final Consumer<Object> onClick;
	private @Nullable PlaceMap map;
	private @Nullable MapLayout layout;
	private @Nullable Object hovered;

	MapCanvas(Composite parent, Consumer<Object> onClick) {
		this.onClick = onClick;
		canvas = Ink.grounded(new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND));
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, event -> {
			layout = null;
			canvas.redraw();
		});
		canvas.addListener(SWT.MouseMove, event -> hover(at(event.x, event.y)));
		canvas.addListener(SWT.MouseExit, event -> hover(null));
		canvas.addListener(SWT.MouseUp, this::mouseUp);
	}

	Canvas control() {
		return canvas;
	}

	void show(@Nullable PlaceMap value) {
		map = value;
		layout = null;
		hovered = null;
		canvas.setToolTipText(null);
		canvas.redraw();
	}

	/** The layout for the canvas's current size; null before a map is shown. */
	@Nullable MapLayout layout() {
		PlaceMap shown = map;
		if (shown == null) {
			return null;
		}
		MapLayout known = layout;
		if (known == null) {
			Rectangle area = canvas.getClientArea();
			// The geography was read by the MapJob that computed the map shown: here it is only looked up.
			known = new MapLayout(shown, Geography.get().countries().values(), area.width, area.height);
			layout = known;
		}
		return known;
	}

	/** The dot, else the country, at {@code (x, y)}; null over the sea or before a map is shown. */
	@Nullable Object at(int x, int y) {
		MapLayout current = layout();
		if (current == null) {
			return null;
		}
		Dot dot = current.dotAt(x, y);
		return dot != null ? dot : current.countryAt(x, y);
	}

	private void hover(@Nullable Object over) {
		if (over == hovered || over != null && over.equals(hovered)) {
			return;
		}
		hovered = over;
		canvas.setToolTipText(over == null ? null : tooltip(over));
		canvas.redraw();
	}

	static String tooltip(Object over) {
		if (over instanceof Dot dot) {
			return dot.point().place().label() + ": " + Labels.count(dot.point().articles(), false); //$NON-NLS-1$
		}
		CountryShape shape = (CountryShape) over;
		return shape.country().name() + ": " + Labels.count(shape.articles(), false); //$NON-NLS-1$
	}

	private void mouseUp(Event event) {
		if (event.button == 1) {
			Object over = at(event.x, event.y);
			if (over != null) {
				onClick.accept(over);
			}
		}
	}

	private void paint(Event event) {
		Rectangle area = canvas.getClientArea();
		MapLayout current = layout();
		if (current == null) {
			event.gc.setBackground(canvas.getBackground());
			event.gc.fillRectangle(area);
			return;
		}
		MapPainter.paint(event.gc, Ink.of(canvas), current, area, hovered);
	}
}
