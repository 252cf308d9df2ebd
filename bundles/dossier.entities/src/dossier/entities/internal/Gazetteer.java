// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.NormalizedText;
import dossier.entities.TextNormalizer;

/**
 * Names to entities, matched on normalised text by an {@link AhoCorasick} automaton: multi-word names, word
 * boundaries enforced, Arabic proclitics (و ف ب ك ل, the article ال and their combinations وال بال لل فال كال)
 * accepted before a name, and a capitalised Latin name only matched where the text capitalises it.
 */
public final class Gazetteer {

	/** Case a name demands of the text: none, a capital first letter, or all capitals (short acronyms). */
	public enum Casing { NONE, CAPITALISED, UPPER }

	/** What a name stands for. */
	public record Entry(String entityId, String type, String recognizer, double confidence, Casing casing,
			boolean articleStripped) {
	}

	/** One accepted occurrence: original offsets and normalised offsets. */
	public record Match(int start, int end, int normalizedStart, int normalizedEnd, Entry entry) {
		public int length() {
			return end - start;
		}
	}

	private static final Set<String> PROCLITICS = new HashSet<>();
	private static final Set<String> WITH_ARTICLE = new HashSet<>();

	static {
		for (String conjunction : new String[] { "", "و", "ف" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (String preposition : new String[] { "", "ب", "ك", "ل" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				PROCLITICS.add(conjunction + preposition);
				String withArticle = preposition.equals("ل") ? conjunction + "لل" : conjunction + preposition + "ال"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				PROCLITICS.add(withArticle);
				WITH_ARTICLE.add(withArticle);
			}
		}
	}

	private final TextNormalizer normalizer;
	private final AhoCorasick automaton;
	private final Entry[][] entries;
	private final int aliasCount;
	/**
	 * The first two characters (of the normalised keys) of the names that may start in lower case ("al-Qaeda", "von der
	 * Leyen", Arabic names), sorted, as {@code first << 16 | second}. A word that starts in lower case elsewhere can only
	 * begin a name that demands a capital or all capitals, which {@link #casingHolds} refuses: its walk is skipped.
	 */
	private final int[] lowerCaseStarts;

	private Gazetteer(TextNormalizer normalizer, List<String> keys, List<List<Entry>> entryLists, int aliasCount) {
		this.normalizer = normalizer;
		this.automaton = AhoCorasick.trie(keys);
		this.entries = new Entry[entryLists.size()][];
		for (int i = 0; i < entries.length; i++) {
			entries[i] = entryLists.get(i).toArray(new Entry[0]);
		}
		this.lowerCaseStarts = IntStream.range(0, keys.size())
				.filter(i -> entryLists.get(i).stream().anyMatch(entry -> entry.casing() == Casing.NONE))
				.map(i -> keys.get(i).charAt(0) << 16 | keys.get(i).charAt(1)).sorted().distinct().toArray();
		this.aliasCount = aliasCount;
	}

	public static Builder builder(TextNormalizer normalizer) {
		return new Builder(normalizer);
	}

	public int aliasCount() {
		return aliasCount;
	}

	public int keyCount() {
		return entries.length;
	}

	public TextNormalizer normalizer() {
		return normalizer;
	}

	/**
	 * Every acceptable occurrence in {@code text}, overlapping ones included, in text order of their starts. Names
	 * are only tried where a word starts (or after a proclitic at the start of an Arabic word), by walking the trie
	 * from there: the cost is about one table probe per word, not per character.
	 */
	public List<Match> find(NormalizedText text) {
		List<Match> matches = new ArrayList<>();
		String norm = text.text();
		String original = text.original();
		int n = norm.length();
		Collector collector = new Collector(text, matches);
		boolean previousWord = false;
		for (int i = 0; i < n; i++) {
			char c = norm.charAt(i);
			boolean word = TextNormalizer.isWordChar(c);
			if (!previousWord) {
				collector.start = i;
				collector.prefix = ""; //$NON-NLS-1$
				if (i + 1 < n && (!Character.isLowerCase(original.codePointAt(text.originalStart(i)))
						|| Arrays.binarySearch(lowerCaseStarts, c << 16 | norm.charAt(i + 1)) >= 0)) {
					automaton.walk(norm, i, n, collector);
				}
				if (mayStartProclitic(c)) {
					for (int k = 1; k <= MAX_PROCLITIC && i + k < n && TextNormalizer.isWordChar(norm.charAt(i + k - 1)); k++) {
						if (!isArabic(norm.charAt(i + k))) {
							continue;
						}
						String prefix = norm.substring(i, i + k);
						if (PROCLITICS.contains(prefix)) {
							collector.start = i + k;
							collector.prefix = prefix;
							automaton.walk(norm, i + k, n, collector);
						}
					}
				}
			}
			previousWord = word;
		}
		return matches;
	}

	private static final int MAX_PROCLITIC = 4;

	private static boolean mayStartProclitic(char c) {
		return c == 'و' || c == 'ف' || c == 'ب' || c == 'ك' || c == 'ل' || c == 'ا';
	}

	/** Turns the keys the trie reports from one start into matches: word boundary, article, casing. */
	private final class Collector implements AhoCorasick.Hit {
		private final NormalizedText text;
		private final String norm;
		private final String original;
		private final List<Match> matches;
		int start;
		String prefix = ""; //$NON-NLS-1$

		Collector(NormalizedText text, List<Match> matches) {
			this.text = text;
			this.norm = text.text();
			this.original = text.original();
			this.matches = matches;
		}

		@Override
		public void found(int key, int end) {
			if (end < norm.length() && TextNormalizer.isWordChar(norm.charAt(end))) {
				return;
			}
			for (Entry entry : entries[key]) {
				int mentionStart = start;
				if (entry.articleStripped) {
					if (!WITH_ARTICLE.contains(prefix)) {
						continue;
					}
					mentionStart = start - (prefix.endsWith("لل") ? 1 : 2); //$NON-NLS-1$
				}
				int originalStart = text.originalStart(mentionStart);
				int originalEnd = text.originalEnd(end);
				if (!casingHolds(entry.casing, original, originalStart, originalEnd)) {
					continue;
				}
				matches.add(new Match(originalStart, originalEnd, mentionStart, end, entry));
			}
		}
	}

	private static boolean casingHolds(Casing casing, String original, int start, int end) {
		switch (casing) {
		case CAPITALISED:
			return Character.isUpperCase(original.codePointAt(start)) || Character.isDigit(original.codePointAt(start));
		case UPPER:
			for (int i = start; i < end; i++) {
				if (Character.isLowerCase(original.charAt(i))) {
					return false;
				}
			}
			return true;
		default:
			return true;
		}
	}

	/**
	 * A span as a {@code Long} hash key. Not {@code start << 32 | end}: Long's hash folds the halves together,
	 * so spans of one length would share a few hash codes and a 10 MB text would fill a handful of buckets. The
	 * odd multiplier keeps keys distinct and spreads them.
	 */
	public static long spanKey(int start, int end) {
		return ((long) start << 32 | end) * 0x9E3779B97F4A7C15L;
	}

	static boolean isArabic(char c) {
		return c >= 0x0600 && c <= 0x06FF;
	}

	/** Collects names; {@link #build()} makes the automaton. Names shorter than two characters are skipped. */
	public static final class Builder {
		private final TextNormalizer normalizer;
		private final Map<String, Integer> keyIndex = new HashMap<>();
		private final List<String> keys = new ArrayList<>();
		private final List<List<Entry>> entryLists = new ArrayList<>();
		private int aliasCount;

		Builder(TextNormalizer normalizer) {
			this.normalizer = normalizer;
		}

		/** Adds one name of an entity. */
		public Builder add(String name, String entityId, String type, String recognizer, double confidence) {
			String key = normalizer.key(name);
			if (key.length() < 2 || key.chars().allMatch(c -> Character.isDigit(c) || c == ' ')) {
				return this;
			}
			Casing casing = casingOf(name.strip());
			addKey(key, new Entry(entityId, type, recognizer, confidence, casing, false));
			if (key.startsWith("ال") && key.length() > 4) { //$NON-NLS-1$
				addKey(key.substring(2), new Entry(entityId, type, recognizer, confidence, casing, true));
			}
			aliasCount++;
			return this;
		}

		private static Casing casingOf(String name) {
			int first = name.isEmpty() ? 'a' : name.codePointAt(0);
			if (!Character.isUpperCase(first)) {
				return Casing.NONE;
			}
			boolean allUpper = name.codePoints().noneMatch(Character::isLowerCase);
			return allUpper && name.length() <= 3 ? Casing.UPPER : Casing.CAPITALISED;
		}

		private void addKey(String key, Entry entry) {
			Integer index = keyIndex.get(key);
			if (index == null) {
				index = keys.size();
				keyIndex.put(key, index);
				keys.add(key);
				entryLists.add(new ArrayList<>(1));
			}
			List<Entry> list = entryLists.get(index);
			for (Entry existing : list) {
				if (existing.entityId().equals(entry.entityId()) && existing.articleStripped() == entry.articleStripped()) {
					return;
				}
			}
			list.add(entry);
		}

		public Gazetteer build() {
			return new Gazetteer(normalizer, keys, entryLists, aliasCount);
		}
	}
}
