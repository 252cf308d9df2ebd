// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.Locale;
import java.util.Set;

/**
 * What {@link DateRecognizer} reads around a candidate: whether four digits stand for a year there, whether a word
 * opens a sentence, and which of its patterns can start at a run of digits.
 */
final class DateContext {

	private DateContext() {
	}

	/** Words before a year that make a four-digit number a year ("in 2017", "nel 2022", "année 2025", "عام 2020"). */
	static final Set<String> YEAR_CUES = Set.of("in", "of", "since", "from", "until", "by", "for", "early", "late", "mid", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"the", "his", "her", "its", "their", "year", "before", "after", "nel", "del", "dal", "al", "anno", "entro", "fino", "il", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
			"en", "année", "annee", "depuis", "dès", "des", "avant", "après", "apres", "de", "du", "au", "à", "año", "ano", "desde", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
			"hasta", "em", "do", "da", "até", "ate", "im", "jahr", "seit", "bis", "von", "ab", "vor", "nach", "عام", "العام", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
			"سنة", "منذ", "في", "حتى", "عامي", "لعام", "وعام", "خلال", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			// "im Jahre 2014", "des Jahres 1990", "durante 2017", "durant 2019", "during 2020"
			"jahre", "jahres", "durante", "durant", "during"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** A four-digit number is a year after a cue word, in brackets, or before a punctuation mark or the line's end. */
	static boolean yearInContext(String text, int start, int end) {
		int i = start - 1;
		while (i >= 0 && text.charAt(i) == ' ') {
			i--;
		}
		if (i >= 0 && (text.charAt(i) == '(' || text.charAt(i) == '\n')) {
			return true;
		}
		int wordEnd = i + 1;
		while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
			i--;
		}
		String before = text.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT);
		int apostrophe = Math.max(before.lastIndexOf('\''), before.lastIndexOf('’'));
		before = before.substring(apostrophe + 1); // "jusqu'en" -> "en"
		if (YEAR_CUES.contains(before) || before.length() > 2 && YEAR_CUES.contains(before.substring(1)) && isArabic(before.charAt(0))) {
			return true;
		}
		return end == text.length() || ",.;:)!?\n»”\"".indexOf(text.charAt(end)) >= 0; //$NON-NLS-1$
	}

	static boolean sentenceInitial(String text, int start) {
		int i = start - 1;
		while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '«')) {
			i--;
		}
		return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0; //$NON-NLS-1$
	}

	/**
	 * The patterns that can match at a digit run {@code text[start, run)}: a day (one or two digits) begins a
	 * day-month date or a numeric one (14/07/2021); four digits and a space begin 2024-06-19 (hyphens read as spaces).
	 */
	static int[] digitPatterns(String text, int start, int run) {
		int digits = run - start;
		if (digits <= 2) {
			return run < text.length() && (text.charAt(run) == '/' || text.charAt(run) == '.') ? DAY_OR_NUMERIC : DAY;
		}
		return digits == 4 && run < text.length() && text.charAt(run) == ' ' ? YEAR_FIRST : NONE;
	}

	static final int[] DAY = { 0 };
	static final int[] DAY_OR_NUMERIC = { 0, 7 };
	static final int[] YEAR_FIRST = { 8 };
	static final int[] NONE = {};

	static boolean isArabic(char c) {
		return c >= 0x0600 && c <= 0x06FF;
	}
}
