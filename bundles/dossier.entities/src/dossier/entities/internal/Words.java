// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.TextNormalizer;

/**
 * The words of an article's text for the open-vocabulary recognisers: spans into the original text (never a
 * normalised copy), each with its matching key, its shape, and where it stands (sentence start, a headline-style
 * line). A word is a run of letters, marks and digits with inner apostrophes, hyphens and an abbreviation's inner
 * periods ("S.p.A.", "U.S."); an elided article before an apostrophe is not part of it ("dell'Italia" is
 * "Italia", "l'ONU" is "ONU").
 */
final class Words {

	/** One word. {@code gap} is the text between the previous word and this one. */
	static final class Word {
		private final String source;
		private final NameLexicons lexicons;
		private final int index;
		private final int start;
		private final int end;
		private final int gapStart;
		private final boolean capitalised;
		private final boolean allCaps;
		private final boolean sentenceStart;
		private final boolean titleLine;
		private final boolean arabic;
		private final boolean possessive;
		private @Nullable String text; // made on first use: most words of an article are never looked at as strings
		private @Nullable String key;

		Word(String source, NameLexicons lexicons, int index, int start, int end, int gapStart, boolean capitalised,
				boolean allCaps, boolean sentenceStart, boolean titleLine, boolean arabic, boolean possessive) {
			this.source = source;
			this.lexicons = lexicons;
			this.index = index;
			this.start = start;
			this.end = end;
			this.gapStart = gapStart;
			this.capitalised = capitalised;
			this.allCaps = allCaps;
			this.sentenceStart = sentenceStart;
			this.titleLine = titleLine;
			this.arabic = arabic;
			this.possessive = possessive;
		}

		int index() {
			return index;
		}

		int start() {
			return start;
		}

		int end() {
			return end;
		}

		String text() {
			String made = text;
			if (made == null) {
				made = source.substring(start, end);
				text = made;
			}
			return made;
		}

		/** The matching key ({@link dossier.entities.TextNormalizer#key}, lower case for plain ASCII words). */
		String key() {
			String made = key;
			if (made == null) {
				made = Words.key(text(), lexicons);
				key = made;
			}
			return made;
		}

		boolean capitalised() {
			return capitalised;
		}

		boolean allCaps() {
			return allCaps;
		}

		boolean sentenceStart() {
			return sentenceStart;
		}

		boolean titleLine() {
			return titleLine;
		}

		boolean arabic() {
			return arabic;
		}

		boolean possessive() {
			return possessive;
		}

		/**
		 * Written with an Arabic article and a capital after it: "al-Assad", "el-Sisi", "ad-Dawla", "as-Sadr". Read in
		 * the text, not in a string made of the word (asked of every word, most of which are never made one).
		 */
		boolean arabicParticle() {
			return end - start > 3 && (source.startsWith("al-", start) || source.startsWith("el-", start) //$NON-NLS-1$ //$NON-NLS-2$
					|| source.startsWith("ad-", start) || source.startsWith("as-", start)) //$NON-NLS-1$ //$NON-NLS-2$
					&& Character.isUpperCase(source.codePointAt(start + 3));
		}

		/** The text between the previous word (and its possessive 's) and this one. */
		String gap() {
			return start - gapStart == 1 && source.charAt(gapStart) == ' ' ? " " : source.substring(gapStart, start); //$NON-NLS-1$
		}

		/** A full stop right after the word ("Inc.", "Ltd."). */
		boolean dotAfter() {
			return end < source.length() && source.charAt(end) == '.';
		}

		boolean spaceBefore() {
			return start - gapStart == 1 && source.charAt(gapStart) == ' ';
		}

		@Override
		public String toString() {
			return text() + "@" + start; //$NON-NLS-1$
		}
	}

	/** White space, quotes, brackets and dashes that may stand between a sentence's end and its first word. */
	private static final String OPENERS = " \t\n\r\u00a0\"'«»“”‘’„([¿¡*•-–—"; //$NON-NLS-1$

	private Words() {
	}

	static List<Word> of(String text, NameLexicons lexicons) {
		return of(text, lexicons, false);
	}

