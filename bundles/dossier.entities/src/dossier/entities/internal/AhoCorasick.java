// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

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
	/** Transitions of the first {@link #shallowLimit} nodes (breadth-first): the ones nearly every probe needs. */
	private long[] shallow;
	private int shallowMask;
	private int shallowLimit;
	private static final int SHALLOW_NODES = 1 << 13;
	/** Per node: where its tail starts in {@link #tails}, or -1; null when no node has one. */
	private final int @Nullable [] tailStart;
	private final int @Nullable [] tailLength;
	/** The key that ends where a node's tail ends. */
	private final int @Nullable [] tailKey;
	private final char[] tails;
	private int mask;
	private int nodeCount;
	private final int @Nullable [] fail;
	private final int[] output;
	private final int @Nullable [] dictionaryLink;
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
		// Trie only: a node below which the trie is one path to a leaf, with no key ending on the way, keeps that
		// path as a string (its tail); the nodes on the path get no number and no transitions. In a catalogue of
		// names, most deep nodes are such paths: a walk then reads them from one array instead of probing the
		// table at each character.
		int[] breadthFirst = new int[nodeCount];
		int reached = 1;
		for (int head = 0; head < reached; head++) {
			for (int child = firstChild[breadthFirst[head]]; child >= 0; child = nextSibling[child]) {
				breadthFirst[reached++] = child;
			}
		}
		boolean[] onePath = new boolean[nodeCount];
		if (!failLinks) {
			for (int i = nodeCount - 1; i > 0; i--) { // children before parents
				int node = breadthFirst[i];
				int child = firstChild[node];
				onePath[node] = child < 0 || nextSibling[child] < 0 && onePath[child] && (firstChild[child] < 0 || out[child] < 0);
			}
		}
		// Renumber the remaining nodes breadth-first and put the transitions of the shallowest nodes, which nearly
		// every walk and scan goes through, in a table of their own small enough to stay in the processor's cache.
		int[] order = new int[nodeCount];
		int[] renumbered = new int[nodeCount];
		int count = 1;
		for (int head = 0; head < count; head++) {
			int node = order[head];
			renumbered[node] = head;
			if (node != ROOT && onePath[node]) {
				continue; // a tail: its path is kept as a string
			}
			for (int child = firstChild[node]; child >= 0; child = nextSibling[child]) {
				order[count++] = child;
			}
		}
		nodeCount = count;
		output = new int[count];
		StringBuilder tailText = new StringBuilder();
		int[] starts = null;
		int[] lengths = null;
		int[] endKeys = null;
		int deepTransitions = 0;
		int shallowNodes = Math.min(count, SHALLOW_NODES);
		for (int id = 0; id < count; id++) {
			int node = order[id];
			output[id] = out[node];
			if (id != ROOT && onePath[node] && firstChild[node] >= 0) {
				if (starts == null) {
					starts = new int[count];
					lengths = new int[count];
					endKeys = new int[count];
					Arrays.fill(starts, -1);
				}
				starts[id] = tailText.length();
				int last = node;
				for (int child = firstChild[node]; child >= 0; child = firstChild[child]) {
					tailText.append(label[child]);
					last = child;
				}
				lengths[id] = tailText.length() - starts[id];
				endKeys[id] = out[last];
			} else if (id >= shallowNodes) {
				for (int child = firstChild[node]; child >= 0; child = nextSibling[child]) {
					deepTransitions++;
				}
			}
		}
		tailStart = starts;
		tailLength = lengths;
		tailKey = endKeys;
		tails = tailText.toString().toCharArray();
		int shallowCapacity = Integer.highestOneBit(Math.max(16, shallowNodes * 2)) << 1;
		shallow = new long[shallowCapacity];
		shallowMask = shallowCapacity - 1;
		shallowLimit = shallowNodes;
		Arrays.fill(shallow, -1L);
		int deepCapacity = Integer.highestOneBit(Math.max(16, deepTransitions * 2)) << 1;
		slots = new long[deepCapacity];
		mask = deepCapacity - 1;
		Arrays.fill(slots, -1L);
		Arrays.fill(rootChildren, -1);
		for (int id = 0; id < count; id++) {
			if (tailStart != null && tailStart[id] >= 0) {
				continue;
			}
			for (int child = firstChild[order[id]]; child >= 0; child = nextSibling[child]) {
				put(id, label[child], renumbered[child]);
			}
		}
		if (!failLinks) {
			fail = null;
			dictionaryLink = null;
			return;
		}
		fail = new int[nodeCount];
		dictionaryLink = new int[nodeCount];
		dictionaryLink[ROOT] = -1;
		for (int child = firstChild[order[ROOT]]; child >= 0; child = nextSibling[child]) {
			dictionaryLink[renumbered[child]] = -1; // failure: the root
		}
		for (int node = 1; node < nodeCount; node++) { // breadth-first: failure targets are numbered before
			for (int child = firstChild[order[node]]; child >= 0; child = nextSibling[child]) {
				int id = renumbered[child];
				char c = label[child];
				int f = fail[node];
				int next;
				while ((next = get(f, c)) < 0 && f != ROOT) {
					f = fail[f];
				}
				fail[id] = next >= 0 && next != id ? next : ROOT;
				int suffix = fail[id];
				dictionaryLink[id] = output[suffix] >= 0 ? suffix : dictionaryLink[suffix];
			}
		}
	}

	private static int hash(long key) {
		return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32);
	}

	private int get(int node, char c) {
		if (node == ROOT && c < ROOT_TABLE) {
			return rootChildren[c];
		}
		long key = (long) node << 16 | c;
		long[] table = slots;
		int tableMask = mask;
		if (node < shallowLimit) {
			table = shallow;
			tableMask = shallowMask;
		}
		for (int i = hash(key) & tableMask;; i = (i + 1) & tableMask) {
			long k = table[i];
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
		long[] table = slots;
		int tableMask = mask;
		if (node < shallowLimit) {
			table = shallow;
			tableMask = shallowMask;
		}
		int i = hash(key) & tableMask;
		while (table[i] != -1L) {
			i = (i + 1) & tableMask;
		}
		table[i] = key << NODE_BITS | child;
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
			if (tailStart != null && tailStart[state] >= 0) {
				int length = tailLength[state];
				if (i + length <= to) {
					int at = tailStart[state];
					int k = 0;
					while (k < length && text.charAt(i + k) == tails[at + k]) {
						k++;
					}
					if (k == length) {
						hit.found(tailKey[state], i + length);
					}
				}
				return;
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
