// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

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

	/**
	 * How many periods from the one holding {@code first} to the one holding {@code day} (0 for the same; negative
	 * before). Arithmetic on epoch days and months: the timeline calls it for every article.
	 */
	public long between(LocalDate first, @Nullable LocalDate day) {
		return switch (this) {
		case DAY -> day.toEpochDay() - first.toEpochDay();
		case WEEK -> Math.floorDiv(mondayEpochDay(day) - mondayEpochDay(first), 7);
		case MONTH -> (day.getYear() * 12L + day.getMonthValue()) - (first.getYear() * 12L + first.getMonthValue());
		};
	}

	/** The epoch day of the Monday of {@code day}'s ISO week (1970-01-01 was a Thursday). */
	private static long mondayEpochDay(@Nullable LocalDate day) {
		long epochDay = day.toEpochDay();
		return epochDay - Math.floorMod(epochDay + 3, 7);
	}

	/** The name in files and on the command line: {@code day}, {@code week}, {@code month}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}
}
