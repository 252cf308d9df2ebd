// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.time.LocalDate;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dossier.insight.Bucket;
import dossier.insight.Timeline;

/**
 * The timeline drawn on a canvas. Hovering a bar shows its counts in the tooltip; dragging across bars with the
 * left button (or clicking one) brushes a period, handed to {@code onBrush} as its first and last days, or to
 * {@code onEventsBrush} when the brush starts on the dated events band; the mouse
 * wheel zooms around the pointer; dragging with the right button pans. The items the pointer can be over are the
 * bars, by index. Only paints: everything it shows was computed before.
 */
final class TimelineCanvas extends ChartCanvas<Timeline, TimelineLayout, Integer> {

	/** The fewest bars a zoom shows. */
	static final int MIN_SHOWN = 3;

	private final BiConsumer<LocalDate, LocalDate> onBrush;
	private final BiConsumer<LocalDate, LocalDate> onEventsBrush;
	private int from;
	private int to;
	private int brushStart = -1;
	private int brushEnd = -1;
	private boolean brushing;
	private boolean brushingEvents;
	private int panX = -1;
	private int panFrom;

	TimelineCanvas(Composite parent, BiConsumer<LocalDate, LocalDate> onBrush,
			BiConsumer<LocalDate, LocalDate> onEventsBrush) {
		super(parent);
		this.onBrush = onBrush;
		this.onEventsBrush = onEventsBrush;
		control().addListener(SWT.MouseDown, this::mouseDown);
		control().addListener(SWT.MouseMove, this::mouseMove);
		control().addListener(SWT.MouseUp, this::mouseUp);
		control().addListener(SWT.MouseVerticalWheel, this::wheel);
	}

	/** Shows {@code value} whole (a new computation resets zoom and brush). */
	@Override
	void show(@Nullable Timeline value) {
		from = 0;
		to = value == null ? 0 : value.buckets().size();
		brushStart = -1;
		brushEnd = -1;
		super.show(value);
	}

	@Nullable Timeline timeline() {
		return shown();
	}

	/** The bars from {@link #from} to {@link #to} in {@code width} x {@code height}: the zoom is part of the layout. */
	@Override
	TimelineLayout layOut(Timeline shown, int width, int height) {
		return new TimelineLayout(shown, from, to, width, height);
	}

	/** Shows buckets {@code [first, last)} (clamped). */
	void zoomTo(int first, int last) {
		Timeline timeline = shown();
		if (timeline == null) {
			return;
		}
		int size = timeline.buckets().size();
		int shown = Math.max(Math.min(MIN_SHOWN, size), last - first);
		from = Math.max(0, Math.min(first, size - shown));
		to = Math.min(size, from + shown);
		layOutAgain();
	}

	/** The bar at {@code x}, whatever {@code y}; null beside every bar. */
	@Override
	@Nullable Integer itemAt(TimelineLayout current, int x, int y) {
		int b = current.bucketAt(x);
		return b < 0 ? null : b;
	}

	@Override
	String tooltipOf(Integer b) {
		return hoverText(b);
	}

	@Override
	void paint(GC gc, Ink ink, TimelineLayout current, Rectangle area) {
		Integer hover = hovered();
		TimelinePainter.paint(gc, ink, current, area, brushStart, brushStart < 0 ? -1 : brushEnd,
				hover == null ? -1 : hover);
	}

	/** Nothing: a click on a bar is a brush of one bar, ended in {@link #mouseUp}. */
	@Override
	void clicked(@Nullable Integer item) {
		// A brush is handed on when the button is let go.
	}

	private void mouseDown(Event event) {
		TimelineLayout layout = layout();
		if (layout == null) {
			return;
		}
		if (event.button == 1) {
			int b = layout.bucketAt(event.x);
			if (b >= 0) {
				brushStart = b;
				brushEnd = b;
				brushing = true;
				brushingEvents = layout.onEventsBand(event.y);
				redraw();
			}
		} else if (event.button == 3) {
			panX = event.x;
			panFrom = from;
		}
	}

	/** Widens the brush or pans; the bar under the pointer is hovered by the canvas. */
	private void mouseMove(Event event) {
		TimelineLayout layout = layout();
		if (layout == null) {
			return;
		}
		if (brushing) {
			int b = layout.bucketNear(event.x);
			if (b != brushEnd) {
				brushEnd = b;
				redraw();
			}
		} else if (panX >= 0 && layout.slot() > 0) {
			int moved = (int) Math.round((panX - event.x) / layout.slot());
			int shown = to - from;
			zoomTo(panFrom + moved, panFrom + moved + shown);
		}
	}

	private void mouseUp(Event event) {
		if (event.button == 3) {
			panX = -1;
			return;
		}
		Timeline timeline = shown();
		if (!brushing || timeline == null) {
			return;
		}
		brushing = false;
		int first = Math.min(brushStart, brushEnd);
		int last = Math.max(brushStart, brushEnd);
		redraw();
		(brushingEvents ? onEventsBrush : onBrush).accept(timeline.buckets().get(first).start(),
				timeline.buckets().get(last).last());
	}

	private void wheel(Event event) {
		TimelineLayout layout = layout();
		if (layout == null || event.count == 0) {
			return;
		}
		int anchor = layout.bucketNear(event.x);
		int shown = to - from;
		int next = event.count > 0 ? Math.max(MIN_SHOWN, shown * 2 / 3) : Math.max(shown + 1, shown * 3 / 2);
		double share = shown == 0 ? 0 : (double) (anchor - from) / shown;
		int first = anchor - (int) Math.round(share * next);
		zoomTo(first, first + next);
	}

	/** The tooltip of bucket {@code b}: its period, its total, each key's count, its dated events. */
	String hoverText(int b) {
		Timeline timeline = shown();
		if (timeline == null) {
			return ""; //$NON-NLS-1$
		}
		Bucket bucket = timeline.buckets().get(b);
		StringBuilder breakdown = new StringBuilder();
		for (int k = 0; k < timeline.keys().size(); k++) {
			int count = bucket.counts().get(k);
			if (count > 0) {
				if (breakdown.length() > 0) {
					breakdown.append('\n');
				}
				// An isolate per name, so an Arabic publisher does not pull the count across to its side.
				breakdown.append('\u2068').append(Labels.key(timeline.dimension(), timeline.keys().get(k)))
						.append('\u2069').append(": ").append(count); //$NON-NLS-1$
			}
		}
		String period = bucket.start().equals(bucket.last()) ? bucket.start().toString()
				: bucket.start() + " – " + bucket.last(); //$NON-NLS-1$
		return NLS.bind(Messages.Timeline_hover, new Object[] { period,
				Labels.count(bucket.total(), timeline.countedOnce()), breakdown, bucket.events() });
	}

	/** The brushed buckets {@code [first, last]}, or null. */
	int @Nullable [] brush() {
		return brushStart < 0 ? null : new int[] { Math.min(brushStart, brushEnd), Math.max(brushStart, brushEnd) };
	}
}
