// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.Rectangle;

import dossier.insight.Bucket;
import dossier.insight.Timeline;

/**
 * Where everything of a timeline goes in a box of the given size, for the buckets {@code [from, to)} shown: the
 * legend on top, the stacked bars, the dated events band below them, the period labels at the bottom. Pure
 * geometry, shared by the canvas, the PNG and the SVG, and read by tests.
 */
final class TimelineLayout {

	static final int LEFT = 52;
	static final int RIGHT = 16;
	static final int LEGEND = 26;
	static final int LABELS = 22;
	static final int EVENTS = 40;
	static final int GAP = 10;
	/** The line above the events band that names it. */
	static final int EVENTS_LABEL = 16;
	/** The least room between two period labels. */
	static final int LABEL_SPACING = 90;

	/** One key's part of a bar. */
	record Segment(int key, Rectangle bounds) {
	}

	private final Timeline timeline;
	private final int from;
	private final int to;
	private final Rectangle plot;
	private final Rectangle events;
	private final int maxTotal;
	private final int maxEvents;

	TimelineLayout(@Nullable Timeline timeline, int from, int to, int width, int height) {
		this.timeline = timeline;
		int size = timeline.buckets().size();
		this.from = Math.max(0, Math.min(from, size));
		this.to = Math.max(this.from, Math.min(to, size));
		int plotWidth = Math.max(1, width - LEFT - RIGHT);
		int plotHeight = Math.max(1, height - LEGEND - GAP - EVENTS_LABEL - EVENTS - LABELS - GAP);
		plot = new Rectangle(LEFT, LEGEND, plotWidth, plotHeight);
		events = new Rectangle(LEFT, LEGEND + plotHeight + GAP + EVENTS_LABEL, plotWidth, EVENTS);
		int max = 0;
		int maxEv = 0;
		for (int b = this.from; b < this.to; b++) {
			Bucket bucket = timeline.buckets().get(b);
			max = Math.max(max, bucket.total());
			maxEv = Math.max(maxEv, bucket.events());
		}
		maxTotal = max;
		maxEvents = maxEv;
	}

	Timeline timeline() {
		return timeline;
	}

	int from() {
		return from;
	}

	int to() {
		return to;
	}

	int shown() {
		return to - from;
	}

	Rectangle plot() {
		return plot;
	}

	Rectangle eventsBand() {
		return events;
	}

	/** True when {@code y} is on the events band or the line naming it (a brush there is over events). */
	boolean onEventsBand(int y) {
		return y >= events.y - EVENTS_LABEL && y < events.y + events.height;
	}

	int maxTotal() {
		return maxTotal;
	}

	int maxEvents() {
		return maxEvents;
	}

	/** The width of one bucket's slot, in pixels (fractional). */
	double slot() {
		return shown() == 0 ? 0 : (double) plot.width / shown();
	}

	/** The left edge of bucket {@code b}'s slot. */
	int slotX(int b) {
		return plot.x + (int) Math.round((b - from) * slot());
	}

	/** The bucket under {@code x}, or -1 outside the bars. */
	int bucketAt(int x) {
		if (shown() == 0 || x < plot.x || x >= plot.x + plot.width) {
			return -1;
		}
		return Math.min(to - 1, from + (int) ((x - plot.x) / slot()));
	}

	/** The bucket nearest to {@code x}, clamped to the shown ones (for a brush dragged past the edge). */
	int bucketNear(int x) {
		if (shown() == 0) {
			return -1;
		}
		int clamped = Math.max(plot.x, Math.min(plot.x + plot.width - 1, x));
		return bucketAt(clamped);
	}

	/** The whole stacked bar of bucket {@code b} (zero height when empty). */
	Rectangle bar(int b) {
		int x = slotX(b);
		int width = Math.max(1, slotX(b + 1) - x - gutter());
		int height = scaled(timeline.buckets().get(b).total(), maxTotal, plot.height);
		return new Rectangle(x, plot.y + plot.height - height, width, height);
	}

	/** The parts of bucket {@code b}'s bar, the biggest key at the bottom; empty keys left out. */
	List<Segment> segments(int b) {
		Bucket bucket = timeline.buckets().get(b);
		Rectangle bar = bar(b);
		List<Segment> segments = new ArrayList<>();
		int cumulative = 0;
		int bottom = plot.y + plot.height;
		for (int k = 0; k < bucket.counts().size(); k++) {
			int count = bucket.counts().get(k);
			if (count == 0) {
				continue;
			}
			int lower = scaled(cumulative, maxTotal, plot.height);
			cumulative += count;
			int upper = scaled(cumulative, maxTotal, plot.height);
			segments.add(new Segment(k, new Rectangle(bar.x, bottom - upper, bar.width, Math.max(1, upper - lower))));
		}
		return segments;
	}

	/** The events bar of bucket {@code b} in the band below. */
	Rectangle eventBar(int b) {
		int x = slotX(b);
		int width = Math.max(1, slotX(b + 1) - x - gutter());
		int height = scaled(timeline.buckets().get(b).events(), maxEvents, events.height);
		return new Rectangle(x, events.y + events.height - height, width, height);
	}

	/** The buckets whose start is labelled under the bars: evenly spaced, at least {@link #LABEL_SPACING} apart. */
	List<Integer> labelled() {
		List<Integer> labelled = new ArrayList<>();
		if (shown() == 0) {
			return labelled;
		}
		int every = Math.max(1, (int) Math.ceil(LABEL_SPACING / Math.max(1e-9, slot())));
		for (int b = from; b < to; b += every) {
			labelled.add(b);
		}
		return labelled;
	}

	/** The x range {@code [x, x + width)} covering buckets {@code first..last} (either order). */
	Rectangle span(int first, int last) {
		int a = Math.min(first, last);
		int z = Math.max(first, last);
		int x = slotX(Math.max(a, from));
		return new Rectangle(x, plot.y, slotX(Math.min(z, to - 1) + 1) - x, plot.height);
	}

	private int gutter() {
		return slot() >= 4 ? Math.max(1, (int) (slot() * 0.15)) : 0;
	}

	private static int scaled(int value, int max, int height) {
		return max == 0 ? 0 : (int) Math.round((double) value * height / max);
	}
}
