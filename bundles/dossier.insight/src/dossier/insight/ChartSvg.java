// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dossier.core.model.TextDirection;

/**
 * The Corpus Overview's charts as SVG 1.1, in plain Java (no SWT, no fonts: the workbench's export, the corpus
 * licence report and a command line write the same file): titled horizontal bar charts laid out as the workbench
 * paints them (a row per value, its name in its own direction in a name column, the bar, the count; the biggest
 * first, at most {@value #MAX_ROWS} rows and "+N" for the rest), the findings by rule as rows of text, and a timeline
 * stacked by a dimension. Every bar is titled with its name and count (viewers show it on hover); a right-to-left
 * name is written {@code direction="rtl"} and right-aligned in its column. Text is XML-escaped and characters XML 1.0
 * forbids are dropped, so a publisher named {@code A & B <News>} still gives a well-formed file.
 */
public final class ChartSvg {

	/** The most values a bar chart shows. */
	public static final int MAX_ROWS = 12;
	/** The height of a bar chart's row. */
	public static final int ROW = 20;
	/** The height of a chart's title. */
	public static final int TITLE = 22;
	/** The width of the name column. */
	public static final int LABEL_WIDTH = 160;
	/** The room kept for the count after the longest bar. */
	public static final int COUNT_WIDTH = 56;
	/** The width of one chart of the overview (two side by side, as in its PNG). */
	public static final int CHART_WIDTH = 420;
	/** The height of a row of the findings table. */
	static final int TABLE_ROW = 18;
	/** The widths of the findings table's columns (as in the view's table). */
	private static final int[] TABLE_COLUMNS = { 220, 80, 80, 80 };
	private static final String[] SEVERITIES = { "error", "warning", "info" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** About the widest a name can be in its column at 11 px (no font to measure with here). */
	private static final int LABEL_CHARS = 24;
	private static final int TIMELINE_PLOT = 140;
	private static final int TIMELINE_LEFT = 40;

	private static final int[] QUALITATIVE = { 0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2, 0xedc948, 0xb07aa1,
			0xff9da7, 0x9c755f, 0xbab0ac };
	private static final int OTHER = 0x8c8c8c;
	private static final Map<String, Integer> VERDICTS = Map.of("CLEAN", 0x59a14f, "WARNINGS", 0xedc948, //$NON-NLS-1$ //$NON-NLS-2$
			"ERRORS", 0xe15759, "NOT_CHECKED", 0xbab0ac); //$NON-NLS-1$ //$NON-NLS-2$

	/** What the charts say, in the reader's language. */
	public interface Words {

		/** A chart's title: "Language", "Licence check". */
		String title(Dimension dimension);

		/** A value as shown: the licence check's verdicts in words, other values as they are. */
		String key(Dimension dimension, String key);

		/** The findings table's title. */
		String findings();

		/** The findings table's column headers: the rule, then errors, warnings and notes. */
		List<String> findingColumns();

		/** A timeline's title. */
		String timeline(Dimension dimension, Granularity granularity);
	}

	/** The words in English, for tools without a workbench. */
	public static final Words ENGLISH = new Words() {
		@Override
		public String title(Dimension dimension) {
			return switch (dimension) {
			case LANGUAGE -> "Language"; //$NON-NLS-1$
			case PUBLISHER -> "Publisher"; //$NON-NLS-1$
			case LICENCE -> "Licence"; //$NON-NLS-1$
			case LICENCE_CHECK -> "Licence check"; //$NON-NLS-1$
			};
		}

		@Override
		public String key(Dimension dimension, String key) {
			if (dimension != Dimension.LICENCE_CHECK) {
				return key;
			}
			return switch (key) {
			case "CLEAN" -> "Clean"; //$NON-NLS-1$ //$NON-NLS-2$
			case "WARNINGS" -> "Warnings"; //$NON-NLS-1$ //$NON-NLS-2$
			case "ERRORS" -> "Errors"; //$NON-NLS-1$ //$NON-NLS-2$
			case "NOT_CHECKED" -> "Not checked"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> key;
			};
		}

		@Override
		public String findings() {
			return "Licence findings by rule"; //$NON-NLS-1$
		}

		@Override
		public List<String> findingColumns() {
			return List.of("Rule", "Errors", "Warnings", "Notes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}

		@Override
		public String timeline(Dimension dimension, Granularity granularity) {
			return "Articles per " + granularity.name().toLowerCase(Locale.ROOT) + " by " //$NON-NLS-1$ //$NON-NLS-2$
					+ title(dimension).toLowerCase(Locale.ROOT);
		}
	};

	private ChartSvg() {
	}

	/**
	 * The whole overview as an SVG file: the four bar charts in two columns (language, publisher; licence, licence
	 * check), as the view's PNG lays them out, and the findings by rule below them.
	 */
	public static String overview(Overview overview, Words words) {
		return prolog() + charts(overview, words, List.of(Dimension.values()), true);
	}

	/**
	 * An {@code <svg>} element (no XML declaration: it can stand inside HTML) with the bar charts of
	 * {@code dimensions}, two a row, and the findings by rule below them when {@code withFindings}.
	 */
	public static String charts(Overview overview, Words words, List<Dimension> dimensions, boolean withFindings) {
		int columns = Math.min(2, Math.max(1, dimensions.size()));
		int rowHeight = 0;
		for (Dimension dimension : dimensions) {
			rowHeight = Math.max(rowHeight, chartHeight(overview.tally(dimension).size()));
		}
		int rows = (dimensions.size() + columns - 1) / columns;
		int width = columns * CHART_WIDTH;
		int chartsHeight = rows * rowHeight;
		int tableHeight = withFindings ? TITLE + (1 + Math.max(1, overview.findings().size())) * TABLE_ROW + 4 : 0;
		width = Math.max(width, withFindings ? sum(TABLE_COLUMNS) + 4 : 0);
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < dimensions.size(); i++) {
			Dimension dimension = dimensions.get(i);
			barChart(body, i % columns * CHART_WIDTH, i / columns * rowHeight, CHART_WIDTH, words.title(dimension),
					dimension, overview.tally(dimension), words);
		}
		if (withFindings) {
			findingsTable(body, 0, chartsHeight, overview.findings(), words);
		}
		return element(width, chartsHeight + tableHeight, body);
	}

	/** The height a bar chart of {@code values} values needs (as the workbench's chart). */
	public static int chartHeight(int values) {
		int shown = Math.min(MAX_ROWS, values);
		return TITLE + Math.max(1, shown + (values > shown ? 1 : 0)) * ROW + 4;
	}

	/**
	 * A timeline as an {@code <svg>} element: a bar per period stacked by the timeline's dimension (each segment
	 * titled with its period, value and count), a legend above, the first and every few periods named below.
	 */
	public static String timeline(Timeline timeline, Words words) {
		int periods = timeline.buckets().size();
		int slot = periods == 0 ? 24 : Math.max(3, Math.min(24, 800 / periods));
		int width = Math.max(2 * CHART_WIDTH, TIMELINE_LEFT + periods * slot + 8);
		int legend = TITLE + 16;
		int plotTop = legend + 8;
		int height = plotTop + TIMELINE_PLOT + 24;
		StringBuilder body = new StringBuilder();
		text(body, 2, 14, words.timeline(timeline.dimension(), timeline.granularity()), false);
		int x = TIMELINE_LEFT;
		for (int k = 0; k < timeline.keys().size(); k++) {
			String label = words.key(timeline.dimension(), timeline.keys().get(k));
			rect(body, x, TITLE + 4, 10, 10, colour(timeline.keys().get(k), k), label);
			text(body, x + 14, TITLE + 13, label, false);
			x += 14 + 7 * Math.min(label.length(), LABEL_CHARS) + 14;
		}
		int max = timeline.maxTotal();
		int bottom = plotTop + TIMELINE_PLOT;
		text(body, 4, plotTop + 10, Integer.toString(max), false);
		text(body, 4, bottom, "0", false); //$NON-NLS-1$
		line(body, TIMELINE_LEFT, bottom, TIMELINE_LEFT + periods * slot, bottom);
		int labelEvery = Math.max(1, (int) Math.ceil(80.0 / slot));
		for (int b = 0; b < periods; b++) {
			Bucket bucket = timeline.buckets().get(b);
			String period = period(timeline.granularity(), bucket.start());
			int top = bottom;
			for (int k = 0; k < timeline.keys().size(); k++) {
				int count = bucket.counts().get(k);
				if (count == 0) {
					continue;
				}
				int h = Math.max(1, (int) Math.round((double) count * TIMELINE_PLOT / max));
				top -= h;
				rect(body, TIMELINE_LEFT + b * slot + 1, top, Math.max(1, slot - 2), h,
						colour(timeline.keys().get(k), k),
						period + ", " + words.key(timeline.dimension(), timeline.keys().get(k)) + ": " + count); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (b % labelEvery == 0) {
				text(body, TIMELINE_LEFT + b * slot + 1, bottom + 16, period, false);
			}
		}
		return element(width, height, body);
	}

	/** The colour of the {@code rank}-th value of a chart (0 the biggest), as {@code 0xrrggbb}. */
	public static int colour(String key, int rank) {
		Integer verdict = VERDICTS.get(key);
		if (verdict != null) {
			return verdict;
		}
		return rank < QUALITATIVE.length ? QUALITATIVE[rank] : OTHER;
	}

	/** {@code #rrggbb}. */
	public static String hex(int rgb) {
		return String.format("#%06x", rgb & 0xffffff); //$NON-NLS-1$
	}

	/** {@code text} as XML character data or attribute value; characters XML 1.0 forbids are left out. */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			switch (cp) {
			case '&' -> out.append("&amp;"); //$NON-NLS-1$
			case '<' -> out.append("&lt;"); //$NON-NLS-1$
			case '>' -> out.append("&gt;"); //$NON-NLS-1$
			case '"' -> out.append("&quot;"); //$NON-NLS-1$
			case '\'' -> out.append("&apos;"); //$NON-NLS-1$
			default -> {
				if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
						|| cp >= 0x10000 && cp <= 0x10FFFF) {
					out.appendCodePoint(cp);
				}
			}
			}
		}
		return out.toString();
	}

