// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.swt.graphics.RGB;

import dossier.insight.ChartSvg;

/**
 * The colours of the stacks: the licence check's verdicts in the colours the workbench gives them (clean green,
 * warnings amber, errors red, not checked grey), other values from a ten-colour qualitative palette (Tableau 10),
 * by their rank, the eleventh and later in grey.
 */
final class Palette {

	/** The events band. */
	static final RGB EVENTS = rgb(0x7f5fa8);
	/** The brush over the bars. */
	static final RGB BRUSH = rgb(0x1f6fd0);

	private Palette() {
	}

	/** The colour of the {@code rank}-th key of a stack (0 the biggest): {@link ChartSvg#colour}'s, one palette for both. */
	static RGB of(String key, int rank) {
		return rgb(ChartSvg.colour(key, rank));
	}

	/** {@code #rrggbb}, for SVG. */
	static String hex(RGB rgb) {
		return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue); //$NON-NLS-1$
	}

	private static RGB rgb(int value) {
		return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}
}
