// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the articles of a corpus happen: the places they mention, on their coordinates, and per country how many
 * articles mention it or a place in it.
 *
 * @param once whether a story (an article and its copies) was counted once
 * @param stories how many articles (stories) were read
 * @param places the located places, the most mentioned first
 * @param countries per ISO 3166-1 alpha-2 code, the articles (stories: their first articles) that mention the
 *        country or a place in it; the most mentioned country first
 * @param unplaced the places that could not be located, the most mentioned first
 */
public record PlaceMap(boolean once, int stories, List<PlacePoint> places, Map<String, List<String>> countries,
		List<EntityCount> unplaced) {

	public PlaceMap {
		places = List.copyOf(places);
		Map<String, List<String>> copy = new LinkedHashMap<>();
		countries.forEach((code, ids) -> copy.put(code, List.copyOf(ids)));
		countries = Collections.unmodifiableMap(copy);
		unplaced = List.copyOf(unplaced);
	}

	/** How many articles (stories) mention the country {@code code} or a place in it. */
	public int articlesIn(String code) {
		List<String> ids = countries.get(code);
		return ids == null ? 0 : ids.size();
	}

	/** The most articles any one country has. */
	public int mostInACountry() {
		return countries.values().stream().mapToInt(List::size).max().orElse(0);
	}
}
