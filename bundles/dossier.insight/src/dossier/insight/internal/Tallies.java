// SPDX-License-Identifier: EPL-2.0
package dossier.insight.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/** Counting helpers: maps ordered biggest first, ties by key. */
final class Tallies {

	private Tallies() {
	}

	static void add(@Nullable Map<String, Integer> counts, String key, int n) {
		counts.merge(key, n, Integer::sum);
	}

	/** {@code counts} as an unmodifiable map, biggest count first, ties by key. */
	static Map<String, Integer> ordered(Map<String, Integer> counts) {
		List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
		entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
		Map<String, Integer> ordered = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> entry : entries) {
			ordered.put(entry.getKey(), entry.getValue());
		}
		return Collections.unmodifiableMap(ordered);
	}
}
