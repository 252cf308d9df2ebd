package dossier.entities.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of an article's text for the open-vocabulary recognisers: spans into the original text (never a
 * normalised copy), each with its matching key, its shape, and where it stands (sentence start, a headline-style
 * line). A word is a run of letters, marks and digits with inner apostrophes, hyphens and an abbreviation's inner
 * periods ("S.p.A.", "U.S."); an elided article before an apostrophe is not part of it ("dell'Italia" is
 * "Italia", "l'ONU" is "ONU").
 */
final class Words {

	/** One word. {@code gap} is the text between the previous word and this one. */
	record Word(int index, int start, int end, String text, String key, boolean capitalised, boolean allCaps,
			boolean sentenceStart, boolean titleLine, String gap, boolean arabic, boolean possessive) {

		boolean spaceBefore() {
			return gap.length() == 1 && gap.charAt(0) == ' ';
		}
	}

	private static final java.util.regex.Pattern TOKEN_SEPARATORS = java.util.regex.Pattern.compile("[\\s\\p{Punct}«»“”‘’—–]+"); //$NON-NLS-1$
	/** White space, quotes, brackets and dashes that may stand between a sentence's end and its first word. */
	private static final String OPENERS = " \t\n\r\u00a0\"'«»“”‘’„([¿¡*•-–—"; //$NON-NLS-1$

	private Words() {
	}

	static List<Word> of(String text, NameLexicons lexicons) {
		return of(text, lexicons, false);
	}

	/** The words of {@code text}; {@code german} raises the bar for a headline-style line (nouns are capitalised). */
	static List<Word> of(String text, NameLexicons lexicons, boolean german) {
		List<int[]> spans = new ArrayList<>();
		int n = text.length();
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
			spans.add(new int[] { start, end, possessive ? 1 : 0 });
		}
		boolean[] titleLines = titleLines(text, german);
		List<Word> words = new ArrayList<>(spans.size());
		int previousEnd = 0;
		int line = 0;
		for (int[] span : spans) {
			String word = text.substring(span[0], span[1]);
			String gap = span[0] - previousEnd == 1 && text.charAt(previousEnd) == ' ' ? " " : text.substring(previousEnd, span[0]); //$NON-NLS-1$
			line += (int) gap.chars().filter(c -> c == '\n').count();
			int first = word.codePointAt(0);
			boolean capitalised = Character.isUpperCase(first);
			boolean allCaps = capitalised && word.codePoints().filter(Character::isLetter).count() >= 2
					&& word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
			boolean arabic = first >= 0x0600 && first <= 0x06FF;
			words.add(new Word(words.size(), span[0], span[1], word, key(word, lexicons), capitalised, allCaps,
					sentenceStart(gap, previousEnd == 0), titleLines[Math.min(line, titleLines.length - 1)], gap, arabic,
					span[2] == 1));
			previousEnd = span[2] == 1 ? span[1] + 2 : span[1];
		}
		return words;
	}

	/**
	 * Lines written in title case or capitals (headlines, section titles): there capitals say nothing about
	 * names. A line counts when it has three or more words of four letters or more, most of them capitalised, and
	 * does not end like a sentence; a text of one line has no headline.
	 */
	private static boolean[] titleLines(String text, boolean german) {
		String[] lines = text.split("\n", -1); //$NON-NLS-1$
		boolean[] title = new boolean[lines.length];
		for (int l = 0; l < lines.length; l++) {
			int longWords = 0;
			int capitalised = 0;
			for (String token : TOKEN_SEPARATORS.split(lines[l])) {
				if (token.codePoints().filter(Character::isLetter).count() >= 4) {
					longWords++;
					if (Character.isUpperCase(token.codePointAt(0))) {
						capitalised++;
					}
				}
			}
			String line = lines[l].strip();
			boolean sentence = line.endsWith(".") || line.endsWith(";") || line.endsWith(","); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			// German capitalises every noun: only a line of capitals almost throughout is a headline there
			title[l] = longWords >= 3 && !sentence && lines.length > 1
					&& capitalised * 10 >= longWords * (german ? 9 : 7);
		}
		return title;
	}

	/** A sentence starts at the text's start, after a line break, or after . ! ? : ; (with quotes and brackets between). */
	private static boolean sentenceStart(String gap, boolean atTextStart) {
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

	/** The matching key of a word: lower case for plain ASCII letters and digits (most words), else the normaliser's. */
	private static String key(String word, NameLexicons lexicons) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
				return lexicons.key(word);
			}
		}
		return word.toLowerCase(java.util.Locale.ROOT);
	}

	/** An apostrophe at {@code i} followed by "s" and the word's end. */
	private static boolean possessiveS(String text, int i) {
		return i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
				&& (i + 2 == text.length() || !isWordChar(text.codePointAt(i + 2)));
	}

	static boolean isWordChar(int cp) {
		return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
				|| cp == 0x0640 || cp == 0x200C;
	}

	/** "l'", "d'", "dell'", "all'", "un'", "qu'", "nell'", "sull'", "dall'", "j'", "s'", "c'", "n'": a lower-case elided article or preposition. */
	private static boolean elision(String text, int start, int apostrophe) {
		String before = text.substring(start, apostrophe);
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
