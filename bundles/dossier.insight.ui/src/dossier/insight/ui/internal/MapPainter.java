// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import dossier.insight.ui.internal.MapLayout.CountryShape;
import dossier.insight.ui.internal.MapLayout.Dot;

/**
 * Paints a {@link MapLayout}: the sea, the countries shaded by their articles (a sequential blue scale, none in a
 * neutral grey), their borders, and a dot per town or city; what the pointer is over outlined. The same colours
 * make the SVG ({@link MapSvg}).
 */
final class MapPainter {

	static final RGB SEA = new RGB(0xf3, 0xf6, 0xf9);
	static final RGB LAND = new RGB(0xe4, 0xe2, 0xdc);
	static final RGB BORDER = new RGB(0xa8, 0xa8, 0xa8);
	static final RGB DOT = new RGB(0xe1, 0x57, 0x59);
	static final RGB DOT_EDGE = new RGB(0xff, 0xff, 0xff);
	private static final RGB LIGHT = new RGB(0xd6, 0xe6, 0xf4);
	private static final RGB DARK = new RGB(0x1f, 0x4e, 0x86);

	private MapPainter() {
	}

	/** The fill of a country of {@code shade} (0 none, 1 the most covered). */
	static RGB fill(double shade) {
		if (shade <= 0) {
			return LAND;
		}
		return new RGB(mix(LIGHT.red, DARK.red, shade), mix(LIGHT.green, DARK.green, shade),
				mix(LIGHT.blue, DARK.blue, shade));
	}

	private static int mix(int from, int to, double share) {
		return (int) Math.round(from + (to - from) * Math.min(1, share));
	}

	/** Paints {@code layout} into {@code area}; {@code hovered} (a country or a dot) is outlined. */
	static void paint(GC gc, MapLayout layout, Rectangle area, @Nullable Object hovered) {
		gc.setAntialias(SWT.ON);
		gc.setBackground(new Color(SEA));
		gc.fillRectangle(area);
		int[] frame = layout.frame();
		gc.setClipping(frame[0], frame[1], frame[2] + 1, frame[3] + 1);
		gc.setForeground(new Color(BORDER));
		gc.setLineWidth(1);
		for (CountryShape shape : layout.countries()) {
			gc.setBackground(new Color(fill(layout.shade(shape.articles()))));
			for (int[] polygon : shape.polygons()) {
				gc.fillPolygon(polygon);
				gc.drawPolygon(polygon);
			}
		}
		if (hovered instanceof CountryShape shape) {
			gc.setForeground(new Color(Palette.BRUSH));
			gc.setLineWidth(2);
			for (int[] polygon : shape.polygons()) {
				gc.drawPolygon(polygon);
			}
		}
		gc.setLineWidth(1);
		gc.setForeground(new Color(DOT_EDGE));
		for (Dot dot : layout.dots()) {
			gc.setBackground(new Color(DOT));
			gc.setAlpha(200);
			gc.fillOval(dot.x() - dot.radius(), dot.y() - dot.radius(), 2 * dot.radius(), 2 * dot.radius());
			gc.setAlpha(255);
			gc.drawOval(dot.x() - dot.radius(), dot.y() - dot.radius(), 2 * dot.radius(), 2 * dot.radius());
		}
		if (hovered instanceof Dot dot) {
			gc.setForeground(new Color(Palette.BRUSH));
			gc.setLineWidth(2);
			gc.drawOval(dot.x() - dot.radius() - 1, dot.y() - dot.radius() - 1, 2 * dot.radius() + 2,
					2 * dot.radius() + 2);
		}
		gc.setClipping((Rectangle) null);
	}
}
