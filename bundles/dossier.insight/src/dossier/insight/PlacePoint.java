// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.List;

/**
 * A place the articles mention, located.
 *
 * @param place the place entity
 * @param country the ISO 3166-1 alpha-2 code of its country
 * @param latitude its latitude, in degrees
 * @param longitude its longitude, in degrees
 * @param isCountry whether the place is a country itself (then it is marked at the country's centre)
 * @param articleIds the articles that mention it (when stories are counted once, each story's first article)
 */
public record PlacePoint(EntityRef place, String country, double latitude, double longitude, boolean isCountry,
		List<String> articleIds) {

	public PlacePoint {
		articleIds = List.copyOf(articleIds);
	}

	/** How many articles (stories, when counted once) mention it. */
	public int articles() {
		return articleIds.size();
	}
}
