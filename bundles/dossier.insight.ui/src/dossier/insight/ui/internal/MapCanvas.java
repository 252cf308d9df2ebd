// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

import dossier.insight.Geography;
import dossier.insight.PlaceMap;
import dossier.insight.ui.internal.MapLayout.CountryShape;
import dossier.insight.ui.internal.MapLayout.Dot;

/**
 * The map drawn on a canvas. Hovering a town or a country shows its articles in the tooltip and outlines it; a
 * click hands it to {@code onClick} (a {@link Dot} or a {@link CountryShape}).
 */
final class MapCanvas extends ChartCanvas<PlaceMap, MapLayout, Object> {

	private final Consumer<Object> onClick;

	MapCanvas(Composite parent, Consumer<Object> onClick) {
		super(parent);
		this.onClick = onClick;
	}

	@Override
	MapLayout layOut(PlaceMap shown, int width, int height) {
		// The geography was read by the MapJob that computed the map shown: here it is only looked up.
		return new MapLayout(shown, Geography.get().countries().values(), width, height);
	}

	/** The dot, else the country, at {@code (x, y)}; null over the sea. */
	@Override
	@Nullable Object itemAt(MapLayout current, int x, int y) {
		Dot dot = current.dotAt(x, y);
		return dot != null ? dot : current.countryAt(x, y);
	}

	@Override
	String tooltipOf(Object over) {
		return tooltip(over);
	}

	/** What the tooltip says of a town's dot or a country. */
	static String tooltip(Object over) {
		if (over instanceof Dot dot) {
			return dot.point().place().label() + ": " + Labels.count(dot.point().articles(), false); //$NON-NLS-1$
		}
		CountryShape shape = (CountryShape) over;
		return shape.country().name() + ": " + Labels.count(shape.articles(), false); //$NON-NLS-1$
	}

	@Override
	void paint(GC gc, Ink ink, MapLayout current, Rectangle area) {
		MapPainter.paint(gc, ink, current, area, hovered());
	}

	@Override
	void clicked(@Nullable Object item) {
		if (item != null) {
			onClick.accept(item);
		}
	}
}
