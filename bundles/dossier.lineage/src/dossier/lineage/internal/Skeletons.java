// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.internal;

import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Consonant skeletons that a Latin-script name and its Arabic transcription share: "Janet" and "جانيت" are both
 * {@code KNT}, "Fortaleza" and "فورتاليزا" {@code FRTLS}, "Brazil" and "البرازيل" {@code BRSL}. Vowels, h, w and y
 * are dropped (Arabic writes them as long vowels or not at all, and transcribes h several ways); letters that
 * transcriptions confuse share a class (g, j, k, q, c; s, z; b, p; f, v). A skeleton needs three consonants: two
 * match too many words to say anything.
 */
final class Skeletons {

	/** Consonants a skeleton needs. */
	static final int MIN = 3;

	/**
	 * Frequent Arabic words whose skeleton has three consonants: they match names by chance ("كانت" and "Janet")
	 * and say nothing about a source.
	 */
	private static final Set<String> ARABIC_COMMON = Set.of("كانت", "يكون", "تكون", "كانوا", "يمكن", "سنوات", "اكثر", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"الاكثر", "جميع", "مختلف", "مختلفة", "بعض", "الكثير", "كثيرة", "كبيرة", "الكبير", "مرتبطة", "تمكن", "مشاركة", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"المشاركة", "يتمكن", "اللغات", "لغات", "ترجمة", "المترجمين", "مقال", "المقال", "مقالات", "الانترنت", "الإنترنت", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"العالم", "العالمية", "الأصوات", "الاصوات", "حكومة", "الحكومة", "الشرطة", "السلطات", "مدينة", "المدينة"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	private Skeletons() {
	}

	/** The skeleton of a folded Latin-script name ({@code a-z} after folding), or null when it is too short. */
	static @Nullable String latin(String folded) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			char next = i + 1 < folded.length() ? folded.charAt(i + 1) : ' ';
			char cls = switch (c) {
			case 'b', 'p' -> 'B';
			case 't' -> 'T';
			case 'd' -> 'D';
			case 'g', 'j', 'k', 'q', 'x' -> 'K';
			case 'c' -> next == 'e' || next == 'i' ? 'S' : next == 'h' ? 'S' : 'K';
			case 's', 'z' -> 'S';
			case 'f', 'v' -> 'F';
			case 'l' -> 'L';
			case 'm' -> 'M';
			case 'n' -> 'N';
			case 'r' -> 'R';
			default -> ' ';
			};
			if (c == 'c' && next == 'h' || (c == 's' && next == 'h') || (c == 'p' && next == 'h')) {
				cls = c == 'p' ? 'F' : 'S';
				i++;
			}
			append(out, cls);
		}
		return out.length() >= MIN ? out.toString() : null;
	}

	/** The skeleton of an Arabic-script word, without the article, or null when it is too short or too common. */
	static @Nullable String arabic(String word) {
		String w = word;
		if (ARABIC_COMMON.contains(w)) {
			return null;
		}
		for (String prefix : new String[] { "وال", "بال", "فال", "لل", "ال" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			if (w.startsWith(prefix) && w.length() - prefix.length() >= 3) {
				w = w.substring(prefix.length());
				break;
			}
		}
		if (ARABIC_COMMON.contains("ال" + w)) { //$NON-NLS-1$
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < w.length(); i++) {
			char cls = switch (w.charAt(i)) {
			case 'ب', 'پ' -> 'B';
			case 'ت', 'ط' -> 'T';
			case 'د', 'ض', 'ذ', 'ظ' -> 'D';
			case 'ج', 'غ', 'ق', 'ك', 'گ', 'خ' -> 'K';
			case 'س', 'ص', 'ز', 'ش', 'ث' -> 'S';
			case 'ف', 'ڤ' -> 'F';
			case 'ل' -> 'L';
			case 'م' -> 'M';
			case 'ن' -> 'N';
			case 'ر' -> 'R';
			default -> ' ';
			};
			append(out, cls);
		}
		return out.length() >= MIN ? out.toString() : null;
	}

	private static void append(StringBuilder out, char cls) {
		if (cls != ' ' && (out.length() == 0 || out.charAt(out.length() - 1) != cls)) {
			out.append(cls);
		}
	}
}
