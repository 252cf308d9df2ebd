// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.internal;

import java.util.Arrays;

/**
 * The letter 4-grams of a text's longer Latin-script words, folded (no case, no accents): what two texts in
 * different Latin-script languages share when one translates the other. "organization", "organización",
 * "organisation" and "organizzazione" share "orga", "rgan", "gani"; a translation carries over hundreds of such
 * cognates, names and loan words in its original's vocabulary, while an article written on its own about the same
 * people shares their names and little else. No dictionary, no model: it works for any pair of Latin-script languages
 * and says nothing for others (Arabic against English shares no letters).
 * <p>
 * Kept as at most {@link #MAX} hashes, the smallest (a bottom-k sketch), so an article costs a few kilobytes.
 */
public final class Cognates {

	/** Hashes kept; a typical article's excerpt has fewer distinct 4-grams, so its set is exact. */
	static final int MAX = 1_024;
	/** Words shorter than this are mostly grammar words, which differ between languages. */
	static final int MIN_WORD = 5;
	private static final int GRAM = 4;
	/**
	 * Fewer distinct 4-grams than this say nothing: an Arabic text whose only Latin letters are a handle and an
	 * address would otherwise be "contained" in any English text that has them.
	 */
	static final int MIN_GRAMS = 100;

	private final int[] sketch;
	/** Distinct 4-grams in the text, even beyond the sketch. */
	private final int distinct;

	private Cognates(int[] sketch, int distinct) {
		this.sketch = sketch;
		this.distinct = distinct;
	}

	/** The cognate sketch of {@code text}. */
	static Cognates of(String text) {
		int[] hashes = new int[64];
		int count = 0;
		String folded = TextFolding.fold(text);
		int start = -1;
		for (int i = 0; i <= folded.length(); i++) {
			char c = i < folded.length() ? folded.charAt(i) : ' ';
			boolean latin = c >= 'a' && c <= 'z';
			if (latin && start < 0) {
				start = i;
			} else if (!latin && start >= 0) {
				if (i - start >= MIN_WORD && !Character.isLetter(c)) {
					for (int g = start; g + GRAM <= i; g++) {
						if (count == hashes.length) {
							hashes = Arrays.copyOf(hashes, count * 2);
						}
						hashes[count++] = (int) Shingles.mix(Shingles.hash(folded.substring(g, g + GRAM)));
					}
				}
				start = -1;
			}
		}
		int[] sorted = Arrays.copyOf(hashes, count);
		Arrays.sort(sorted);
		int unique = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[unique++] = sorted[i];
			}
		}
		return new Cognates(Arrays.copyOf(sorted, Math.min(unique, MAX)), unique);
	}

	/**
	 * The share of the smaller text's 4-grams that are in the other: exact when both texts are short enough for
	 * their whole set to be kept, else estimated from the two sketches (the Jaccard similarity of the union's
	 * smallest hashes, turned into a containment with the two sizes).
	 */
	static double containment(Cognates a, Cognates b) {
		int smaller = Math.min(a.distinct, b.distinct);
		if (smaller < MIN_GRAMS) {
			return 0;
		}
		int k = Math.min(MAX, Math.min(a.sketch.length, b.sketch.length));
		int i = 0;
		int j = 0;
		int taken = 0;
		int shared = 0;
		boolean exact = a.distinct == a.sketch.length && b.distinct == b.sketch.length;
		while (i < a.sketch.length && j < b.sketch.length && (exact || taken < k)) {
			if (a.sketch[i] == b.sketch[j]) {
				shared++;
				i++;
				j++;
			} else if (a.sketch[i] < b.sketch[j]) {
				i++;
			} else {
				j++;
			}
			taken++;
		}
		if (exact) {
			return shared / (double) smaller;
		}
		double jaccard = shared / (double) Math.max(1, taken);
		return Math.min(1, jaccard * (a.distinct + b.distinct) / ((1 + jaccard) * smaller));
	}
}
