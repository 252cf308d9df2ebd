// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * A date entity's value (the id after {@code date:}: ISO 8601 {@code 2024-06-17}, {@code 2024-06}, {@code 2024},
 * {@code --06-17} for a day of unknown year, {@code --06}, a range of years {@code 2019/2024}, or
 * {@code weekday-1}…{@code weekday-7}, Monday first) in words for a reader of {@code locale}, with ICU's
 * patterns: "17 June 2024", "June 2024", "17 June", "September, year unknown", "2019–2024", "Monday". The ISO value
 * stays the entity's identity; this is only how it is shown.
 */
public final class DateWords {

	private static final Pattern ISO = Pattern.compile("(\\d{4}|-)-(\\d{2})(?:-(\\d{2}))?"); //$NON-NLS-1$
	private static final Pattern RANGE = Pattern.compile("(\\d{4})/(\\d{4})"); //$NON-NLS-1$
	private static final Pattern WEEKDAY = Pattern.compile("weekday-([1-7])"); //$NON-NLS-1$

	private DateWords() {
	}

	/**
	 * {@code value} in words, or {@code value} itself when it is not a date value this class knows.
	 *
	 * @param yearUnknown the pattern for a month without its year, {@code {0}} the month in words,
	 *        e.g. "{0}, year unknown" (the caller's translation)
	 */
	public static String inWords(String value, ULocale locale, String yearUnknown) {
		String bare = value.startsWith("date:") ? value.substring(5) : value; //$NON-NLS-1$
		if (bare.matches("\\d{4}")) { //$NON-NLS-1$
			return bare;
		}
		Matcher range = RANGE.matcher(bare);
		if (range.matches()) {
			return range.group(1) + '\u2013' + range.group(2);
		}
		Matcher weekday = WEEKDAY.matcher(bare);
		if (weekday.matches()) {
			int day = Integer.parseInt(weekday.group(1)); // 1 = Monday
			return DateFormatSymbols.getInstance(locale).getWeekdays()[day % 7 + 1];
		}
		Matcher iso = ISO.matcher(bare);
		if (!iso.matches()) {
			return value;
		}
		boolean yearKnown = !iso.group(1).equals("-"); //$NON-NLS-1$
		int month = Integer.parseInt(iso.group(2));
		Integer day = iso.group(3) != null ? Integer.valueOf(iso.group(3)) : null;
		if (month < 1 || month > 12 || day != null && (day < 1 || day > 31)) {
			return value;
		}
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
		calendar.clear();
		calendar.set(yearKnown ? Integer.parseInt(iso.group(1)) : 2000, month - 1, day != null ? day : 1);
		String skeleton = (yearKnown ? "y" : "") + (day != null ? "MMMMd" : "MMMM"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		DateFormat format = DateFormat.getPatternInstance(skeleton, locale);
		format.setTimeZone(TimeZone.GMT_ZONE);
		String words = format.format(calendar.getTime());
		if (!yearKnown && day == null) {
			// a standalone month name: "September", not the genitive form some languages use inside a date
			words = DateFormatSymbols.getInstance(locale).getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)[month - 1];
		}
		// "17 June" reads as a day of the story's year; a month alone says so explicitly
		return yearKnown || day != null ? words : MessageFormat.format(yearUnknown, words);
	}

	/** {@link #inWords(String, ULocale, String)} in English words for an unknown year. */
	public static String inWords(String value, ULocale locale) {
		return inWords(value, locale, "{0}, year unknown"); //$NON-NLS-1$
	}
}
