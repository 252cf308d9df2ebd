package dossier.entities.internal;

import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over UTF-16 keys. Transitions live in one open-addressing hash table of longs, each
 * {@code (node << 16 | char) << 24 | child} (so one cache line per probe, and at most 2^24 nodes), so 100k keys
 * take a few tens of MB and a scan costs one probe per character; the root's transitions are also in a direct
 * table, since most probes start there.
 * <p>
 * Built {@linkplain #trie without failure links} it is a plain trie for {@link #walk}: matching from chosen start
 * positions only (word starts), which is what a gazetteer needs and skips every character inside other words.
 * Immutable after construction; {@link #scan} and {@link #walk} are thread-safe.
 */
public final class AhoCorasick {

	/** Receives each key occurrence. */
	@FunctionalInterface
	public interface Hit {
		/** Key {@code key} ends just before {@code end} (exclusive) in the scanned text. */
		void found(int key, int end);
	}

	private static final int ROOT = 0;

	private final int[] keyLengths;
	private static final int NODE_BITS = 24;
	private static final int MAX_NODES = (1 << NODE_BITS) - 1;
	private static final long TARGET_MASK = (1L << NODE_BITS) - 1;
	private long[] slots;
	private int mask;
	private int nodeCount;
	private final int[] fail;
	private final int[] output;
	private final int[] dictionaryLink;
	/** The root's child per BMP character below {@link #ROOT_TABLE}, or -1. */
	private final int[] rootChildren = new int[ROOT_TABLE];
	private static final int ROOT_TABLE = 0x0700; // Latin, Greek, Cyrillic, Hebrew, Arabic

	/** An automaton with failure links, for {@link #scan}. */
	public AhoCorasick(List<String> keys) {
		this(keys, true);
	}

	/** A trie without failure links: {@link #walk} only. Smaller and faster to build. */
	public static AhoCorasick trie(List<String> keys) {
		return new AhoCorasick(keys, false);
	}

	private AhoCorasick(List<String> keys, boolean failLinks) {
		Arrays.fill(rootChildren, -1);
		keyLengths = new int[keys.size()];
		int capacityGuess = 1;
		for (String key : keys) {
			capacityGuess += key.length();
		}
		int capacity = Integer.highestOneBit(Math.max(16, capacityGuess * 2)) << 1;
		slots = new long[capacity];
		Arrays.fill(slots, -1L);
		mask = capacity - 1;
		int[] firstChild = new int[capacityGuess];
		int[] nextSibling = new int[capacityGuess];
		char[] label = new char[capacityGuess];
		int[] out = new int[capacityGuess];
		Arrays.fill(firstChild, -1);
		Arrays.fill(out, -1);
		nodeCount = 1;
		for (int k = 0; k < keys.size(); k++) {
			String key = keys.get(k);
			keyLengths[k] = key.length();
			if (key.isEmpty()) {
				continue;
			}
			int node = ROOT;
			for (int i = 0; i < key.length(); i++) {
				char c = key.charAt(i);
				int child = get(node, c);
				if (child < 0) {
					if (nodeCount >= MAX_NODES) {
						throw new IllegalArgumentException("too many names for one automaton: more than " + MAX_NODES + " trie nodes"); //$NON-NLS-1$ //$NON-NLS-2$
					}
					child = nodeCount++;
					put(node, c, child);
					label[child] = c;
					nextSibling[child] = firstChild[node];
					firstChild[node] = child;
				}
				node = child;
			}
			if (out[node] < 0) {
				out[node] = k;
			}
		}
		output = Arrays.copyOf(out, nodeCount);
		if (!failLinks) {
			fail = null;
			dictionaryLink = null;
			return;
		}
		fail = new int[nodeCount];
		dictionaryLink = new int[nodeCount];
		int[] queue = new int[nodeCount];
		int head = 0;
		int tail = 0;
		for (int child = firstChild[ROOT]; child >= 0; child = nextSibling[child]) {
			fail[child] = ROOT;
			dictionaryLink[child] = -1;
			queue[tail++] = child;
		}
		dictionaryLink[ROOT] = -1;
		while (head < tail) {
			int node = queue[head++];
			for (int child = firstChild[node]; child >= 0; child = nextSibling[child]) {
				char c = label[child];
				int f = fail[node];
				int next;
				while ((next = get(f, c)) < 0 && f != ROOT) {
					f = fail[f];
				}
				fail[child] = next >= 0 && next != child ? next : ROOT;
				int suffix = fail[child];
				dictionaryLink[child] = output[suffix] >= 0 ? suffix : dictionaryLink[suffix];
				queue[tail++] = child;
			}
		}
	}

	private int slot(int node, char c) {
		long h = ((long) node << 16 | c) * 0x9E3779B97F4A7C15L;
		return (int) (h >>> 40) & mask;
	}

	private int get(int node, char c) {
		if (node == ROOT && c < ROOT_TABLE) {
			return rootChildren[c];
		}
		long key = (long) node << 16 | c;
		for (int i = slot(node, c);; i = (i + 1) & mask) {
			long k = slots[i];
			if (k == -1L) {
				return -1;
			}
			if (k >>> NODE_BITS == key) {
				return (int) (k & TARGET_MASK);
			}
		}
	}

	private void put(int node, char c, int child) {
		if (node == ROOT && c < ROOT_TABLE) {
			rootChildren[c] = child;
		}
		long key = (long) node << 16 | c;
		int i = slot(node, c);
		while (slots[i] != -1L) {
			i = (i + 1) & mask;
		}
		slots[i] = key << NODE_BITS | child;
	}

	public int keyLength(int key) {
		return keyLengths[key];
	}

	public int nodeCount() {
		return nodeCount;
	}

	/**
	 * Reports every key that starts exactly at {@code from} and ends at or before {@code to}, shortest first: one
	 * probe per character until the text leaves the trie.
	 */
	public void walk(CharSequence text, int from, int to, Hit hit) {
		if (from >= to) {
			return;
		}
		int state = get(ROOT, text.charAt(from));
		int i = from;
		while (state >= 0) {
			i++;
			if (output[state] >= 0) {
				hit.found(output[state], i);
			}
			if (i >= to) {
				return;
			}
			state = get(state, text.charAt(i));
		}
	}

	/** Reports every occurrence of every key in {@code text[from, to)}, overlapping ones included. */
	public void scan(CharSequence text, int from, int to, Hit hit) {
		int state = ROOT;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			int next;
			while ((next = get(state, c)) < 0 && state != ROOT) {
				state = fail[state];
			}
			state = next >= 0 ? next : ROOT;
			int reported = output[state] >= 0 ? state : dictionaryLink[state];
			while (reported > 0) {
				hit.found(output[reported], i + 1);
				reported = dictionaryLink[reported];
			}
		}
	}
}
