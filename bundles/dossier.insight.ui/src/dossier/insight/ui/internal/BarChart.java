// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dossier.insight.ChartSvg;
import dossier.insight.Dimension;
import dossier.ui.BidiText;

/**
 * A titled horizontal bar chart of one dimension's tally: a row per value (its name in its own direction, a bar,
 * the count), the biggest first, at most {@value #MAX_ROWS} rows. A click on a row hands its value to
 * {@code onClick}; the tooltip names it.
 */
final class BarChart {

	// The same geometry as the SVG the Overview exports.
	static final int MAX_ROWS = ChartSvg.MAX_ROWS;
	static final int ROW = ChartSvg.ROW;
	static final int TITLE = ChartSvg.TITLE;
	static final int LABEL_WIDTH = ChartSvg.LABEL_WIDTH;
	static final int COUNT_WIDTH = ChartSvg.COUNT_WIDTH;

	private final Canvas canvas;
	private final String title;
	private final Consumer<String> onClick;
	private Dimension dimension;
	private List<Map.Entry<String, Integer>> rows = List.of();
	private int more;

	BarChart(Composite parent, String title, Consumer<String> onClick) {
		this.title = title;
		this.onClick = onClick;
		canvas = Ink.grounded(new Canvas(parent, SWT.DOUBLE_BUFFERED));
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.heightHint = TITLE + ROW;
		data.widthHint = 360;
		canvas.setLayoutData(data);
		canvas.addListener(SWT.Paint, event -> paint(event.gc, Ink.of(canvas), canvas.getClientArea()));
		canvas.addListener(SWT.MouseUp, this::clicked);
		canvas.addListener(SWT.MouseMove, event -> {
			int row = rowAt(event.y);
			canvas.setToolTipText(row < 0 ? null : Labels.key(dimension, rows.get(row).getKey()) + ": " + rows.get(row).getValue()); //$NON-NLS-1$
			canvas.setCursor(row < 0 ? null : canvas.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
		});
	}

	Canvas control() {
		return canvas;
	}

	/** Shows the counts of {@code tally}'s values (biggest first, as the engine orders them). */
	void show(Dimension value, Map<String, Integer> tally) {
		dimension = value;
		List<Map.Entry<String, Integer>> all = new ArrayList<>(tally.entrySet());
		rows = List.copyOf(all.subList(0, Math.min(MAX_ROWS, all.size())));
		more = all.size() - rows.size();
		((GridData) canvas.getLayoutData()).heightHint = height();
		canvas.redraw();
	}

	/** The height the chart needs. */
	int height() {
		return ChartSvg.chartHeight(rows.size() + more);
	}

	/** The values shown, top down. */
	List<String> keys() {
		return rows.stream().map(Map.Entry::getKey).toList();
	}

	/** The row under {@code y}, or -1. */
	int rowAt(int y) {
		int row = (y - TITLE) / ROW;
		return y < TITLE || row >= rows.size() ? -1 : row;
	}

	/** The y of the middle of row {@code row} (for tests that click it). */
	static int rowMiddle(int row) {
		return TITLE + row * ROW + ROW / 2;
	}

	private void clicked(Event event) {
		int row = rowAt(event.y);
		if (event.button == 1 && row >= 0) {
			onClick.accept(rows.get(row).getKey());
		}
	}

	/** Paints the chart in {@code area} in {@code ink} (the canvas's colours, or {@link Ink#PAPER} in an exported image). */
	void paint(GC gc, Ink ink, Rectangle area) {
		gc.setBackground(new Color(ink.background()));
		gc.fillRectangle(area);
		Color foreground = new Color(ink.foreground());
		gc.setForeground(foreground);
		Font font = gc.getFont();
		gc.drawText(title, area.x + 2, area.y + 2, true);
		int max = rows.stream().mapToInt(Map.Entry::getValue).max().orElse(0);
		int barSpace = Math.max(10, area.width - LABEL_WIDTH - COUNT_WIDTH - 12);
		for (int r = 0; r < rows.size(); r++) {
			Map.Entry<String, Integer> row = rows.get(r);
			int y = area.y + TITLE + r * ROW;
			gc.setFont(font);
			gc.setForeground(foreground);
			BidiText.draw(gc, Labels.key(dimension, row.getKey()), area.x + 2, y + 2, LABEL_WIDTH - 8, true);
			int width = max == 0 ? 0 : Math.max(1, (int) Math.round((double) row.getValue() * barSpace / max));
			gc.setBackground(new Color(Palette.of(row.getKey(), r)));
			gc.fillRectangle(area.x + LABEL_WIDTH, y + 3, width, ROW - 6);
			String count = Integer.toString(row.getValue());
			Point extent = gc.textExtent(count);
			gc.drawText(count, area.x + LABEL_WIDTH + width + 4, y + (ROW - extent.y) / 2, true);
		}
		if (more > 0) {
			gc.drawText("+" + more, area.x + 2, area.y + TITLE + rows.size() * ROW + 2, true); //$NON-NLS-1$
		}
	}
}
