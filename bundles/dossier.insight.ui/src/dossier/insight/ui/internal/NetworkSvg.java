// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.swt.graphics.Rectangle;

import dossier.insight.NetworkLink;
import dossier.insight.ui.internal.NetworkLayout.Disc;
import dossier.ui.BidiText;

/**
 * The entity network as SVG 1.1, from the same {@link NetworkLayout} the canvas paints: a line per link, a circle
 * per entity (its tooltip as its title, which viewers show on hover) and the labels of the most mentioned; an Arabic
 * label carries {@code direction="rtl"} and runs from beside its disc, as on the canvas.
 */
final class NetworkSvg {

	private NetworkSvg() {
	}

	static String of(NetworkLayout layout, int width, int height) {
		StringBuilder svg = new StringBuilder();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width) //$NON-NLS-1$
				.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
				.append(height).append("\" font-family=\"sans-serif\" font-size=\"11\">\n"); //$NON-NLS-1$
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(Palette.hex(Ink.PAPER.background())) //$NON-NLS-1$
				.append("\"/>\n<g stroke=\"").append(Palette.hex(Ink.PAPER.link())).append("\" stroke-linecap=\"round\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (NetworkLink link : layout.network().links()) {
			Disc a = layout.discs().get(link.a());
			Disc b = layout.discs().get(link.b());
			svg.append("<line x1=\"").append(a.x()).append("\" y1=\"").append(a.y()).append("\" x2=\"").append(b.x()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append("\" y2=\"").append(b.y()).append("\" stroke-width=\"").append(layout.width(link)) //$NON-NLS-1$ //$NON-NLS-2$
					.append("\"><title>").append(escape(a.node().entity().label() + " – " + b.node().entity().label() //$NON-NLS-1$ //$NON-NLS-2$
							+ ": " + Labels.count(link.weight(), false))) //$NON-NLS-1$
					.append("</title></line>\n"); //$NON-NLS-1$
		}
		svg.append("</g>\n"); //$NON-NLS-1$
		for (int i = layout.discs().size() - 1; i >= 0; i--) {
			Disc disc = layout.discs().get(i);
			svg.append("<circle cx=\"").append(disc.x()).append("\" cy=\"").append(disc.y()).append("\" r=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(disc.radius()).append("\" fill=\"").append(Palette.hex(NetworkPalette.of(disc.node().entity().type()))) //$NON-NLS-1$
					.append("\" stroke=\"#ffffff\"><title>").append(escape(NetworkCanvas.tooltip(disc.node()))) //$NON-NLS-1$
					.append("</title></circle>\n"); //$NON-NLS-1$
		}
		// As on the canvas, the most mentioned first and none over another (widths estimated: no font here).
		List<Rectangle> taken = new ArrayList<>();
		for (int i : new TreeSet<>(layout.labelled(-1))) {
			Disc disc = layout.discs().get(i);
			String label = disc.node().entity().label();
			Rectangle box = new Rectangle(disc.x() + disc.radius() + 3, disc.y() - 7,
					Math.min(NetworkLayout.LABEL_ROOM, 7 * label.length()), 14);
			if (taken.stream().anyMatch(box::intersects)) {
				continue;
			}
			taken.add(box);
			boolean rtl = BidiText.isRightToLeft(label);
			svg.append("<text x=\"").append(disc.x() + disc.radius() + 3).append("\" y=\"").append(disc.y() + 4) //$NON-NLS-1$ //$NON-NLS-2$
					.append('"').append(rtl ? " direction=\"rtl\" text-anchor=\"end\"" : "") //$NON-NLS-1$ //$NON-NLS-2$
					.append(" fill=\"").append(Palette.hex(Ink.PAPER.foreground())).append("\">").append(escape(label)) //$NON-NLS-1$ //$NON-NLS-2$
					.append("</text>\n"); //$NON-NLS-1$
		}
		svg.append("</svg>\n"); //$NON-NLS-1$
		return svg.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}
}
