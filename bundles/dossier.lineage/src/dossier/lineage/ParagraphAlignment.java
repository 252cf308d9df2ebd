// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import dossier.lineage.internal.FingerprintToken;
import dossier.lineage.internal.Fingerprints;

/**
 * The paragraphs of an original and of its copy (a translation, a republication), paired in order, for reading
 * them side by side. Each paragraph's language-independent fingerprint (the numbers, dates, addresses, handles and
 * Latin-script names the engine links articles by, see {@link LineageKeys}) is compared with the other side's; an
 * order-preserving alignment (a dynamic programme over both paragraph lists, a paragraph paired with at most one)
 * keeps the pairs that share the most as anchors, and between two anchors pairs paragraphs by their place and length,
 * so a translated paragraph without a single name or figure still finds its partner. A paragraph the other side does
 * not have (a translator's note, a headline left out) stays unpaired.
 * <p>
 * Paragraphs are the text's non-blank lines, with UTF-16 offsets into the text as given. Plain Java, no state;
 * linear in the texts' length plus the product of their paragraph counts.
 */
public final class ParagraphAlignment {

	/** Paragraphs of a side beyond this are left unpaired: the table stays small for a very long text. */
	static final int MAX_PARAGRAPHS = 1_500;

	/** A paragraph: the {@code index}-th non-blank line of its text, from {@code start} to {@code end} (exclusive). */
	public record Paragraph(int index, int start, int end) {

		/** Its text, from the text it was found in. */
		public String of(String text) {
			return text.substring(start, end);
		}
	}

	/** Why two paragraphs were paired. */
	public enum Basis {
		/** They share fingerprint tokens (names, numbers, dates, addresses, handles), listed in {@link Pair#shared()}. */
		FINGERPRINT,
		/** Nothing in common that a translation keeps: paired by their place between the anchors and their length. */
		POSITION,
		/** One side only: the other has no partner for it. */
		UNPAIRED
	}

	/**
	 * One row of the alignment.
	 *
	 * @param original the paragraph's index in the original, or -1
	 * @param copy the paragraph's index in the copy, or -1
	 * @param basis why they were paired
	 * @param shared the fingerprint tokens both hold, as the copy writes them, in its order (empty unless
	 *        {@link Basis#FINGERPRINT})
	 */
	public record Pair(int original, int copy, Basis basis, List<String> shared) {

		public Pair {
			shared = List.copyOf(shared);
		}

		/** Whether both sides have a paragraph. */
		public boolean paired() {
			return original >= 0 && copy >= 0;
		}
	}

	private final List<Paragraph> originalParagraphs;
	private final List<Paragraph> copyParagraphs;
	private final List<Pair> pairs;
	private final Map<Integer, Pair> byOriginal = new HashMap<>();
	private final Map<Integer, Pair> byCopy = new HashMap<>();

	private ParagraphAlignment(List<Paragraph> originalParagraphs, List<Paragraph> copyParagraphs, List<Pair> pairs) {
		this.originalParagraphs = List.copyOf(originalParagraphs);
		this.copyParagraphs = List.copyOf(copyParagraphs);
		this.pairs = List.copyOf(pairs);
		for (Pair pair : pairs) {
			if (pair.original() >= 0) {
				byOriginal.put(pair.original(), pair);
			}
			if (pair.copy() >= 0) {
				byCopy.put(pair.copy(), pair);
			}
		}
	}

