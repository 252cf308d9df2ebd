package dossier.licence.internal;

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
