// SPDX-License-Identifier: EPL-2.0
package dossier.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import dossier.insight.Bucket;
import dossier.insight.Dimension;
import dossier.insight.Granularity;
import dossier.insight.Timeline;

/** Computes a {@link Timeline}: two passes over the stories, one for the range, one to count. */
public final class Timelines {

	private Timelines() {
	}

	public static Timeline compute(List<Story> stories, Granularity granularity, Dimension dimension, boolean once,
			BooleanSupplier cancelled) {
		LocalDate first = null;
		LocalDate last = null;
		Map<String, Integer> totals = new HashMap<>();
		int undated = 0;
		for (int i = 0; i < stories.size(); i++) {
			Cancel.check(i, cancelled);
			Story story = stories.get(i);
			LocalDate day = story.first().published();
			if (day == null) {
				undated++;
				continue;
			}
			first = first == null || day.isBefore(first) ? day : first;
			last = last == null || day.isAfter(last) ? day : last;
			Tallies.add(totals, dimension.valueOf(story.first()), 1);
		}
		if (first == null) {
			// Nothing dated was published: the events alone give the range.
			for (Story story : stories) {
				for (LocalDate day : story.dates()) {
					first = first == null || day.isBefore(first) ? day : first;
					last = last == null || day.isAfter(last) ? day : last;
				}
			}
		}
		List<String> keys = List.copyOf(Tallies.ordered(totals).keySet());
		if (first == null) {
			return new Timeline(granularity, dimension, once, keys, List.of(), undated, 0);
		}
		Map<String, Integer> keyIndex = new HashMap<>();
		for (int k = 0; k < keys.size(); k++) {
			keyIndex.put(keys.get(k), k);
		}
		int size = (int) granularity.between(first, last) + 1;
		int[][] counts = new int[size][keys.size()];
		int[] events = new int[size];
		int outside = 0;
		LocalDate origin = granularity.start(first);
		for (int i = 0; i < stories.size(); i++) {
			Cancel.check(i, cancelled);
			Story story = stories.get(i);
			LocalDate day = story.first().published();
			if (day != null) {
				counts[(int) granularity.between(origin, day)][keyIndex.get(dimension.valueOf(story.first()))]++;
			}
			for (LocalDate event : story.dates()) {
				long index = event.isBefore(origin) ? -1 : granularity.between(origin, event);
				if (index < 0 || index >= size) {
					outside++;
				} else {
					events[(int) index]++;
				}
			}
		}
		List<Bucket> buckets = new ArrayList<>(size);
		LocalDate start = origin;
		for (int b = 0; b < size; b++) {
			LocalDate end = granularity.next(start);
			List<Integer> row = new ArrayList<>(keys.size());
			for (int count : counts[b]) {
				row.add(count);
			}
			buckets.add(new Bucket(start, end, row, events[b]));
			start = end;
		}
		return new Timeline(granularity, dimension, once, keys, buckets, undated, outside);
	}
}
