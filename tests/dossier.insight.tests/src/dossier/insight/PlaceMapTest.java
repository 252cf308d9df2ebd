// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dossier.insight.Geography.Location;

class PlaceMapTest {

	private final Geography geography = Geography.get();

	@Test
	void placesAreCountedPerArticleAndTheirCountriesOncePerArticle() {
		PlaceMap map = KnownCorpus.insight().map(false);
		assertEquals(7, map.stories());
		assertEquals(List.of("Moscow:RU:3", "Paris:FR:1"), map.places().stream()
				.map(point -> point.place().label() + ':' + point.country() + ':' + point.articles()).toList());
		assertEquals(Map.of("RU", 3, "FR", 1), counts(map));
		assertEquals(3, map.mostInACountry());
		assertEquals(List.of("a1", "a2", "a6"), map.countries().get("RU"), "the articles of a country, for the Explorer");
		assertTrue(map.unplaced().isEmpty());
		PlacePoint moscow = map.places().get(0);
		assertEquals(55.75, moscow.latitude(), 0.1);
		assertEquals(37.62, moscow.longitude(), 0.1);
	}

	@Test
	void aStoryOfCopiesCountsOnceWhenAsked() {
		// a1, its French republication a6 and a6's Arabic translation a7 are one story: Moscow in 2 stories, not 3.
		PlaceMap map = KnownCorpus.insight().map(true);
		assertEquals(5, map.stories());
		assertEquals(2, map.places().get(0).articles());
		assertEquals(2, map.articlesIn("RU"));
		assertEquals(1, map.articlesIn("FR"));
		assertEquals(0, map.articlesIn("IT"));
	}

	@Test
	void twoPlacesOfOneCountryCountTheCountryOnceAndUnknownPlacesAreListed() {
		EntityRef milan = new EntityRef("city:milan", "PLACE", "Milano");
		EntityRef rome = new EntityRef("new:roma", "PLACE", "Roma");
		EntityRef nowhere = new EntityRef("new:x", "PLACE", "Xyzzyville");
		EntityRef italy = new EntityRef("iso3166:IT", "PLACE", "Italia");
		ArticleFacts article = new ArticleFacts("b1", null, "it", "ANSA", "CC-BY", "CLEAN", List.of(),
				List.of(milan, rome, nowhere, italy), List.of());
		PlaceMap map = Insight.of(List.of(article), List.of()).map(false);
		assertEquals(Map.of("IT", 1), counts(map));
		assertEquals(List.of("b1"), map.places().get(0).articleIds());
		assertEquals(3, map.places().size());
		assertEquals(List.of("Xyzzyville"), map.unplaced().stream().map(count -> count.entity().label()).toList());
		assertTrue(map.places().stream().anyMatch(point -> point.isCountry() && point.country().equals("IT")));
	}

	@Test
	void theMapAsCsvHasARowPerPlaceAndPerCountry() {
		String csv = InsightCsv.map(KnownCorpus.insight().map(false));
		List<String> rows = csv.lines().toList();
		assertEquals("kind,id,name,country,latitude,longitude,articles", rows.get(0));
		assertTrue(rows.get(1).startsWith("place,Q649,Moscow,RU,55.75"), rows.get(1));
		assertTrue(rows.get(1).endsWith(",3"), rows.get(1));
		assertTrue(rows.stream().anyMatch(row -> row.startsWith("country,iso3166:FR,France,FR,") && row.endsWith(",1")),
				csv);
		assertEquals(5, rows.size());
	}

	private static Map<String, Integer> counts(PlaceMap map) {
		Map<String, Integer> counts = new java.util.HashMap<>();
		map.countries().forEach((code, ids) -> counts.put(code, ids.size()));
		return counts;
	}

	@Test
	void placesAreFoundByTheirNameInLatinOrArabicScriptOrByTheirCatalogueId() {
		Location aleppo = geography.locate(new EntityRef("new:a", "PLACE", "حلب"));
		assertNotNull(aleppo, "Aleppo in Arabic");
		assertEquals("SY", aleppo.country());
		assertFalse(aleppo.isCountry());
		assertEquals("IT", geography.locate(new EntityRef("new:m", "PLACE", "Mailand")).country(), "an exonym");
		assertEquals("IT", geography.locate(new EntityRef("city:milan", "PLACE", "Milan city centre")).country(),
				"an unknown spelling falls back to the catalogue id");
		Location italy = geography.locate(new EntityRef("iso3166:it", "PLACE", "إيطاليا"));
		assertNotNull(italy);
		assertTrue(italy.isCountry());
		assertNull(geography.locate(new EntityRef("new:p", "PERSON", "Paris")), "a person is no place");
		assertNull(geography.locate(new EntityRef("new:q", "PLACE", "Xyzzyville")));
	}

	@Test
	void countriesHaveOutlinesOrAtLeastAMark() {
		Country italy = geography.countries().get("IT");
		assertFalse(italy.rings().isEmpty());
		assertEquals(42.0, italy.latitude(), 3.0);
		Country bahrain = geography.countries().get("BH");
		assertTrue(bahrain.rings().isEmpty(), "too small for 1:110m outlines");
		assertEquals(26.2, bahrain.latitude(), 0.5);
		assertTrue(geography.countries().size() > 240, "every ISO 3166-1 country: " + geography.countries().size());
	}

	@Test
	void theMapOfSomeArticlesShowsOnlyTheirPlaces() {
		// What the Map shows of the articles selected in the Explorer: a2 and a6 (and an id the corpus does not hold).
		PlaceMap map = KnownCorpus.insight().only(List.of("a2", "a6", "not-in-corpus")).map(false);
		assertEquals(2, map.stories());
		assertEquals(List.of("Moscow:RU:2", "Paris:FR:1"), map.places().stream()
				.map(point -> point.place().label() + ':' + point.country() + ':' + point.articles()).toList());
		assertEquals(List.of("a2", "a6"), map.countries().get("RU"));
		// The copies a6 and a7 chosen together are still one story; a1, their original, left out.
		assertEquals(1, KnownCorpus.insight().only(List.of("a6", "a7")).map(true).stories());
		assertEquals(0, KnownCorpus.insight().only(List.of()).map(false).stories());
	}
}
