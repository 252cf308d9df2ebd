// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OverviewTest {

	private final Insight insight = KnownCorpus.insight();

	@Test
	void talliesEveryArticle() {
		Overview overview = insight.overview(false, 10);
		assertEquals(7, overview.articles());
		assertEquals(5, overview.stories());
		assertEquals(1, overview.undated());
		assertEquals(List.of(Map.entry("en", 3), Map.entry("ar", 2), Map.entry("fr", 1), Map.entry("it", 1)),
				List.copyOf(overview.tally(Dimension.LANGUAGE).entrySet()));
		assertEquals(Map.of("Reuters", 2, "الجزيرة", 2, "ANSA", 1, "Le Monde", 1, ArticleFacts.UNKNOWN, 1),
				overview.tally(Dimension.PUBLISHER));
		assertEquals(Map.of("CC-BY", 4, "CC-BY-SA", 1, "none", 2), overview.tally(Dimension.LICENCE));
		assertEquals(Map.of("CLEAN", 4, "WARNINGS", 1, "ERRORS", 1, "NOT_CHECKED", 1),
				overview.tally(Dimension.LICENCE_CHECK));
	}

	@Test
	void findingsByRuleAndSeverity() {
		Overview overview = insight.overview(true, 10);
		assertEquals(Map.of("credit-missing", Map.of("warning", 2), "no-licence", Map.of("error", 1)), overview.findings());
		assertEquals(3, overview.findingsTotal());
	}

	@Test
	void topEntitiesPerTypeCountArticles() {
		Overview overview = insight.overview(false, 1);
		assertEquals(List.of("DATE", "ORG", "PERSON", "PLACE"), List.copyOf(overview.topEntities().keySet()));
		assertEquals(List.of(new EntityCount(KnownCorpus.PUTIN, 5)), overview.topEntities().get("PERSON"));
		assertEquals(List.of(new EntityCount(KnownCorpus.MOSCOW, 3)), overview.topEntities().get("PLACE"));
		assertEquals(List.of(new EntityCount(KnownCorpus.UN, 2)), overview.topEntities().get("ORG"));
	}

	@Test
	void countingOnceCollapsesTheRepublicationAndTheTranslation() {
		Overview overview = insight.overview(true, 10);
		assertEquals(Map.of("en", 3, "ar", 1, "it", 1), overview.tally(Dimension.LANGUAGE));
		assertEquals(List.of(new EntityCount(KnownCorpus.PUTIN, 3), new EntityCount(KnownCorpus.BIDEN, 1)),
				overview.topEntities().get("PERSON"));
		assertEquals(List.of(new EntityCount(KnownCorpus.MOSCOW, 2), new EntityCount(KnownCorpus.PARIS, 1)),
				overview.topEntities().get("PLACE"));
	}
}
