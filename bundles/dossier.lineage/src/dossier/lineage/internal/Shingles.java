// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Word shingles of a text, kept as two small sketches so that memory stays bounded however long the texts and
 * however large the corpus: a MinHash signature ({@value #HASHES} minima, banded for locality-sensitive hashing)
 * to find candidates, and a bottom-k sample (the {@value #SAMPLE} smallest shingle hashes) from which the overlap of
 * two texts is estimated. A text with fewer shingles than {@value #SAMPLE} is kept whole, so the overlap of short
 * texts is exact.
 */
public final class Shingles {

	/** Words per shingle. */
	static final int SIZE = 4;
	static final int HASHES = 63;
	static final int BANDS = 21;
	static final int ROWS = HASHES / BANDS;
	static final int SAMPLE = 512;
	/** Words read per article: enough for any news article; a book is compared by its beginning. */
	static final int MAX_WORDS = 60_000;
	/**
	 * One distinct shingle in this many is an anchor, chosen by its hash, so that two texts choose the same ones where
	 * they have the same words: a teaser or an excerpt that holds a small part of a longer text shares few of its
	 * MinHash bands (they follow the Jaccard similarity of the whole texts), but most of its own anchors.
	 */
	static final int ANCHOR_RATE = 16;
	/**
	 * Shingles, from the start of the text, among which anchors are chosen (about 32 of them): a teaser, an excerpt or a
	 * trimmed copy keeps the beginning of its text, and the index keeps little per article whatever its length.
	 */
	static final int ANCHOR_LEAD = 512;
	/**
	 * Shingles at each end of a text kept in its {@link #head} and {@link #tail}: two excerpts of one article cut at
	 * different places (a copy site that drops the first paragraphs, a stored page cut at a fixed length) may share only
	 * the passage where one ends and the other begins, too little of either for the sample or the anchors to tell.
	 */
	static final int EDGE = 48;
	/** One edge shingle in this many is an edge key, chosen by its hash, for the index to find such a pair. */
	static final int EDGE_RATE = 4;

	final long[] sample;
	final int count;
	final long[] bands;
	final long textHash;
	final long[] anchors;
	/** The first and last {@link #EDGE} shingles, each as the low 32 bits of its hash, sorted, each once. */
	final int[] head;
	final int[] tail;

	private Shingles(long[] sample, int count, long[] bands, long textHash, long[] anchors, int[] head, int[] tail) {
		this.sample = sample;
		this.count = count;
		this.bands = bands;
		this.textHash = textHash;
		this.anchors = anchors;
		this.head = head;
		this.tail = tail;
	}

	static Shingles of(List<String> words) {
		long textHash = 0x9E3779B97F4A7C15L;
		long[] wordHashes = new long[words.size()];
		for (int i = 0; i < wordHashes.length; i++) {
			wordHashes[i] = hash(words.get(i));
			textHash = mix(textHash * 31 + wordHashes[i]);
		}
		int n = words.isEmpty() ? 0 : Math.max(1, words.size() - SIZE + 1);
		long[] all = new long[n];
		for (int i = 0; i < n; i++) {
			long h = 0;
			for (int j = i; j < Math.min(i + SIZE, wordHashes.length); j++) {
				h = mix(h * 0x100000001B3L + wordHashes[j]);
			}
			all[i] = h;
		}
		long[] anchors = anchors(all);
		int[] head = edge(all, 0, Math.min(EDGE, n));
		int[] tail = n <= EDGE ? head : edge(all, n - EDGE, n);
		Arrays.sort(all);
		long[] distinct = distinct(all);
		long[] minima = new long[HASHES];
		Arrays.fill(minima, Long.MAX_VALUE);
		for (long shingle : distinct) {
			for (int k = 0; k < HASHES; k++) {
				long value = mix(shingle ^ SEEDS[k]);
				if (value < minima[k]) {
					minima[k] = value;
				}
			}
		}
		long[] bands = new long[distinct.length == 0 ? 0 : BANDS];
		for (int b = 0; b < bands.length; b++) {
			long h = b + 1;
			for (int r = 0; r < ROWS; r++) {
				h = mix(h * 31 + minima[b * ROWS + r]);
			}
			bands[b] = h;
		}
		long[] sample = distinct.length <= SAMPLE ? distinct : Arrays.copyOf(distinct, SAMPLE);
		return new Shingles(sample, distinct.length, bands, textHash, anchors, head, tail);
	}

	private static int[] edge(long[] inTextOrder, int from, int to) {
		int[] edge = new int[to - from];
		for (int i = from; i < to; i++) {
			edge[i - from] = (int) inTextOrder[i];
		}
		Arrays.sort(edge);
		int n = 0;
		for (int i = 0; i < edge.length; i++) {
			if (i == 0 || edge[i] != edge[i - 1]) {
				edge[n++] = edge[i];
			}
		}
		return Arrays.copyOf(edge, n);
	}

	/** The edge keys ({@link #EDGE_RATE}) of the text's {@link #head} or {@link #tail}. */
	static long[] edgeKeys(int[] edge) {
		return Arrays.stream(edge).filter(h -> (mix(h ^ EDGE_SEED) & (EDGE_RATE - 1)) == 0).asLongStream().toArray();
	}

	/**
	 * The shingles two texts share where one ends and the other begins ({@link #EDGE} at each end): the more of the end
	 * of {@code a} found at the start of {@code b} and of the end of {@code b} at the start of {@code a}; 0 when the two
	 * texts begin alike (as many of their first shingles in common), as posts on one template and two copies of one
	 * text from its start do.
	 */
	static int edgeRun(Shingles a, Shingles b) {
		int run = Math.max(common(a.tail, b.head), common(b.tail, a.head));
		return common(a.head, b.head) >= run ? 0 : run;
	}

	private static int common(int[] x, int[] y) {
		int i = 0;
		int j = 0;
		int both = 0;
		while (i < x.length && j < y.length) {
			if (x[i] < y[j]) {
				i++;
			} else if (y[j] < x[i]) {
				j++;
			} else {
				both++;
				i++;
				j++;
			}
		}
		return both;
	}

	/**
	 * The estimated shared shingles of two texts: the bottom-k sample of the union, and how much of it both hold.
	 * Exact when both texts have at most {@value #SAMPLE} shingles.
	 *
	 * @return {shared, jaccard, containment of the smaller in the larger}
	 */
	static double[] overlap(Shingles a, Shingles b) {
		if (a.count == 0 || b.count == 0) {
			return new double[] { 0, 0, 0 };
		}
		int k = Math.min(SAMPLE, Math.min(a.count + b.count, a.sample.length + b.sample.length));
		int i = 0;
		int j = 0;
		int seen = 0;
		int both = 0;
		while (seen < k && (i < a.sample.length || j < b.sample.length)) {
			if (j >= b.sample.length || i < a.sample.length && a.sample[i] < b.sample[j]) {
				i++;
			} else if (i >= a.sample.length || b.sample[j] < a.sample[i]) {
				j++;
			} else {
				both++;
				i++;
				j++;
			}
			seen++;
		}
		double jaccard = seen == 0 ? 0 : (double) both / seen;
		double union = (a.count + b.count) / (1 + jaccard);
		double shared = jaccard * union;
		double containment = Math.min(1, shared / Math.min(a.count, b.count));
		return new double[] { shared, jaccard, containment };
	}

	/** The anchors among the first {@link #ANCHOR_LEAD} of {@code inTextOrder}, sorted, each once. */
	private static long[] anchors(long[] inTextOrder) {
		int lead = Math.min(ANCHOR_LEAD, inTextOrder.length);
		long[] anchors = new long[lead];
		int n = 0;
		for (int i = 0; i < lead; i++) {
			if ((mix(inTextOrder[i] ^ ANCHOR_SEED) & (ANCHOR_RATE - 1)) == 0) {
				anchors[n++] = inTextOrder[i];
			}
		}
		long[] picked = Arrays.copyOf(anchors, n);
		Arrays.sort(picked);
		return distinct(picked);
	}

	private static final long ANCHOR_SEED = 0x5DEECE66DL;
	private static final long EDGE_SEED = 0x2545F4914F6CDD1DL;

	private static long[] distinct(long[] sorted) {
		int n = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[n++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, n);
	}

	static long hash(String text) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			h = (h ^ text.charAt(i)) * 0x100000001b3L;
		}
		return mix(h);
	}

	/** SplitMix64's finaliser: spreads every input bit over the output. */
	static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static final long[] SEEDS = new long[HASHES];
	static {
		long seed = 42;
		for (int k = 0; k < HASHES; k++) {
			seed = mix(seed);
			SEEDS[k] = seed;
		}
	}
}
