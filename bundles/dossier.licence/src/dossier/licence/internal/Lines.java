// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Line helpers over an article's text: offsets are String indices, lines end at '\n'. */
final class Lines {

	/** A line is "short" (a notice, a caption, a credit) up to this many characters, trimmed. */
	static final int SHORT_LINE = 220;

	private Lines() {
	}

	static int start(String text, int offset) {
		int i = text.lastIndexOf('\n', Math.max(0, offset - 1));
		return offset == 0 ? 0 : i + 1;
	}

	static int end(String text, int offset) {
		int i = text.indexOf('\n', offset);
		return i < 0 ? text.length() : i;
	}

	/** [start, end) of the line holding {@code offset}, trimmed of surrounding white space. */
	static int[] trimmed(String text, int offset) {
		int start = start(text, offset);
		int end = end(text, offset);
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return new int[] { start, end };
	}

	static String lineOf(String text, int offset) {
		int[] line = trimmed(text, offset);
		return text.substring(line[0], line[1]);
	}

	static boolean isShort(String text, int offset) {
		int[] line = trimmed(text, offset);
		return line[1] - line[0] <= SHORT_LINE;
	}

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟](?=\\s)"); //$NON-NLS-1$
	private static final Pattern SENTENCE_END_OR_LINE = Pattern.compile("[.!?؟](?=\\s|$)"); //$NON-NLS-1$

	/** [start, end) of the sentence holding {@code offset} inside {@code line} (a long line of running text). */
	static int[] sentence(String text, int[] line, int offset) {
		int from = line[0];
		Matcher boundary = SENTENCE_END.matcher(text).region(line[0], offset);
		while (boundary.find()) {
			from = boundary.end();
		}
		while (from < offset && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		Matcher next = SENTENCE_END_OR_LINE.matcher(text).region(offset, line[1]);
		return new int[] { from, next.find() ? next.end() : line[1] };
	}

	/** Index of the first non-blank line's start, or -1. */
	static int firstLine(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}
}
