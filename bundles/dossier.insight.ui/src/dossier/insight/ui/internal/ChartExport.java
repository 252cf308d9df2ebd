// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * How a chart is exported ({@link ChartPart#export}), the same for every chart: {@code csv} is its data; {@code svg}
 * and {@code png} lay it out in the export's area and write that layout as SVG or paint it on paper into a PNG
 * ({@link ChartImages}). The layout is made only for the formats that draw it.
 *
 * @param <T> what the chart shows (a computed result, or the layout already drawn)
 * @param <L> its layout in an area
 * @param csv the data as CSV
 * @param layout the layout of what is shown in an area
 * @param svg the layout written as an SVG document of a width and height
 * @param painter the layout painted into an area of an image
 */
record ChartExport<T, L>(Function<T, String> csv, BiFunction<T, Rectangle, L> layout, Svg<L> svg,
		Painter<L> painter) {

	/** Writes a chart's layout as an SVG document. */
	@FunctionalInterface
	interface Svg<L> {
		String of(L layout, int width, int height);
	}

	/** Paints a chart's layout into an area (for export: on {@link Ink#PAPER}, nothing hovered). */
	@FunctionalInterface
	interface Painter<L> {
		void paint(GC gc, L layout, Rectangle area);
	}

	/**
	 * {@code shown} in {@code format}: {@code csv}, {@code svg}, otherwise a PNG of {@code area}'s size.
	 *
	 * @return null when nothing is shown yet
	 */
	byte @Nullable [] export(@Nullable T shown, String format, Display display, Rectangle area) {
		if (shown == null) {
			return null;
		}
		if ("csv".equals(format)) { //$NON-NLS-1$
			return csv.apply(shown).getBytes(StandardCharsets.UTF_8);
		}
		L laidOut = layout.apply(shown, area);
		if ("svg".equals(format)) { //$NON-NLS-1$
			return svg.of(laidOut, area.width, area.height).getBytes(StandardCharsets.UTF_8);
		}
		return ChartImages.png(display, area.width, area.height, gc -> painter.paint(gc, laidOut, area));
	}
}
