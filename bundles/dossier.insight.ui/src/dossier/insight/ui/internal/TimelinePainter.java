// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import dossier.insight.Timeline;
import dossier.ui.BidiText;

/** Draws a {@link TimelineLayout} on a GC: the canvas and the PNG export both call it. */
final class TimelinePainter {

	private static final int SWATCH = 10;
	private static final int LEGEND_ITEM_MAX = 160;

	private TimelinePainter() {
	}

	/**
	 * Paints the timeline in {@code ink} (the canvas's colours on screen, {@link Ink#PAPER} in an export).
	 *
	 * @param brushFrom first bucket of the brush, or -1 for none
	 * @param brushTo last bucket of the brush
	 * @param hover the bucket under the mouse, or -1
	 */
	static void paint(GC gc, Ink ink, TimelineLayout layout, Rectangle area, int brushFrom, int brushTo, int hover) {
		Color background = new Color(ink.background());
		Color foreground = new Color(ink.foreground());
		Color grid = new Color(ink.grid());
		gc.setBackground(background);
		gc.fillRectangle(area);
		gc.setForeground(foreground);
		Timeline timeline = layout.timeline();
		legend(gc, timeline, area.width);
		Rectangle plot = layout.plot();
		Rectangle band = layout.eventsBand();
		// Axes and the scale: 0, half and the top.
		gc.setForeground(grid);
		gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
		gc.drawLine(band.x, band.y + band.height, band.x + band.width, band.y + band.height);
		gc.setForeground(foreground);
		int max = layout.maxTotal();
		for (int tick : List.of(0, max / 2, max)) {
			if (tick == 0 && max > 0 || tick > 0) {
				int y = plot.y + plot.height - (max == 0 ? 0 : (int) Math.round((double) tick * plot.height / max));
				String text = Integer.toString(tick);
				Point extent = gc.textExtent(text);
				gc.drawText(text, plot.x - extent.x - 6, y - extent.y / 2, true);
			}
		}
		for (int b = layout.from(); b < layout.to(); b++) {
			for (TimelineLayout.Segment segment : layout.segments(b)) {
				fill(gc, Palette.of(timeline.keys().get(segment.key()), segment.key()), segment.bounds());
			}
			Rectangle eventBar = layout.eventBar(b);
			if (eventBar.height > 0) {
				fill(gc, Palette.EVENTS, eventBar);
			}
		}
		gc.setForeground(foreground);
		gc.drawText(Messages.Timeline_events + " (" + layout.maxEvents() + ')', band.x, band.y - TimelineLayout.EVENTS_LABEL, //$NON-NLS-1$
				true);
		for (int b : layout.labelled()) {
			int x = layout.slotX(b);
			gc.setForeground(grid);
			gc.drawLine(x, band.y + band.height, x, band.y + band.height + 4);
			gc.setForeground(foreground);
			gc.drawText(Labels.period(timeline.granularity(), timeline.buckets().get(b).start()), x + 2,
					band.y + band.height + 4, true);
		}
		if (hover >= 0) {
			Rectangle slot = layout.span(hover, hover);
			gc.setForeground(foreground);
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawRectangle(slot.x, slot.y, Math.max(1, slot.width - 1), slot.height - 1);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		if (brushFrom >= 0) {
			Rectangle span = layout.span(brushFrom, brushTo);
			Color brush = new Color(Palette.BRUSH);
			gc.setAlpha(60);
			gc.setBackground(brush);
			gc.fillRectangle(span.x, span.y, span.width, band.y + band.height - span.y);
			gc.setAlpha(255);
			gc.setForeground(brush);
			gc.drawRectangle(span.x, span.y, Math.max(1, span.width - 1), span.height - 1);
		}
	}

	private static void legend(GC gc, Timeline timeline, int width) {
		int x = TimelineLayout.LEFT;
		int y = 6;
		for (int k = 0; k < timeline.keys().size() && x < width - 40; k++) {
			fill(gc, Palette.of(timeline.keys().get(k), k), new Rectangle(x, y + 3, SWATCH, SWATCH));
			x += SWATCH + 4;
			Point size = BidiText.draw(gc, Labels.key(timeline.dimension(), timeline.keys().get(k)), x, y,
					Math.min(LEGEND_ITEM_MAX, Math.max(1, width - x)), false);
			x += size.x + 14;
		}
	}

	private static void fill(GC gc, RGB rgb, Rectangle bounds) {
		Color color = new Color(rgb);
		gc.setBackground(color);
		gc.fillRectangle(bounds);
	}
}
