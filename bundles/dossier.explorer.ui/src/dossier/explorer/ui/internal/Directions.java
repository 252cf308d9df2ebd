// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

/** The direction a piece of text reads in, from its first strong character (as the Unicode bidi algorithm's P2). */
public final class Directions {

	private Directions() {
	}

	/** True when the first strongly directional character of {@code text} is right-to-left. */
	public static boolean isRightToLeft(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			switch (Character.getDirectionality(cp)) {
			case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
					Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE:
				return true;
			case Character.DIRECTIONALITY_LEFT_TO_RIGHT, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
					Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE:
				return false;
			default:
				break;
			}
			i += Character.charCount(cp);
		}
		return false;
	}
}
