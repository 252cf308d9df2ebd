// SPDX-License-Identifier: EPL-2.0
package dossier.cli;

import java.io.PrintStream;

/**
 * The two streams of a command line run: results on {@link #out()}, diagnostics and progress on
 * {@link #err()}, so that {@code dossier search ... > hits.json} captures only the results.
 */
public record Console(PrintStream out, PrintStream err) {

	/** Prints one diagnostic line, prefixed with {@code dossier:} as command line tools do; see {@link #printable}. */
	public void error(String message) {
		err.println("dossier: " + printable(message)); //$NON-NLS-1$
	}

	/**
	 * {@code text} safe for a terminal and for one line of a summary: control characters (a newline that would forge a
	 * summary line, ESC, BEL) and the bidirectional overrides and isolates that reorder what the reader sees
	 * (U+202A–U+202E, U+2066–U+2069) are written as escapes ({@code \n}, {@code \u001B}, {@code \u202E}).
	 * For human output only: JSON output stays exact.
	 */
	public static String printable(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean unsafe = c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F || c >= 0x202A && c <= 0x202E
					|| c >= 0x2066 && c <= 0x2069;
			if (unsafe && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (out != null) {
				if (!unsafe) {
					out.append(c);
				} else if (c == '\n') {
					out.append("\\n"); //$NON-NLS-1$
				} else if (c == '\t') {
					out.append("\\t"); //$NON-NLS-1$
				} else if (c == '\r') {
					out.append("\\r"); //$NON-NLS-1$
				} else {
					out.append(String.format("\\u%04X", (int) c)); //$NON-NLS-1$
				}
			}
		}
		return out == null ? text : out.toString();
	}
}
