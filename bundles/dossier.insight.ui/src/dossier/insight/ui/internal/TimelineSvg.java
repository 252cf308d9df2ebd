// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.swt.graphics.Rectangle;

import dossier.insight.Timeline;
import dossier.ui.BidiText;

/**
 * The timeline as SVG 1.1, from the same {@link TimelineLayout} the canvas paints: rectangles for the bars and the
 * events, text for the legend, the scale and the periods. A right-to-left name is written with
 * {@code direction="rtl"}, so a viewer lays it out as the canvas does.
 */
final class TimelineSvg {

	private static final String FONT = "font-family=\"sans-serif\" font-size=\"11\""; //$NON-NLS-1$

	private TimelineSvg() {
	}

	static String of(TimelineLayout layout, int width, int height) {
		Timeline timeline = layout.timeline();
		StringBuilder svg = new StringBuilder();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width) //$NON-NLS-1$
				.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
				.append(height).append("\">\n"); //$NON-NLS-1$
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"); //$NON-NLS-1$
		int x = TimelineLayout.LEFT;
		for (int k = 0; k < timeline.keys().size(); k++) {
			String label = Labels.key(timeline.dimension(), timeline.keys().get(k));
			rect(svg, new Rectangle(x, 9, 10, 10), Palette.hex(Palette.of(timeline.keys().get(k), k)), label);
			text(svg, x + 14, 18, label);
			x += 14 + 7 * label.length() + 14;
		}
		Rectangle plot = layout.plot();
		Rectangle band = layout.eventsBand();
		line(svg, plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
		line(svg, band.x, band.y + band.height, band.x + band.width, band.y + band.height);
		text(svg, 4, plot.y + 10, Integer.toString(layout.maxTotal()));
		text(svg, 4, plot.y + plot.height, "0"); //$NON-NLS-1$
		for (int b = layout.from(); b < layout.to(); b++) {
			String period = Labels.period(timeline.granularity(), timeline.buckets().get(b).start());
			for (TimelineLayout.Segment segment : layout.segments(b)) {
				String key = timeline.keys().get(segment.key());
				rect(svg, segment.bounds(), Palette.hex(Palette.of(key, segment.key())), period + ", " //$NON-NLS-1$
						+ Labels.key(timeline.dimension(), key) + ": " + timeline.buckets().get(b).counts().get(segment.key())); //$NON-NLS-1$
			}
			Rectangle eventBar = layout.eventBar(b);
			if (eventBar.height > 0) {
				rect(svg, eventBar, Palette.hex(Palette.EVENTS), period + ": " + timeline.buckets().get(b).events()); //$NON-NLS-1$
			}
		}
		text(svg, band.x, band.y - 4, Messages.Timeline_events + " (" + layout.maxEvents() + ')'); //$NON-NLS-1$
		for (int b : layout.labelled()) {
			text(svg, layout.slotX(b) + 2, band.y + band.height + 16,
					Labels.period(timeline.granularity(), timeline.buckets().get(b).start()));
		}
		svg.append("</svg>\n"); //$NON-NLS-1$
		return svg.toString();
	}

	private static void rect(StringBuilder svg, Rectangle r, String fill, String title) {
		svg.append("<rect x=\"").append(r.x).append("\" y=\"").append(r.y).append("\" width=\"").append(r.width) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("\" height=\"").append(r.height).append("\" fill=\"").append(fill).append("\"><title>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(escape(title)).append("</title></rect>\n"); //$NON-NLS-1$
	}

	private static void line(StringBuilder svg, int x1, int y1, int x2, int y2) {
		svg.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("\" y2=\"").append(y2).append("\" stroke=\"#a0a0a0\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static void text(StringBuilder svg, int x, int y, String text) {
		svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" ").append(FONT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (BidiText.isRightToLeft(text)) {
			svg.append(" direction=\"rtl\" unicode-bidi=\"embed\" text-anchor=\"end\""); //$NON-NLS-1$
		}
		svg.append('>').append(escape(text)).append("</text>\n"); //$NON-NLS-1$
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}
}