	/** The words of {@code text}; {@code german} raises the bar for a headline-style line (nouns are capitalised). */
	static List<Word> of(String text, NameLexicons lexicons, boolean german) {
		boolean[] titleLines = titleLines(text, german);
		List<Word> words = new ArrayList<>(text.length() / 6);
		int n = text.length();
		int previousEnd = 0;
		int line = 0;
		int i = 0;
		while (i < n) {
			int cp = text.codePointAt(i);
			if (!isWordChar(cp)) {
				i += Character.charCount(cp);
				continue;
			}
			int start = i;
			while (i < n) {
				cp = text.codePointAt(i);
				if (isWordChar(cp)) {
					i += Character.charCount(cp);
				} else if ((cp == '\'' || cp == '\u2019') && possessiveS(text, i)) {
					break; // "Somalia's", "Mogadishu’s": the name ends before the apostrophe
				} else if ((cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '.') && i + 1 < n
						&& isWordChar(text.codePointAt(i + 1)) && (cp != '.' || abbreviationDot(text, start, i))) {
					if ((cp == '\'' || cp == '\u2019') && elision(text, start, i) && Character.isUpperCase(text.codePointAt(i + 1))) {
						start = i + 1; // l'ONU, dell'Italia, d'Europe: the name starts after the apostrophe
					}
					i++;
				} else {
					break;
				}
			}
			int end = i;
			if (end < n && text.charAt(end) == '.' && abbreviationDot(text, start, end)) {
				end++; // "S.p.A." keeps its final period
				i = end;
			}
			boolean possessive = end < n && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019') && possessiveS(text, end);
			if (possessive) {
				i = end + 2;
			}
			// the word is made as soon as it is found (no list of spans in between: one array fewer per word)
			boolean singleSpace = start - previousEnd == 1 && text.charAt(previousEnd) == ' ';
			String gap = singleSpace ? " " : text.substring(previousEnd, start); //$NON-NLS-1$
			for (int g = 0; !singleSpace && g < gap.length(); g++) {
				if (gap.charAt(g) == '\n') {
					line++;
				}
			}
			int first = text.codePointAt(start);
			boolean capitalised = Character.isUpperCase(first);
			boolean allCaps = capitalised && allCapitals(text, start, end);
			boolean arabic = first >= 0x0600 && first <= 0x06FF;
			boolean afterHonorific = gap.equals(". ") && !words.isEmpty() && honorific(words.get(words.size() - 1)); //$NON-NLS-1$
			words.add(new Word(text, lexicons, words.size(), start, end, previousEnd, capitalised, allCaps,
					!afterHonorific && sentenceStart(gap, previousEnd == 0), titleLines[Math.min(line, titleLines.length - 1)], arabic, possessive));
			previousEnd = possessive ? end + 2 : end;
		}
		return words;
	}