	/** The non-blank lines of {@code text}, without their surrounding white space. */
	public static List<Paragraph> paragraphs(String text) {
		List<Paragraph> paragraphs = new ArrayList<>();
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			int start = lineStart;
			int end = lineEnd;
			while (start < end && Character.isWhitespace(text.charAt(start))) {
				start++;
			}
			while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			if (end > start) {
				paragraphs.add(new Paragraph(paragraphs.size(), start, end));
			}
			lineStart = lineEnd + 1;
		}
		return paragraphs;
	}

	/** Aligns the paragraphs of {@code copy} with those of {@code original}. */
	public static ParagraphAlignment align(String original, String copy) {
		List<Paragraph> left = paragraphs(original);
		List<Paragraph> right = paragraphs(copy);
		int n = Math.min(left.size(), MAX_PARAGRAPHS);
		int m = Math.min(right.size(), MAX_PARAGRAPHS);
		List<List<FingerprintToken>> leftTokens = tokens(original, left, n);
		List<List<FingerprintToken>> rightTokens = tokens(copy, right, m);

		// First the anchors: the order-preserving pairs that share the most fingerprint weight.
		double[][] best = new double[n + 1][m + 1];
		byte[][] move = new byte[n + 1][m + 1];
		for (int i = 0; i <= n; i++) {
			for (int j = 0; j <= m; j++) {
				if (i == 0 && j == 0) {
					continue;
				}
				double score = Double.NEGATIVE_INFINITY;
				byte how = 0;
				if (i > 0 && best[i - 1][j] > score) {
					score = best[i - 1][j];
					how = 1;
				}
				if (j > 0 && best[i][j - 1] > score) {
					score = best[i][j - 1];
					how = 2;
				}
				if (i > 0 && j > 0) {
					double similarity = similarity(leftTokens.get(i - 1), rightTokens.get(j - 1));
					if (similarity > 0 && best[i - 1][j - 1] + similarity > score) {
						score = best[i - 1][j - 1] + similarity;
						how = 3;
					}
				}
				best[i][j] = score;
				move[i][j] = how;
			}
		}
		List<int[]> anchors = new ArrayList<>();
		for (int i = n, j = m; i > 0 && j > 0;) {
			if (move[i][j] == 3) {
				anchors.add(0, new int[] { i - 1, j - 1 });
				i--;
				j--;
			} else if (move[i][j] == 1) {
				i--;
			} else {
				j--;
			}
		}
		// Then the paragraphs between two anchors, by their place there and their length.
		List<Pair> pairs = new ArrayList<>();
		int i = 0;
		int j = 0;
		for (int k = 0; k <= anchors.size(); k++) {
			int[] anchor = k < anchors.size() ? anchors.get(k) : new int[] { n, m };
			Place place = k == 0 && !anchors.isEmpty() ? Place.BEFORE_FIRST
					: k == anchors.size() && !anchors.isEmpty() ? Place.AFTER_LAST : Place.BETWEEN;
			pairs.addAll(between(left, i, anchor[0], right, j, anchor[1], place));
			if (k < anchors.size()) {
				pairs.add(new Pair(anchor[0], anchor[1], Basis.FINGERPRINT,
						shared(leftTokens.get(anchor[0]), rightTokens.get(anchor[1]))));
			}
			i = anchor[0] + 1;
			j = anchor[1] + 1;
		}
		for (int k = n; k < left.size(); k++) {
			pairs.add(new Pair(k, -1, Basis.UNPAIRED, List.of()));
		}
		for (int k = m; k < right.size(); k++) {
			pairs.add(new Pair(-1, k, Basis.UNPAIRED, List.of()));
		}
		return new ParagraphAlignment(left, right, pairs);
	}

	/** Where a run of paragraphs without anchors lies: what its paragraphs' places are measured from. */
	private enum Place {
		/** Before the first anchor: from the anchor back (a headline or a note the other side lacks comes first). */
		BEFORE_FIRST,
		/** Between two anchors, or in a text without any: the share of the way from one to the other. */
		BETWEEN,
		/** After the last anchor: from the anchor on. */
		AFTER_LAST
	}

	/**
	 * Pairs the original's paragraphs {@code [i0, i1)} with the copy's {@code [j0, j1)}, in order: as many pairs as
	 * the shorter run has paragraphs, the ones whose places and lengths are most alike.
	 */
	private static List<Pair> between(List<Paragraph> left, int i0, int i1, List<Paragraph> right, int j0, int j1,
			Place place) {
		int n = i1 - i0;
		int m = j1 - j0;
		List<Pair> pairs = new ArrayList<>(n + m);
		double leftLength = length(left, i0, i1);
		double rightLength = length(right, j0, j1);
		double[][] best = new double[n + 1][m + 1];
		byte[][] move = new byte[n + 1][m + 1];
		for (int a = 0; a <= n; a++) {
			for (int b = 0; b <= m; b++) {
				if (a == 0 && b == 0) {
					continue;
				}
				double score = Double.NEGATIVE_INFINITY;
				byte how = 0;
				if (a > 0 && best[a - 1][b] > score) {
					score = best[a - 1][b];
					how = 1;
				}
				if (b > 0 && best[a][b - 1] > score) {
					score = best[a][b - 1];
					how = 2;
				}
				if (a > 0 && b > 0) {
					double pair = best[a - 1][b - 1] + closeness(place, a - 1, n, size(left.get(i0 + a - 1), leftLength),
							b - 1, m, size(right.get(j0 + b - 1), rightLength));
					if (pair > score) {
						score = pair;
						how = 3;
					}
				}
				best[a][b] = score;
				move[a][b] = how;
			}
		}
		for (int a = n, b = m; a > 0 || b > 0;) {
			if (move[a][b] == 3) {
				pairs.add(0, new Pair(i0 + a - 1, j0 + b - 1, Basis.POSITION, List.of()));
				a--;
				b--;
			} else if (move[a][b] == 1) {
				pairs.add(0, new Pair(i0 + a - 1, -1, Basis.UNPAIRED, List.of()));
				a--;
			} else {
				pairs.add(0, new Pair(-1, j0 + b - 1, Basis.UNPAIRED, List.of()));
				b--;
			}
		}
		return pairs;
	}

	/** The original's paragraphs, in order. */
	public List<Paragraph> originalParagraphs() {
		return originalParagraphs;
	}

	/** The copy's paragraphs, in order. */
	public List<Paragraph> copyParagraphs() {
		return copyParagraphs;
	}

	/** Every paragraph of both sides once, in reading order: paired ones together, unpaired ones alone. */
	public List<Pair> pairs() {
		return pairs;
	}

	/** The pair that holds the original's paragraph {@code index}. */
	public Pair ofOriginal(int index) {
		Pair pair = byOriginal.get(index);
		return pair != null ? pair : new Pair(index, -1, Basis.UNPAIRED, List.of());
	}

	/** The pair that holds the copy's paragraph {@code index}. */
	public Pair ofCopy(int index) {
		Pair pair = byCopy.get(index);
		return pair != null ? pair : new Pair(-1, index, Basis.UNPAIRED, List.of());
	}

	/** The copy's paragraph paired with the original's paragraph {@code index}, if any. */
	public OptionalInt copyOf(int index) {
		int copy = ofOriginal(index).copy();
		return copy < 0 ? OptionalInt.empty() : OptionalInt.of(copy);
	}

	/** The original's paragraph paired with the copy's paragraph {@code index}, if any. */
	public OptionalInt originalOf(int index) {
		int original = ofCopy(index).original();
		return original < 0 ? OptionalInt.empty() : OptionalInt.of(original);
	}

	/** How many paragraphs were paired, and of them how many by shared fingerprint tokens. */
	public int pairedCount() {
		return (int) pairs.stream().filter(Pair::paired).count();
	}

	/** How many pairs share fingerprint tokens. */
	public int anchoredCount() {
		return (int) pairs.stream().filter(pair -> pair.basis() == Basis.FINGERPRINT).count();
	}

	private static List<List<FingerprintToken>> tokens(String text, List<Paragraph> paragraphs, int count) {
		List<List<FingerprintToken>> tokens = new ArrayList<>(count);
		for (int k = 0; k < count; k++) {
			tokens.add(Fingerprints.of(paragraphs.get(k).of(text), List.of()));
		}
		return tokens;
	}

	private static double length(List<Paragraph> paragraphs, int from, int to) {
		double total = 0;
		for (int k = from; k < to; k++) {
			total += paragraphs.get(k).end() - paragraphs.get(k).start();
		}
		return Math.max(1, total);
	}

	private static double size(Paragraph paragraph, double total) {
		return (paragraph.end() - paragraph.start()) / total;
	}

	/**
	 * What two paragraphs share, from 0 to 1: the weight of the tokens both hold (each as often as the rarer side
	 * holds it) over the lighter side's weight, damped while little is shared (one two-digit number proves less than
	 * a handle and a date).
	 */
	static double similarity(List<FingerprintToken> a, List<FingerprintToken> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Map<String, Integer> counts = new HashMap<>();
		double weightA = 0;
		for (FingerprintToken token : a) {
			counts.merge(token.key(), 1, Integer::sum);
			weightA += token.weight();
		}
		double weightB = 0;
		double shared = 0;
		for (FingerprintToken token : b) {
			weightB += token.weight();
			Integer left = counts.get(token.key());
			if (left != null && left > 0) {
				shared += token.weight();
				counts.put(token.key(), left - 1);
			}
		}
		double lighter = Math.min(weightA, weightB);
		if (shared <= 0 || lighter <= 0) {
			return 0;
		}
		return Math.min(1, shared / lighter) * Math.min(1, shared / 3);
	}

	/**
	 * How alike two paragraphs' places are in their runs, from 0 to 1: the same distance from the anchor the run is
	 * measured from (or the same share of the way between two), and, as a tie-breaker, the same share of the run's
	 * length (a translation keeps a long paragraph long).
	 */
	private static double closeness(Place place, int a, int n, double sizeA, int b, int m, double sizeB) {
		double where = switch (place) {
		case BEFORE_FIRST -> 1 - Math.abs((n - a) - (m - b)) / (double) Math.max(n, m);
		case AFTER_LAST -> 1 - Math.abs(a - b) / (double) Math.max(n, m);
		case BETWEEN -> 1 - Math.abs((a + 0.5) / n - (b + 0.5) / m);
		};
		double alike = Math.min(sizeA, sizeB) / Math.max(sizeA, sizeB);
		return where * (0.8 + 0.2 * alike);
	}

	private static List<String> shared(List<FingerprintToken> a, List<FingerprintToken> b) {
		Map<String, Integer> counts = new HashMap<>();
		for (FingerprintToken token : a) {
			counts.merge(token.key(), 1, Integer::sum);
		}
		Set<String> shown = new LinkedHashSet<>();
		for (FingerprintToken token : b) {
			Integer left = counts.get(token.key());
			if (left != null && left > 0) {
				shown.add(token.shown());
				counts.put(token.key(), left - 1);
			}
		}
		return List.copyOf(shown);
	}
}
