// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

/**
 * A matching form of a text with the way back: every character of {@link #text()} came from one code point
 * of the original, so a span found in the normalised text maps to a span of the original (Java String indices).
 */
public final class NormalizedText {

	private final String original;
	private final String text;
	private final int[] sourceIndex;

	NormalizedText(String original, String text, int[] sourceIndex) {
		this.original = original;
		this.text = text;
		this.sourceIndex = sourceIndex;
	}

	public String original() {
		return original;
	}

	/** The normalised text: folded, without ignorable characters, white space runs collapsed to one space. */
	public String text() {
		return text;
	}

	public int length() {
		return text.length();
	}

	/** The original index where the normalised character at {@code index} came from. */
	public int originalStart(int index) {
		return index >= text.length() ? original.length() : sourceIndex[index];
	}

	/** The original index just after the source of the normalised character {@code endExclusive - 1}. */
	public int originalEnd(int endExclusive) {
		if (endExclusive <= 0) {
			return 0;
		}
		int source = sourceIndex[endExclusive - 1];
		return Character.isHighSurrogate(original.charAt(source)) && source + 1 < original.length()
				&& Character.isLowSurrogate(original.charAt(source + 1)) ? source + 2 : source + 1;
	}
}