	private static void barChart(StringBuilder svg, int x, int y, int width, String title, Dimension dimension,
			Map<String, Integer> tally, Words words) {
		List<Map.Entry<String, Integer>> all = new ArrayList<>(tally.entrySet());
		List<Map.Entry<String, Integer>> rows = all.subList(0, Math.min(MAX_ROWS, all.size()));
		int more = all.size() - rows.size();
		svg.append("<g>\n"); //$NON-NLS-1$
		text(svg, x + 2, y + 15, title, false);
		int max = rows.stream().mapToInt(Map.Entry::getValue).max().orElse(0);
		int barSpace = Math.max(10, width - LABEL_WIDTH - COUNT_WIDTH - 12);
		for (int r = 0; r < rows.size(); r++) {
			Map.Entry<String, Integer> row = rows.get(r);
			int top = y + TITLE + r * ROW;
			int baseline = top + ROW / 2 + 4;
			String label = words.key(dimension, row.getKey());
			if (TextDirection.firstStrong(label) == TextDirection.RTL) {
				text(svg, x + LABEL_WIDTH - 6, baseline, clip(label), true);
			} else {
				text(svg, x + 2, baseline, clip(label), false);
			}
			int bar = max == 0 ? 0 : Math.max(1, (int) Math.round((double) row.getValue() * barSpace / max));
			rect(svg, x + LABEL_WIDTH, top + 3, bar, ROW - 6, colour(row.getKey(), r), label + ": " + row.getValue()); //$NON-NLS-1$
			text(svg, x + LABEL_WIDTH + bar + 4, baseline, Integer.toString(row.getValue()), false);
		}
		if (more > 0) {
			text(svg, x + 2, y + TITLE + rows.size() * ROW + ROW / 2 + 4, "+" + more, false); //$NON-NLS-1$
		}
		svg.append("</g>\n"); //$NON-NLS-1$
	}

