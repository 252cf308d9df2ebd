// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The order-preserving alignment of two fingerprints: a longest common subsequence weighted by the tokens'
 * weights. A translation keeps its original's names, figures and dates in nearly the same order; two articles
 * about the same events share many of them, but in another order and with figures of their own.
 */
public final class Alignment {

	/** Tokens of each side aligned: enough for a long article, and the table stays under a megabyte. */
	static final int MAX = 600;

	/** The tokens both hold in the same order, and the weight of each side. */
	public record Result(List<FingerprintToken> matched, double matchedWeight, double weightA, double weightB) {

		/**
		 * The share of the lighter fingerprint found in the other in order, damped when little matched at all
		 * (two names and a year in common prove nothing, however short the texts).
		 */
		public double score() {
			double lighter = Math.min(weightA, weightB);
			if (lighter <= 0) {
				return 0;
			}
			return matchedWeight / lighter * Math.min(1, matchedWeight / 12);
		}
	}

	private Alignment() {
	}

	public static Result align(List<FingerprintToken> a, List<FingerprintToken> b) {
		return align(a, b, key -> 1);
	}

	/**
	 * The alignment with each token's weight multiplied by {@code rarity} of its key (1 for a token few articles
	 * hold, less for one many hold: a name every article of a corpus mentions proves no derivation).
	 */
	public static Result align(List<FingerprintToken> a, List<FingerprintToken> b, ToDoubleFunction<String> rarity) {
		List<FingerprintToken> left = a.size() > MAX ? a.subList(0, MAX) : a;
		List<FingerprintToken> right = b.size() > MAX ? b.subList(0, MAX) : b;
		Map<String, Integer> ids = new HashMap<>();
		int[] x = ids(left, ids);
		int[] y = ids(right, ids);
		int[] altX = alts(left, ids);
		int[] altY = alts(right, ids);
		int n = x.length;
		int m = y.length;
		double[] previous = new double[m + 1];
		double[] current = new double[m + 1];
		byte[] moves = new byte[(n + 1) * (m + 1)];
		for (int i = 1; i <= n; i++) {
			for (int j = 1; j <= m; j++) {
				double best;
				byte move;
				if (previous[j] >= current[j - 1]) {
					best = previous[j];
					move = 1; // up
				} else {
					best = current[j - 1];
					move = 2; // left
				}
				if (matches(left.get(i - 1), x[i - 1], altX[i - 1], y[j - 1], altY[j - 1])) {
					double diagonal = previous[j - 1] + weight(left.get(i - 1), right.get(j - 1), rarity);
					if (diagonal > best) {
						best = diagonal;
						move = 3;
					}
				}
				current[j] = best;
				moves[i * (m + 1) + j] = move;
			}
			double[] swap = previous;
			previous = current;
			current = swap;
		}
		List<FingerprintToken> matched = new ArrayList<>();
		double transcribedLeft = 0;
		double transcribedRight = 0;
		int i = n;
		int j = m;
		while (i > 0 && j > 0) {
			byte move = moves[i * (m + 1) + j];
			if (move == 3) {
				FingerprintToken l = left.get(i - 1);
				FingerprintToken r = right.get(j - 1);
				double w = weight(l, r, rarity);
				// an Arabic word counts in its side's weight only when it matched a name of the other side
				transcribedLeft += l.transcribed() ? w : 0;
				transcribedRight += r.transcribed() ? w : 0;
				matched.add(0, l.transcribed() ? r : l);
				i--;
				j--;
			} else if (move == 1) {
				i--;
			} else {
				j--;
			}
		}
		return new Result(matched, previous[m], weight(left, rarity) + transcribedLeft, weight(right, rarity) + transcribedRight);
	}

	/**
	 * Two tokens match by their key, except two Arabic words (which only stand for possible names), or by a Latin
	 * name's skeleton against an Arabic word's.
	 */
	private static boolean matches(FingerprintToken l, int x, int altX, int y, int altY) {
		return x == y && !l.transcribed() || altX >= 0 && altX == y || altY >= 0 && altY == x;
	}

	/** What a match counts: the weight of the name or thing matched, never of the Arabic word standing for it. */
	private static double weight(FingerprintToken l, FingerprintToken r, ToDoubleFunction<String> rarity) {
		FingerprintToken token = l.transcribed() ? r : l;
		return token.weight() * rarity.applyAsDouble(token.key());
	}

	private static int[] alts(List<FingerprintToken> tokens, Map<String, Integer> ids) {
		int[] result = new int[tokens.size()];
		for (int i = 0; i < result.length; i++) {
			String alt = tokens.get(i).alt();
			result[i] = alt == null ? -1 : ids.computeIfAbsent(alt, key -> ids.size());
		}
		return result;
	}

	private static int[] ids(List<FingerprintToken> tokens, Map<String, Integer> ids) {
		int[] result = new int[tokens.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = ids.computeIfAbsent(tokens.get(i).key(), key -> ids.size());
		}
		return result;
	}

	private static double weight(List<FingerprintToken> tokens, ToDoubleFunction<String> rarity) {
		double total = 0;
		for (FingerprintToken token : tokens) {
			total += token.transcribed() ? 0 : token.weight() * rarity.applyAsDouble(token.key());
		}
		return total;
	}
}
