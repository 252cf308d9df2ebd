// SPDX-License-Identifier: EPL-2.0
package dossier.core.model;

import org.eclipse.jdt.annotation.Nullable;

/** Base direction of a text, as the Unicode bidirectional algorithm's paragraph level. */
public enum TextDirection {
	LTR, RTL;

	/**
	 * The direction of the first strong character of {@code text} (rule P2 of the bidirectional algorithm),
	 * {@code fallback} when there is none.
	 */
	public static TextDirection firstStrong(CharSequence text, TextDirection fallback) {
		TextDirection direction = firstStrong(text);
		return direction == null ? fallback : direction;
	}

	/** The direction of the first strong character of {@code text}, null when there is none. */
	public static @Nullable TextDirection firstStrong(CharSequence text) {
		for (int i = 0; i < text.length();) {
			int cp = Character.codePointAt(text, i);
			i += Character.charCount(cp);
			switch (Character.getDirectionality(cp)) {
			case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
				return LTR;
			case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
				return RTL;
			default:
				break;
			}
		}
		return null;
	}
}