	private static void findingsTable(StringBuilder svg, int x, int y, Map<String, Map<String, Integer>> findings,
			Words words) {
		svg.append("<g>\n"); //$NON-NLS-1$
		text(svg, x + 2, y + 15, words.findings(), false);
		List<String> headers = words.findingColumns();
		int top = y + TITLE;
		row(svg, x, top, headers.toArray(String[]::new), true);
		for (Map.Entry<String, Map<String, Integer>> rule : findings.entrySet()) {
			top += TABLE_ROW;
			String[] cells = new String[TABLE_COLUMNS.length];
			cells[0] = rule.getKey();
			for (int s = 0; s < SEVERITIES.length; s++) {
				Integer count = rule.getValue().get(SEVERITIES[s]);
				cells[s + 1] = count == null ? "" : count.toString(); //$NON-NLS-1$
			}
			row(svg, x, top, cells, false);
		}
		svg.append("</g>\n"); //$NON-NLS-1$
	}

	private static void row(StringBuilder svg, int x, int top, String[] cells, boolean header) {
		int cellX = x + 2;
		svg.append(header ? "<g font-weight=\"bold\">" : "<g>"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int c = 0; c < cells.length && c < TABLE_COLUMNS.length; c++) {
			if (!cells[c].isEmpty()) {
				text(svg, cellX, top + TABLE_ROW - 5, cells[c], false);
			}
			cellX += TABLE_COLUMNS[c];
		}
		svg.append("</g>\n"); //$NON-NLS-1$
	}

