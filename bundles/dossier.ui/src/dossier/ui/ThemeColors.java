// SPDX-License-Identifier: EPL-2.0
package dossier.ui;

import org.eclipse.swt.graphics.RGB;

/**
 * Colours of the parts Dossier draws itself (search matches, entity tints, the lineage graph's boxes), taken from
 * the colours the theme gave the widget they are drawn on rather than assuming a white page: a dark theme (the
 * workbench's Dark theme, or a dark GTK theme) gets dark tints behind light text, a light theme light tints behind
 * dark text.
 */
public final class ThemeColors {

	private static final RGB MATCH_LIGHT = new RGB(255, 226, 102);
	private static final RGB MATCH_DARK = new RGB(122, 96, 20);
	private static final RGB HIGHLIGHT_LIGHT = new RGB(255, 246, 214);
	private static final RGB HIGHLIGHT_DARK = new RGB(74, 64, 36);
	private static final RGB BLACK = new RGB(0, 0, 0);
	private static final RGB WHITE = new RGB(255, 255, 255);

	private ThemeColors() {
	}

	/** Whether {@code background} belongs to a dark theme: its relative luminance (sRGB, WCAG) is under 0.35. */
	public static boolean isDark(RGB background) {
		return luminance(background) < 0.35;
	}

	/** The relative luminance of {@code rgb}, from 0 (black) to 1 (white), as WCAG defines it. */
	public static double luminance(RGB rgb) {
		return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
	}

	/** The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white). */
	public static double contrast(RGB a, RGB b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	/** {@code colour} mixed with {@code background}, {@code share} (0 to 1) of the background: a tint of it. */
	public static RGB mix(RGB colour, RGB background, double share) {
		return new RGB(mix(colour.red, background.red, share), mix(colour.green, background.green, share),
				mix(colour.blue, background.blue, share));
	}

	private static int mix(int from, int to, double share) {
		return (int) Math.round(from + (to - from) * share);
	}

	/** The background of a search match in text on {@code background}: yellow, dark amber on a dark theme. */
	public static RGB matchBackground(RGB background) {
		return isDark(background) ? MATCH_DARK : MATCH_LIGHT;
	}

	/** The text of a search match on {@link #matchBackground(RGB)}: black, white on a dark theme. */
	public static RGB matchForeground(RGB background) {
		return isDark(background) ? WHITE : BLACK;
	}

	/** A soft highlight behind text on {@code background} (the article asked for in a graph): pale or dark amber. */
	public static RGB highlight(RGB background) {
		return isDark(background) ? HIGHLIGHT_DARK : HIGHLIGHT_LIGHT;
	}
}
