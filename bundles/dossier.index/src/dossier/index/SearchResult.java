// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total how many articles match
 * @param hits the requested page of them
 * @param facets per dimension ({@code publisher}, {@code language}, {@code licence}, {@code year}), the values
 *        found among all matching articles with their counts, most frequent first
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

	public SearchResult {
		hits = List.copyOf(hits);
		facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
	}
}