	/**
	 * Lines written in title case or capitals (headlines, section titles): there capitals say nothing about
	 * names. A line counts when it has three or more words of four letters or more, most of them capitalised, and
	 * does not end like a sentence; a text of one line has no headline.
	 */
	static boolean[] titleLines(String text, boolean german) {
		int lineCount = 1;
		for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) { // indexOf: the JDK's vectorised search
			lineCount++;
		}
		boolean[] title = new boolean[lineCount];
		if (lineCount == 1) {
			return title; // a text of one line has no headline: no need to read its letters
		}
		int line = 0;
		int longWords = 0;
		int capitalised = 0;
		int letters = 0;
		boolean upperFirst = false;
		char lastVisible = ' ';
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : '\n';
			if (Character.isLetter(c)) {
				if (letters == 0) {
					upperFirst = Character.isUpperCase(c);
				}
				letters++;
			} else if (!Character.isDigit(c) && c != '\'' && c != '’' && c != '-') {
				if (letters >= 4) {
					longWords++;
					if (upperFirst) {
						capitalised++;
					}
				}
				letters = 0;
			}
			if (c == '\n') {
				boolean sentence = lastVisible == '.' || lastVisible == ';' || lastVisible == ',';
				// German capitalises every noun: only a line of capitals almost throughout is a headline there
				title[line] = longWords >= 3 && !sentence
						&& capitalised * 10 >= longWords * (german ? 9 : 7);
				line++;
				longWords = 0;
				capitalised = 0;
				lastVisible = ' ';
			} else if (!Character.isWhitespace(c)) {
				lastVisible = c;
			}
		}
		return title;
	}

	/**
	 * Abbreviated titles and forms of address written with a full stop ("Mr. Walker", "Dr. Mbeki", "Sra. López", "Prof.
	 * Rossi"): the full stop ends no sentence, and the word after it is a name.
	 */
	static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "rep", "gov", "gen", "lt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"col", "sgt", "capt", "cpl", "adm", "rev", "mme", "mlle", "sr", "sra", "srta", "dra", "sig", "dott", "avv", "hr"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$

	/** A capitalised abbreviated title ("Mr", "Dr", "Sra") as {@link #HONORIFICS} lists them. */
	static boolean honorific(Word word) {
		return word.capitalised() && word.end() - word.start() <= 6 && HONORIFICS.contains(word.key());
	}

	/** A sentence starts at the text's start, after a line break, or after . ! ? : ; (with quotes and brackets between). */
	private static boolean sentenceStart(String gap, boolean atTextStart) {
		if (gap.length() == 1 && gap.charAt(0) == ' ') {
			return atTextStart; // most words
		}
		int cut = gap.length();
		while (cut > 0 && OPENERS.indexOf(gap.charAt(cut - 1)) >= 0) {
			cut--;
		}
		String trimmed = gap.substring(0, cut);
		if (trimmed.isEmpty()) {
			return atTextStart || gap.indexOf('\n') >= 0 || gap.contains("—") || gap.contains("– ") || gap.startsWith("- ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					|| gap.contains("•"); //$NON-NLS-1$
		}
		if (gap.indexOf('\n') >= 0) {
			return true;
		}
		char last = trimmed.charAt(trimmed.length() - 1);
		return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '…' || last == '|';
	}

	/** Two letters or more, every letter a capital. */
	private static boolean allCapitals(String text, int from, int to) {
		int letters = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letters++;
			}
		}
		return letters >= 2;
	}

	/** The matching key of a word: lower case for plain ASCII letters and digits (most words), else the normaliser's. */
	static String key(String word, NameLexicons lexicons) {
		boolean ascii = true;
		boolean arabic = true;
		for (int i = 0; i < word.length() && (ascii || arabic); i++) {
			char c = word.charAt(i);
			ascii &= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
			arabic &= c >= 0x0621 && c <= 0x064A;
		}
		if (ascii) {
			return word.toLowerCase(Locale.ROOT);
		}
		return arabic ? arabicKey(word) : lexicons.key(word);
	}

	/**
	 * The normaliser's key of a word of plain Arabic letters (no diacritics), without its general machinery: hamza
	 * carriers fold to their letter, teh marbuta to heh, alef maqsura to yeh, tatweel goes. Equal to
	 * {@link TextNormalizer#key} for such words (checked by the tests).
	 */
	static String arabicKey(String word) {
		StringBuilder key = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			switch (c) {
			case '\u0622', '\u0623', '\u0625' -> key.append('\u0627'); // آ أ إ -> ا
			case '\u0624' -> key.append('\u0648'); // ؤ -> و
			case '\u0626', '\u0649' -> key.append('\u064A'); // ئ ى -> ي
			case '\u0629' -> key.append('\u0647'); // ة -> ه
			case '\u0640' -> {
				// tatweel: ignorable
			}
			default -> key.append(c);
			}
		}
		return key.toString();
	}

	/** An apostrophe at {@code i} followed by "s" and the word's end. */
	private static boolean possessiveS(String text, int i) {
		return i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
				&& (i + 2 == text.length() || !isWordChar(text.codePointAt(i + 2)));
	}

	static boolean isWordChar(int cp) {
		if (cp < 0x10000) {
			return TextNormalizer.isWordChar((char) cp) || cp == 0x0640 || cp == 0x200C; // a table look-up
		}
		return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
	}

	/** "l'", "d'", "dell'", "all'", "un'", "qu'", "nell'", "sull'", "dall'", "j'", "s'", "c'", "n'": a lower-case elided article or preposition. */
	private static boolean elision(String text, int start, int apostrophe) {
		String before = text.substring(start, apostrophe);
		if (before.equals("L") || before.length() >= 3 && before.length() <= 5 && Character.isUpperCase(before.charAt(0)) //$NON-NLS-1$
				&& before.chars().skip(1).allMatch(Character::isLowerCase)) {
			return true; // L'ONU, Dell'Italia at a sentence's start; not D'Alema or O'Brien
		}
		return before.length() <= 5 && !before.isEmpty() && before.chars().allMatch(Character::isLowerCase);
	}

	/** The period inside or after a single-letter segment: "U.S", "S.p.A". */
	private static boolean abbreviationDot(String text, int start, int dot) {
		int segmentStart = dot;
		while (segmentStart > start && text.charAt(segmentStart - 1) != '.') {
			segmentStart--;
		}
		return dot - segmentStart == 1 && Character.isLetter(text.charAt(segmentStart))
				&& (segmentStart > start || dot + 2 < text.length() && text.charAt(dot + 2) == '.');
	}
}
