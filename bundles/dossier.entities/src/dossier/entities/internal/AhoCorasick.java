package dossier.entities.internal;

import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over UTF-16 keys. Transitions live in one open-addressing hash table keyed by
 * {@code node << 16 | char}, so 100k keys take a few tens of MB and a scan costs one probe per character.
 * Immutable after construction; {@link #scan} is thread-safe.
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
	private long[] slots;
	private int[] targets;
	private int mask;
	private int nodeCount;
	private final int[] fail;
	private final int[] output;
	private final int[] dictionaryLink;

	public AhoCorasick(List<String> keys) {
		keyLengths = new int[keys.size()];
		int capacityGuess = 1;
		for (String key : keys) {
			capacityGuess += key.length();
		}
		int capacity = Integer.highestOneBit(Math.max(16, capacityGuess * 2)) << 1;
		slots = new long[capacity];
		Arrays.fill(slots, -1L);
		targets = new int[capacity];
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
		fail = new int[nodeCount];
		dictionaryLink = new int[nodeCount];
		output = Arrays.copyOf(out, nodeCount);
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
		long key = (long) node << 16 | c;
		for (int i = slot(node, c);; i = (i + 1) & mask) {
			long k = slots[i];
			if (k == key) {
				return targets[i];
			}
			if (k == -1L) {
				return -1;
			}
		}
	}

	private void put(int node, char c, int child) {
		long key = (long) node << 16 | c;
		int i = slot(node, c);
		while (slots[i] != -1L) {
			i = (i + 1) & mask;
		}
		slots[i] = key;
		targets[i] = child;
	}

	public int keyLength(int key) {
		return keyLengths[key];
	}

	public int nodeCount() {
		return nodeCount;
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
