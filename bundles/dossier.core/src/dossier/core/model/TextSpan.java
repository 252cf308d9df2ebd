// SPDX-License-Identifier: EPL-2.0
package dossier.core.model;

/**
 * A range of an article's text: {@code [start, end)} in UTF-16 code units (see the package documentation).
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

	public TextSpan {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	public int length() {
		return end - start;
	}

	public boolean contains(int offset) {
		return offset >= start && offset < end;
	}

	public boolean overlaps(TextSpan other) {
		return start < other.end && other.start < end;
	}

	/** The text this span covers in {@code text}. */
	public String of(String text) {
		return text.substring(start, end);
	}

	@Override
	public int compareTo(TextSpan other) {
		int byStart = Integer.compare(start, other.start);
		return byStart != 0 ? byStart : Integer.compare(end, other.end);
	}
}
