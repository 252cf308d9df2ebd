// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;

import dossier.ui.ThemeColors;

/**
 * The colours a chart is drawn in, all derived from a background and a text colour. On screen these are the
 * colours the theme gives the chart's canvas ({@link #of(Control)}): under the workbench's Dark theme the charts are
 * dark with light text, as the rest of the workbench. Exported images and SVG are drawn in {@link #PAPER}, since
 * they end up in reports and documents on white. The data colours (a stack's, a type's, the brush) are the same in
 * both: they are chosen to read on light and on dark grounds.
 *
 * @param background what the chart is drawn on
 * @param foreground its text
 */
record Ink(RGB background, RGB foreground) {

	/** White paper, near-black text: exports, and a light theme. */
	static final Ink PAPER = new Ink(new RGB(0xff, 0xff, 0xff), new RGB(0x22, 0x22, 0x22));

	private static final RGB SEA = new RGB(0xf3, 0xf6, 0xf9);
	private static final RGB LAND = new RGB(0xe4, 0xe2, 0xdc);
	private static final RGB BORDER = new RGB(0xa8, 0xa8, 0xa8);
	private static final RGB LINK = new RGB(0xa0, 0xa0, 0xa0);
	private static final RGB FADED = new RGB(0xe6, 0xe6, 0xe6);
	/** The choropleth's ends on a light ground: pale to deep blue. */
	private static final RGB LEAST = new RGB(0xd6, 0xe6, 0xf4);
	private static final RGB MOST = new RGB(0x1f, 0x4e, 0x86);
	/** On a dark ground the scale runs the other way in lightness: the most covered country is the brightest. */
	private static final RGB MOST_ON_DARK = new RGB(0x8c, 0xc4, 0xff);

	/** The colours of {@code control} as the theme styled it. */
	static Ink of(Control control) {
		return new Ink(control.getBackground().getRGB(), control.getForeground().getRGB());
	}

	/**
	 * Gives a chart's {@code canvas} the colours of a list (white and black on most desktops) to start from; a theme's
	 * stylesheet restyles it after (the Light theme with its view background, the Dark theme dark), and the chart is
	 * drawn in whatever the canvas then has.
	 */
	static Canvas grounded(Canvas canvas) {
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		return canvas;
	}

	/** Whether this is a dark ground ({@link ThemeColors#isDark}). */
	boolean dark() {
		return ThemeColors.isDark(background);
	}

	/** Axes, ticks and separators. */
	RGB grid() {
		return ThemeColors.mix(foreground, background, 0.6);
	}

	/** The network's links. */
	RGB link() {
		return dark() ? ThemeColors.mix(foreground, background, 0.55) : LINK;
	}

	/** What a selection sends to the background: other entities and links. */
	RGB faded() {
		return dark() ? ThemeColors.mix(foreground, background, 0.82) : FADED;
	}

	/** The map's sea. */
	RGB sea() {
		return dark() ? ThemeColors.mix(MOST, background, 0.85) : SEA;
	}

	/** A country without articles. */
	RGB land() {
		return dark() ? ThemeColors.mix(foreground, background, 0.8) : LAND;
	}

	/** The countries' borders. */
	RGB border() {
		return dark() ? ThemeColors.mix(foreground, background, 0.6) : BORDER;
	}

	/** The fill of a country of {@code shade} (0 none, 1 the most covered): {@link #land()} for none. */
	RGB fill(double shade) {
		if (shade <= 0) {
			return land();
		}
		RGB least = dark() ? ThemeColors.mix(MOST, background, 0.5) : LEAST;
		RGB most = dark() ? MOST_ON_DARK : MOST;
		return ThemeColors.mix(least, most, Math.min(1, shade));
	}
}
