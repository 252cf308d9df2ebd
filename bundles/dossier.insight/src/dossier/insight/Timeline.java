// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * Articles per period of publication, stacked by a dimension, with the dated events mentioned in them.
 * Periods run without gaps from the first publication to the last (empty periods included), so a bar's place is
 * its date.
 *
 * @param granularity the length of a period
 * @param dimension what the bars are stacked by
 * @param countedOnce whether a story of copies counts once
 * @param keys the stack's values, the biggest first
 * @param buckets the periods, oldest first
 * @param undated articles (or stories) without a full publication date, in no bucket
 * @param eventsOutside dated events outside the periods (a DATE mention of 1948 in a corpus of 2024)
 */
public record Timeline(Granularity granularity, Dimension dimension, boolean countedOnce, List<String> keys,
		List<Bucket> buckets, int undated, int eventsOutside) {

	public Timeline {
		keys = List.copyOf(keys);
		buckets = List.copyOf(buckets);
	}

	/** The biggest bar's total (0 when there are none). */
	public int maxTotal() {
		return buckets.stream().mapToInt(Bucket::total).max().orElse(0);
	}

	/** The biggest events count of a period (0 when there are none). */
	public int maxEvents() {
		return buckets.stream().mapToInt(Bucket::events).max().orElse(0);
	}

	/** Articles (or stories) in the buckets. */
	public int dated() {
		return buckets.stream().mapToInt(Bucket::total).sum();
	}

	/** The index of the bucket holding {@code day}, or -1. */
	public int indexOf(LocalDate day) {
		if (buckets.isEmpty() || day.isBefore(buckets.get(0).start())) {
			return -1;
		}
		long index = granularity.between(buckets.get(0).start(), day);
		return index < buckets.size() ? (int) index : -1;
	}
}
