// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@code published:} field of the query syntax: {@code published:2024-06-17} (a day; {@code 2024-06} a month,
 * {@code 2024} a year) and {@code published:[2024-06-01 TO 2024-06-30]} (days, either end {@code *} for open),
 * answered from the date doc values every indexed article already has ({@link Fields#DATE_SORT}, yyyyMMddHHmmss),
 * so no re-indexing is needed. A range that starts on the first of a month (or of a year) also holds the articles
 * dated only by that month (or year): their value sorts before the month's first day. The {@code imported:} field
 * (the UTC day of the article's import) is the same over {@link Fields#IMPORTED_DATE}, whose values are always
 * whole instants.
 */
final class PublishedRange {

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?"); //$NON-NLS-1$
	private static final String OPEN = "*"; //$NON-NLS-1$

	private PublishedRange() {
	}

	/** The articles published in the period {@code value} names. */
	static Query of(String value) throws ParseException {
		return of(Fields.DATE_SORT, value);
	}

	/** The articles whose date doc values {@code field} ({@link Fields#IMPORTED_DATE}) fall in the period {@code value}. */
	static Query of(String field, String value) throws ParseException {
		return NumericDocValuesField.newSlowRangeQuery(field, lower(value), upper(value));
	}

	/** The articles published from {@code from} to {@code to}. */
	static Query between(@Nullable String from, @Nullable String to, boolean fromInclusive, boolean toInclusive) throws ParseException {
		return between(Fields.DATE_SORT, from, to, fromInclusive, toInclusive);
	}

	/** The articles whose date doc values {@code field} fall from {@code from} to {@code to}. */
	static Query between(String field, @Nullable String from, @Nullable String to, boolean fromInclusive,
			boolean toInclusive) throws ParseException {
		long lo = from == null || OPEN.equals(from) ? Long.MIN_VALUE
				: fromInclusive ? lower(from) : upper(from) + 1;
		long hi = to == null || OPEN.equals(to) ? Long.MAX_VALUE : toInclusive ? upper(to) : lower(to) - 1;
		return NumericDocValuesField.newSlowRangeQuery(field, lo, hi);
	}

	/** The smallest value of the period: its first day at 00:00:00, the month's (year's) own value when it starts one. */
	private static long lower(String value) throws ParseException {
		Matcher m = parse(value);
		long year = Long.parseLong(m.group(1));
		long month = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
		long day = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
		if (day == 1) {
			day = 0;
			if (month == 1) {
				month = 0;
			}
		}
		return ((year * 100 + month) * 100 + day) * 1_000_000L;
	}

	/** The largest value of the period: its last day at 23:59:59. */
	private static long upper(String value) throws ParseException {
		Matcher m = parse(value);
		long year = Long.parseLong(m.group(1));
		long month = m.group(2) == null ? 99 : Long.parseLong(m.group(2));
		long day = m.group(3) == null ? 99 : Long.parseLong(m.group(3));
		return ((year * 100 + month) * 100 + day) * 1_000_000L + 999_999L;
	}

	private static Matcher parse(String value) throws ParseException {
		Matcher m = ISO.matcher(value.strip());
		if (!m.matches()) {
			throw new ParseException("published: and imported: want a date such as 2024-06-17, 2024-06 or 2024, not '" //$NON-NLS-1$
					+ value + "'"); //$NON-NLS-1$
		}
		return m;
	}
}
