// SPDX-License-Identifier: EPL-2.0
package dossier.licence.report;

import java.util.Arrays;

/** Converts String offsets of a text to 1-based line and column (UTF-16 code units), as SARIF counts them. */
public final class LineIndex {

	private final int[] lineStarts;

	public LineIndex(String text) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		lineStarts = Arrays.copyOf(starts, count);
	}

	/** The 1-based line of {@code offset}. */
	public int line(int offset) {
		int index = Arrays.binarySearch(lineStarts, offset);
		return (index >= 0 ? index : -index - 2) + 1;
	}

	/** The 1-based column of {@code offset} in its line. */
	public int column(int offset) {
		return offset - lineStarts[line(offset) - 1] + 1;
	}
}
