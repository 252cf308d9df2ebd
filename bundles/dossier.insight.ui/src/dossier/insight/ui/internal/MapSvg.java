// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import dossier.insight.ui.internal.MapLayout.CountryShape;
import dossier.insight.ui.internal.MapLayout.Dot;

/**
 * The map as SVG 1.1, from the same {@link MapLayout} the canvas paints: a path per country (its name and articles
 * as its title, which viewers show on hover) and a circle per town or city.
 */
final class MapSvg {

	private MapSvg() {
	}

	static String of(MapLayout layout, int width, int height) {
		StringBuilder svg = new StringBuilder();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width) //$NON-NLS-1$
				.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
				.append(height).append("\">\n"); //$NON-NLS-1$
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(Palette.hex(Ink.PAPER.sea())).append("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		int[] frame = layout.frame();
		svg.append("<clipPath id=\"map\"><rect x=\"").append(frame[0]).append("\" y=\"").append(frame[1]) //$NON-NLS-1$ //$NON-NLS-2$
				.append("\" width=\"").append(frame[2] + 1).append("\" height=\"").append(frame[3] + 1) //$NON-NLS-1$ //$NON-NLS-2$
				.append("\"/></clipPath>\n<g clip-path=\"url(#map)\">\n"); //$NON-NLS-1$
		for (CountryShape shape : layout.countries()) {
			if (shape.polygons().isEmpty()) {
				continue;
			}
			svg.append("<path fill=\"").append(Palette.hex(Ink.PAPER.fill(layout.shade(shape.articles())))) //$NON-NLS-1$
					.append("\" stroke=\"").append(Palette.hex(Ink.PAPER.border())).append("\" stroke-width=\"0.5\" d=\""); //$NON-NLS-1$ //$NON-NLS-2$
			for (int[] polygon : shape.polygons()) {
				for (int i = 0; i < polygon.length; i += 2) {
					svg.append(i == 0 ? 'M' : 'L').append(polygon[i]).append(' ').append(polygon[i + 1]);
				}
				svg.append('Z');
			}
			svg.append("\"><title>").append(escape(title(shape.country().name(), shape.articles()))) //$NON-NLS-1$
					.append("</title></path>\n"); //$NON-NLS-1$
		}
		for (Dot dot : layout.dots()) {
			svg.append("<circle cx=\"").append(dot.x()).append("\" cy=\"").append(dot.y()).append("\" r=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(dot.radius()).append("\" fill=\"").append(Palette.hex(MapPainter.DOT)) //$NON-NLS-1$
					.append("\" fill-opacity=\"0.8\" stroke=\"#ffffff\"><title>") //$NON-NLS-1$
					.append(escape(title(dot.point().place().label(), dot.point().articles())))
					.append("</title></circle>\n"); //$NON-NLS-1$
		}
		svg.append("</g>\n</svg>\n"); //$NON-NLS-1$
		return svg.toString();
	}

	private static String title(String name, int articles) {
		return name + ": " + Labels.count(articles, false); //$NON-NLS-1$
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}
}
