// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * One bar of a {@link Timeline}: the articles (or stories) published in {@code [start, end)}, counted per key of
 * the timeline, and the dated events their DATE mentions name in the same period.
 *
 * @param start the period's first day
 * @param end the day after the period's last
 * @param counts the count per key, in the order of {@link Timeline#keys()}
 * @param events how many (story, day) pairs of DATE mentions fall in the period
 */
public record Bucket(LocalDate start, LocalDate end, List<Integer> counts, int events) {

	public Bucket {
		counts = List.copyOf(counts);
	}

	/** All articles (or stories) of the period. */
	public int total() {
		int total = 0;
		for (int count : counts) {
			total += count;
		}
		return total;
	}

	/** The last day of the period. */
	public LocalDate last() {
		return end.minusDays(1);
	}
}