	private static String prolog() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; //$NON-NLS-1$
	}

	private static String element(int width, int height, CharSequence body) {
		return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"") //$NON-NLS-1$
				.append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width) //$NON-NLS-1$ //$NON-NLS-2$
				.append(' ').append(height).append("\" font-family=\"sans-serif\" font-size=\"11\">\n") //$NON-NLS-1$
				.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n").append(body).append("</svg>\n") //$NON-NLS-1$ //$NON-NLS-2$
				.toString();
	}

	private static void rect(StringBuilder svg, int x, int y, int width, int height, int rgb, String title) {
		svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("\" height=\"").append(height).append("\" fill=\"").append(hex(rgb)).append("\"><title>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(escape(title)).append("</title></rect>\n"); //$NON-NLS-1$
	}

	private static void line(StringBuilder svg, int x1, int y1, int x2, int y2) {
		svg.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("\" y2=\"").append(y2).append("\" stroke=\"#a0a0a0\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * A text at {@code x}; a right-to-left one runs leftwards from {@code x} when {@code rightEdge} (x is its
	 * column's right edge: its start, in SVG's terms), else rightwards from it (x is its end).
	 */
	private static void text(StringBuilder svg, int x, int y, String text, boolean rightEdge) {
		svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
		if (TextDirection.firstStrong(text) == TextDirection.RTL) {
			svg.append(" direction=\"rtl\" unicode-bidi=\"embed\""); //$NON-NLS-1$
			svg.append(rightEdge ? " text-anchor=\"start\"" : " text-anchor=\"end\""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		svg.append('>').append(escape(text)).append("</text>\n"); //$NON-NLS-1$
	}

	private static String clip(String label) {
		int end = label.offsetByCodePoints(0, Math.min(label.codePointCount(0, label.length()), LABEL_CHARS));
		return end < label.length() ? label.substring(0, end) + '…' : label;
	}

	private static String period(Granularity granularity, LocalDate start) {
		return granularity == Granularity.MONTH ? start.toString().substring(0, 7) : start.toString();
	}

	private static int sum(int[] values) {
		int sum = 0;
		for (int value : values) {
			sum += value;
		}
		return sum;
	}
}
