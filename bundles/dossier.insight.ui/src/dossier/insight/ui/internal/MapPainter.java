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
 * neutral grey), their borders, and a dot per town or city; what the pointer is over outlined. The colours are
 * {@link Ink}'s: the theme's on screen, {@link Ink#PAPER} in exports and in the SVG ({@link MapSvg}).
 */
final class MapPainter {

	static final RGB DOT = new RGB(0xe1, 0x57, 0x59);

	private MapPainter() {
	}

	/** Paints {@code layout} into {@code area} in {@code ink}; {@code hovered} (a country or a dot) is outlined. */
	static void paint(GC gc, Ink ink, MapLayout layout, Rectangle area, @Nullable Object hovered) {
		gc.setAntialias(SWT.ON);
		gc.setBackground(new Color(ink.sea()));
		gc.fillRectangle(area);
		int[] frame = layout.frame();
		gc.setClipping(frame[0], frame[1], frame[2] + 1, frame[3] + 1);
		gc.setForeground(new Color(ink.border()));
		gc.setLineWidth(1);
		for (CountryShape shape : layout.countries()) {
			gc.setBackground(new Color(ink.fill(layout.shade(shape.articles()))));
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
		gc.setForeground(new Color(ink.background()));
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
