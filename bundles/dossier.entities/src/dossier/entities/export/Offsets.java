// SPDX-License-Identifier: EPL-2.0
package dossier.entities.export;

/** Conversions between Java String (UTF-16) offsets and code point offsets, for formats that count the latter. */
final class Offsets {

	private Offsets() {
	}

	static int toCodePoints(String text, int utf16) {
		return text.codePointCount(0, utf16);
	}

	/** The UTF-16 offset of code point {@code codePoints}, or -1 when beyond the text. */
	static int toUtf16(String text, int codePoints) {
		try {
			return text.offsetByCodePoints(0, codePoints);
		} catch (IndexOutOfBoundsException e) {
			return -1;
		}
	}
}
