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

	/**
	 * The direction of the first strong character of {@code text}, null when there is none. As rule P2 says,
	 * characters between an isolate initiator (LRI, RLI, FSI) and its matching PDI are skipped; and an explicit
	 * embedding or override (LRE, LRO, RLE, RLO) met first decides, since whoever wrote it meant that direction.
	 * Code points outside the Basic Multilingual Plane count as one character each.
	 */
	public static @Nullable TextDirection firstStrong(CharSequence text) {
		int isolates = 0;
		for (int i = 0; i < text.length();) {
			int cp = Character.codePointAt(text, i);
			i += Character.charCount(cp);
			switch (Character.getDirectionality(cp)) {
			case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
					Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE:
				isolates++;
				break;
			case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE:
				isolates = Math.max(0, isolates - 1);
				break;
			case Character.DIRECTIONALITY_LEFT_TO_RIGHT, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
					Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE:
				if (isolates == 0) {
					return LTR;
				}
				break;
			case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
					Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE:
				if (isolates == 0) {
					return RTL;
				}
				break;
			default:
				break;
			}
		}
		return null;
	}
}
