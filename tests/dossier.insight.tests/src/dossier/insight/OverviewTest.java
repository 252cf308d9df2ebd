// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
		// people, organisations and places first: the names an analyst looks for; dates after them
		assertEquals(List.of("PERSON", "ORG", "PLACE", "DATE"), List.copyOf(overview.topEntities().keySet()));
		assertEquals(List.of(new EntityCount(KnownCorpus.PUTIN, 5)), overview.topEntities().get("PERSON"));
		assertEquals(List.of(new EntityCount(KnownCorpus.MOSCOW, 3)), overview.topEntities().get("PLACE"));
		assertEquals(List.of(new EntityCount(KnownCorpus.UN, 2)), overview.topEntities().get("ORG"));
	}

	@Test
	void aTopEntitysArticlesAreKnownForAClick() {
		Overview all = insight.overview(false, 1);
		assertEquals(5, all.articlesOf(KnownCorpus.PUTIN.id()).size());
		assertEquals(all.topEntities().get("PLACE").get(0).articles(), all.articlesOf(KnownCorpus.MOSCOW.id()).size());
		assertEquals(List.of(), all.articlesOf(KnownCorpus.BIDEN.id()), "not among the top one");
		assertEquals(3, insight.overview(true, 1).articlesOf(KnownCorpus.PUTIN.id()).size(), "a story's first article");
	}

	@Test
	void theImportHistoryCountsEveryArticleByDayAndImporterLatestFirst() {
		LocalDate monday = LocalDate.of(2026, 11, 30);
		LocalDate friday = LocalDate.of(2026, 12, 4);
		List<ArticleFacts> facts = List.of(imported("a", monday, "html"), imported("b", friday, "warc"),
				imported("c", friday, "warc"), imported("d", friday, "html"),
				new ArticleFacts("e", null, "en", "", "", "", List.of(), List.of(), List.of())); // not recorded
		Overview overview = Insight.of(facts, List.of()).overview(false, 5);
		assertEquals(List.of(new ImportDay(friday, 3, Map.of("warc", 2, "html", 1)), new ImportDay(monday, 1, Map.of("html", 1))),
				overview.imports());
		assertEquals(List.of("warc", "html"), List.copyOf(overview.imports().get(0).byImporter().keySet()), "most first");
		assertTrue(InsightCsv.overview(overview).contains("import,2026-12-04,warc,2"), InsightCsv.overview(overview));
	}

	private static ArticleFacts imported(String id, LocalDate day, String importer) {
		return new ArticleFacts(id, null, "en", "", "", "", List.of(), List.of(), List.of(), day, importer);
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
