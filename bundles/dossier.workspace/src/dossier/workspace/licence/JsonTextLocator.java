// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.licence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Maps offsets in an article's text to offsets in its JSON file. The corpus format stores the text as the
 * top-level {@code "text"} array of its lines (joined with {@code "\n"}), so text offset {@code t} lies in line
 * {@code L} at column {@code c}, and that is a character inside the {@code L}-th string of the array, after
 * escapes are decoded. Returns -1 when the file does not have that shape.
 */
final class JsonTextLocator {

	/** File offsets of the first raw character of each line's string content. */
	private final List<Integer> lineStarts = new ArrayList<>();
	private final String json;
	private final List<Integer> textLineStarts = new ArrayList<>();

	JsonTextLocator(String json, String text) {
		this.json = json;
		textLineStarts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				textLineStarts.add(i + 1);
			}
		}
		locateLines();
	}

	private void locateLines() {
		int depth = 0;
		int i = 0;
		String lastKey = null;
		while (i < json.length()) {
			char ch = json.charAt(i);
			if (ch == '"') {
				int end = stringEnd(i);
				if (end < 0) {
					return;
				}
				if (depth == 1) {
					lastKey = json.substring(i + 1, end);
				}
				i = end + 1;
			} else if (ch == '{' || ch == '[') {
				if (ch == '[' && depth == 1 && "text".equals(lastKey)) { //$NON-NLS-1$
					readArray(i + 1);
					return;
				}
				depth++;
				i++;
			} else if (ch == '}' || ch == ']') {
				depth--;
				i++;
			} else {
				i++;
			}
		}
	}

	private void readArray(int from) {
		int i = from;
		while (i < json.length()) {
			char ch = json.charAt(i);
			if (ch == '"') {
				int end = stringEnd(i);
				if (end < 0) {
					return;
				}
				lineStarts.add(i + 1);
				i = end + 1;
			} else if (ch == ']') {
				return;
			} else {
				i++;
			}
		}
	}

	/** The index of the quote closing the string that opens at {@code open}, or -1. */
	private int stringEnd(int open) {
		for (int i = open + 1; i < json.length(); i++) {
			char ch = json.charAt(i);
			if (ch == '\\') {
				i++;
			} else if (ch == '"') {
				return i;
			}
		}
		return -1;
	}

	/** The file offset of text offset {@code offset}, or -1. */
	int fileOffset(int offset) {
		int line = Collections.binarySearch(textLineStarts, offset);
		if (line < 0) {
			line = -line - 2;
		}
		if (line < 0 || line >= lineStarts.size()) {
			return -1;
		}
		int column = offset - textLineStarts.get(line);
		int i = lineStarts.get(line);
		for (int decoded = 0; decoded < column; decoded++) {
			if (i >= json.length() || json.charAt(i) == '"') {
				return -1;
			}
			if (json.charAt(i) == '\\') {
				i += json.startsWith("u", i + 1) ? 6 : 2; //$NON-NLS-1$
			} else {
				i++;
			}
		}
		return i;
	}

	/** The 1-based line of the file that holds file offset {@code fileOffset}. */
	int fileLine(int fileOffset) {
		int line = 1;
		for (int i = 0; i < fileOffset && i < json.length(); i++) {
			if (json.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}
}
