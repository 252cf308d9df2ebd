// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The length of a timeline's bars: a day, an ISO week (from Monday), a calendar month. */
public enum Granularity {

	DAY, WEEK, MONTH;

	/** The first day of the period that holds {@code day}. */
	public LocalDate start(LocalDate day) {
		return switch (this) {
		case DAY -> day;
		case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		case MONTH -> day.withDayOfMonth(1);
		};
	}

	/** The first day of the period after the one starting on {@code start}. */
	public LocalDate next(LocalDate start) {
		return switch (this) {
		case DAY -> start.plusDays(1);
		case WEEK -> start.plusWeeks(1);
		case MONTH -> start.plusMonths(1);
		};
	}

	/** How many periods from the one holding {@code first} to the one holding {@code day} (0 for the same). */
	public long between(LocalDate first, LocalDate day) {
		LocalDate a = start(first);
		LocalDate b = start(day);
		return switch (this) {
		case DAY -> ChronoUnit.DAYS.between(a, b);
		case WEEK -> ChronoUnit.WEEKS.between(a, b);
		case MONTH -> ChronoUnit.MONTHS.between(a, b);
		};
	}

	/** The name in files and on the command line: {@code day}, {@code week}, {@code month}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}
}
