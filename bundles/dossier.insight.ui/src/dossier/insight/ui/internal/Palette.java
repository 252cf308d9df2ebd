// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.Map;

import org.eclipse.swt.graphics.RGB;

/**
 * The colours of the stacks: the licence check's verdicts in the colours the workbench gives them (clean green,
 * warnings amber, errors red, not checked grey), other values from a ten-colour qualitative palette (Tableau 10),
 * by their rank, the eleventh and later in grey.
 */
final class Palette {

	private static final RGB[] QUALITATIVE = { rgb(0x4e79a7), rgb(0xf28e2b), rgb(0x59a14f), rgb(0xe15759),
			rgb(0x76b7b2), rgb(0xedc948), rgb(0xb07aa1), rgb(0xff9da7), rgb(0x9c755f), rgb(0xbab0ac) };
	private static final RGB OTHER = rgb(0x8c8c8c);
	private static final Map<String, RGB> VERDICTS = Map.of("CLEAN", rgb(0x59a14f), "WARNINGS", rgb(0xedc948), //$NON-NLS-1$ //$NON-NLS-2$
			"ERRORS", rgb(0xe15759), "NOT_CHECKED", rgb(0xbab0ac)); //$NON-NLS-1$ //$NON-NLS-2$
	/** The events band. */
	static final RGB EVENTS = rgb(0x7f5fa8);
	/** The brush over the bars. */
	static final RGB BRUSH = rgb(0x1f6fd0);

	private Palette() {
	}

	/** The colour of the {@code rank}-th key of a stack (0 the biggest). */
	static RGB of(String key, int rank) {
		RGB verdict = VERDICTS.get(key);
		if (verdict != null) {
			return verdict;
		}
		return rank < QUALITATIVE.length ? QUALITATIVE[rank] : OTHER;
	}

	/** {@code #rrggbb}, for SVG. */
	static String hex(RGB rgb) {
		return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue); //$NON-NLS-1$
	}

	private static RGB rgb(int value) {
		return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}
}
