// SPDX-License-Identifier: EPL-2.0
package dossier.insight.internal;

import java.util.Arrays;
import java.util.function.LongBinaryOperator;

/**
 * Counts per pair of small non-negative ints, in an open-addressing table of longs: co-occurrence over 100,000
 * articles makes millions of increments, which boxed keys in a {@code HashMap} would make several times slower.
 */
public final class PairCounts {

	private static final long EMPTY = -1L;

	private long[] keys;
	private int[] counts;
	private int size;

	public PairCounts() {
		keys = new long[1 << 12];
		Arrays.fill(keys, EMPTY);
		counts = new int[keys.length];
	}

	/** Adds one to the pair {@code (a, b)}, whichever way round. */
	public void increment(int a, int b) {
		long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
		int slot = find(keys, key);
		if (keys[slot] == EMPTY) {
			keys[slot] = key;
			size++;
			if (size * 2 > keys.length) {
				grow();
				slot = find(keys, key);
			}
		}
		counts[slot]++;
	}

	/** The number of pairs counted. */
	public int size() {
		return size;
	}

	/** Calls {@code visitor} with each pair's key ({@code a << 32 | b}, a &lt; b) and count; its result is ignored. */
	public void forEach(LongBinaryOperator visitor) {
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] != EMPTY) {
				visitor.applyAsLong(keys[i], counts[i]);
			}
		}
	}

	private static int find(long[] table, long key) {
		int mask = table.length - 1;
		int slot = (int) (mix(key) & mask);
		while (table[slot] != EMPTY && table[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private static long mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 29);
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldCounts = counts;
		keys = new long[oldKeys.length * 2];
		Arrays.fill(keys, EMPTY);
		counts = new int[keys.length];
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				int slot = find(keys, oldKeys[i]);
				keys[slot] = oldKeys[i];
				counts[slot] = oldCounts[i];
			}
		}
	}
}
