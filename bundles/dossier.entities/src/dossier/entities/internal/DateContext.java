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

	/**
	 * A four-digit number is a year after a cue word, in brackets, before a punctuation mark or the line's end, and
	 * elsewhere unless a word of counting follows it, a currency sign precedes it or it stands between two capitalised
	 * words of a name.
	 */
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
		if (end == text.length() || ",.;:)!?\n»”\"".indexOf(text.charAt(end)) >= 0) { //$NON-NLS-1$
			return true;
		}
		// "bereits 1799 von den Franzosen", "2014 begannen Ausgrabungen", "For Frelimo, 2005 will mark": a four-digit number
		// from 1800 to 2099 that no cue introduces is a year too (of the 226 such numbers of dev, 224 are), unless it
		// counts something ("2000 people", "1500 euros"), follows a currency sign, or stands inside a name ("TSV 1860 München")
		int j = start - 1;
		while (j >= 0 && text.charAt(j) == ' ') {
			j--;
		}
		if (j >= 0 && "$€£#№".indexOf(text.charAt(j)) >= 0) { //$NON-NLS-1$
			return false;
		}
		int k = end;
		while (k < text.length() && text.charAt(k) == ' ') {
			k++;
		}
		int nextEnd = k;
		while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
			nextEnd++;
		}
		String next = text.substring(k, nextEnd);
		if (QUANTITIES.contains(next.toLowerCase(Locale.ROOT))) {
			return false;
		}
		boolean nameBefore = wordEnd > i + 1 && Character.isUpperCase(text.charAt(i + 1)) && !sentenceInitial(text, i + 1);
		return !(nameBefore && !next.isEmpty() && Character.isUpperCase(next.charAt(0)));
	}

	/** Words after a number that make it a count, not a year: people, money, measures, thousands. */
	private static final Set<String> QUANTITIES = Set.of("people", "persons", "personas", "pessoas", "persone", "personnes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"menschen", "personen", "dollars", "dolares", "dólares", "euros", "euro", "pounds", "reais", "pesos", "francs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"franken", "km", "m", "kg", "t", "mw", "ha", "tonnes", "tons", "toneladas", "tonnellate", "tonnen", "metres", "meters", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"metros", "metri", "meter", "feet", "miles", "kilometres", "kilometers", "kilómetros", "quilômetros", "chilometri", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"kilometer", "hectares", "hectáreas", "hektar", "votes", "votos", "voti", "voix", "stimmen", "soldiers", "troops", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"soldados", "soldati", "soldats", "soldaten", "students", "estudiantes", "estudantes", "studenti", "etudiants", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"étudiants", "workers", "trabajadores", "trabalhadores", "lavoratori", "travailleurs", "arbeiter", "jobs", "cases", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"casos", "casi", "cas", "fälle", "deaths", "muertos", "mortos", "morti", "morts", "tote", "families", "familias", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"famílias", "famiglie", "familles", "familien", "units", "unidades", "copies", "mil", "thousand", "million", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"millions", "millones", "milhões", "milioni", "millionen", "mio", "mrd", "bn", "x"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

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
