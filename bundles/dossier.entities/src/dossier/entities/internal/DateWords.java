// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.eclipse.jdt.annotation.Nullable;

/**
 * When a word of the calendar is a date in {@link DateRecognizer}'s eyes: an Arabic weekday with the article but
 * without يوم, a month's name that is also a common word or a name ("May", "Mars"), a month's abbreviation that is a
 * word of another language ("ago", "set"), a full stop after a month's name.
 */
final class DateWords {

	private DateWords() {
	}

	/** Arabic weekdays that are no other word with the article: الثلاثاء، الأربعاء، الخميس، السبت (normalised keys). */
	private static final Set<String> ARABIC_PLAIN_WEEKDAYS = Set.of("الثلاثاء", "الاربعاء", "الخميس", "السبت"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Words of time before an Arabic weekday (صباح الأحد, مساء الاثنين, ليلة الجمعة) and after it (الأحد الماضي). */
	private static final Set<String> ARABIC_TIME_BEFORE = Set.of("صباح", "مساء", "ليله", "ليلة", "فجر", "ظهر", "عصر", "نهار"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	private static final Set<String> ARABIC_TIME_AFTER = Set.of("الماضي", "المقبل", "القادم", "المنصرم"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/**
	 * An Arabic weekday with the article and without يوم: "قال الخميس", "الخميس الماضي". الأحد (also "the one"), الاثنين
	 * ("the two") and الجمعة ("the Friday prayer") only with a word of time before or after them.
	 */
	static boolean arabicWeekdayAlone(String text, int start, int end, String key) {
		if (!key.startsWith("ال")) { //$NON-NLS-1$
			return false;
		}
		if (ARABIC_PLAIN_WEEKDAYS.contains(key)) {
			return true;
		}
		int from = start - 1;
		while (from > 0 && text.charAt(from - 1) != ' ' && text.charAt(from - 1) != '\n') {
			from--;
		}
		String previous = from >= 0 && from < start - 1 ? text.substring(from, start - 1) : ""; //$NON-NLS-1$
		int to = end + 1;
		while (to < text.length() && Character.isLetter(text.charAt(to))) {
			to++;
		}
		String next = end + 1 < text.length() && text.charAt(end) == ' ' ? text.substring(end + 1, to) : ""; //$NON-NLS-1$
		return ARABIC_TIME_BEFORE.contains(previous) || ARABIC_TIME_AFTER.contains(next);
	}

	/** Whole month names that are also words or names ("May", "mai", "Mars", "August"): a month after a preposition of time. */
	static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "mai", "mars", "august"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Words of time right before a month's name, by language: "in May", "im Mai", "en mai", "since May", "Ende Mai". */
	private static final Map<String, Set<String>> MONTH_PREPOSITIONS = Map.of(
			"en", Set.of("in", "since", "until", "till", "from", "by", "during", "early", "late", "mid", "last", "next", "this", "of", "through"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
			"de", Set.of("im", "seit", "bis", "ab", "vom", "anfang", "mitte", "ende", "letzten", "nächsten", "diesen"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"fr", Set.of("en", "depuis", "jusqu'en", "jusqu’en", "début", "fin", "mi", "dès", "courant", "de")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

	/** The word right before {@code start} (across a space or a hyphen: "mid-May", "mi-mai") is a preposition of time of the language. */
	static boolean monthPrepositionBefore(String text, int start, String language) {
		Set<String> words = MONTH_PREPOSITIONS.get(language);
		if (words == null || start < 2 || !(text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '-')) {
			return false;
		}
		int end = start - 1;
		int from = end;
		while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '\'' || text.charAt(from - 1) == '’')) {
			from--;
		}
		return from < end && words.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
	}

	/**
	 * The month abbreviations that are also words of another language ("ago", "set", "gen", "dic") are months only in
	 * the languages that abbreviate so: "3 ago 2025" in Spanish, never "years ago 3" in English.
	 */
	private static final Map<String, Set<String>> ABBREVIATION_LANGUAGES = Map.ofEntries(
			Map.entry("janv", Set.of("fr")), Map.entry("gen", Set.of("it")), Map.entry("ene", Set.of("es")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("fevr", Set.of("fr")), Map.entry("fev", Set.of("fr", "pt")), Map.entry("avr", Set.of("fr")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			Map.entry("abr", Set.of("es", "pt")), Map.entry("giu", Set.of("it")), Map.entry("juil", Set.of("fr")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			Map.entry("lug", Set.of("it")), Map.entry("ago", Set.of("it", "es", "pt")), Map.entry("set", Set.of("it", "pt")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			Map.entry("okt", Set.of("de")), Map.entry("dic", Set.of("it", "es")), Map.entry("dez", Set.of("pt", "de"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** Abbreviated month names, which a full stop may follow inside a date ("5 févr. 2024", "Sept. 2019"). */
	private static final Set<String> ABBREVIATED = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"dec", "janv", "fevr", "fev", "avr", "juil", "gen", "ene", "abr", "giu", "lug", "ago", "set", "okt", "dic", "dez"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$

	/** A full stop inside the date right after a whole month's name: "im Mai. 2021 war" is a sentence's end, not a date. */
	static boolean fullStopAfterWholeName(Matcher matcher, Set<String> groups) {
		if (!groups.contains("m") || matcher.start("m") < 0 || matcher.end("m") >= matcher.end()) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return false;
		}
		String month = matcher.group("m"); //$NON-NLS-1$
		return month != null && matcher.group().charAt(matcher.end("m") - matcher.start()) == '.' //$NON-NLS-1$
				&& !ABBREVIATED.contains(month);
	}

	static boolean abbreviationOfLanguage(@Nullable String monthKey, String language) {
		Set<String> languages = monthKey == null ? null : ABBREVIATION_LANGUAGES.get(monthKey);
		return languages == null || languages.contains(language);
	}
}
