// SPDX-License-Identifier: EPL-2.0
package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.model.Article;
import dossier.core.model.Provenance;
import dossier.index.ArticleSummary;
import dossier.index.CorpusIndex;
import dossier.index.Hit;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchRequest;
import dossier.index.SearchResult;
import dossier.index.SortKey;

class CorpusIndexTest {

	@TempDir
	Path folder;

	private TestCorpus corpus;
	private CorpusIndex index;

	@BeforeEach
	void openIndex() throws IOException {
		corpus = new TestCorpus(folder);
		corpus.put(TestCorpus.article("ar1", "ar", "بوتين يزور بيونغ يانغ",
				"وصل الرئيس الروسي إلى بيونغ يانغ، وقال مسؤول إن الزيارة تعزز العلاقات بين روسيا وكوريا الشمالية. "
						+ "وقدم كيم جونغ أون هدية لبوتين في ختام المحادثات.",
				"Lifegate", "2024-06-19", "مرخصة تحت: CC-BY-SA", "Marco Rossi"));
		corpus.put(TestCorpus.article("ar2", "ar", "العقوبات الدولية",
				"فرض مجلس الأمن عقوبات على كوريا الشمالية بسبب برنامجها النووي، ورفض الرئيس الروسي تجديد ولاية الخبراء.",
				"Al Jazeera", "2023-05-02", null));
		corpus.put(TestCorpus.article("en1", "en", "Central bank raises interest rates",
				"The central bank raised its main interest rate again on Thursday, as inflation stayed high. "
						+ "Economists expect borrowing costs to remain elevated into next year.",
				"Reuters", "2024-02-01", "Creative Commons Attribution 4.0", "Jane Doe"));
		corpus.put(TestCorpus.article("it1", "it", "Elezioni regionali in Sardegna",
				"Le elezioni regionali si sono svolte domenica. Il presidente uscente ha riconosciuto la sconfitta "
						+ "e ha telefonato alla nuova presidente della regione.",
				"Lifegate", "2024-02-26", "CC BY-NC-ND 4.0"));
		corpus.put(TestCorpus.article("fa1", "fa", "سفر پوتین به کره شمالی",
				"رئیس جمهور روسیه برای نخستین بار از سال ۲۰۰۰ به کره شمالی سفر کرد و دو کشور پیمان همکاری امضا کردند.",
				"BBC Persian", "2024-06-20", null));
		index = CorpusIndex.open(corpus);
	}

	@AfterEach
	void closeIndex() throws IOException {
		index.close();
	}

	private List<String> ids(String query) throws Exception {
		return index.search(SearchRequest.of(query, 50)).hits().stream().map(Hit::id).sorted().toList();
	}

	@Test
	void matchingIdsAreEveryHitOfAQueryAndNoDeletedArticle() throws Exception {
		assertEquals(List.of("ar1", "ar2"), index.matchingIds("كوريا").stream().sorted().toList());
		assertEquals(List.of("ar1", "ar2", "en1", "fa1", "it1"), index.matchingIds("").stream().sorted().toList());
		index.delete("ar2");
		assertEquals(List.of("ar1"), index.matchingIds("كوريا"), "a deleted article is no hit");
		assertEquals(List.of("it1"), index.matchingIds("publisher:Lifegate -language:ar"));
		assertThrows(QuerySyntaxException.class, () -> index.matchingIds("title:(unclosed"));
	}

	@Test
	void warmingUpSearchesWordsOfTheTitlesAndChangesNothing() throws Exception {
		SearchResult before = index.search(SearchRequest.of("", 10).sortedBy(SortKey.ID, false));
		int searches = index.warmUp();
		assertTrue(searches >= 2 && searches % 2 == 0, "each word searched with and without passages: " + searches);
		SearchResult after = index.search(SearchRequest.of("", 10).sortedBy(SortKey.ID, false));
		assertEquals(before.hits().stream().map(Hit::id).toList(), after.hits().stream().map(Hit::id).toList());
		assertEquals(5, index.count());
	}

	@Test
	void aSearchWithoutPassagesGivesTheSameHitsUnhighlighted() throws Exception {
		SearchResult with = index.search(SearchRequest.of("كوريا", 10));
		SearchResult without = index.search(SearchRequest.of("كوريا", 10).withPassages(false));
		assertEquals(with.hits().stream().map(Hit::id).toList(), without.hits().stream().map(Hit::id).toList());
		assertEquals(with.total(), without.total());
		assertEquals(with.facets(), without.facets());
		assertTrue(with.hits().stream().allMatch(hit -> hit.snippet().contains("<b>")), with.hits().toString());
		assertTrue(without.hits().stream().allMatch(hit -> hit.snippet().isEmpty()), without.hits().toString());
	}

	@Test
	void aSearchWithinSomeIdsCountsPagesAndFacetsOnlyThose() throws Exception {
		SearchResult within = index.search(SearchRequest.of("", 10).sortedBy(SortKey.ID, false).within(Set.of("ar1", "it1", "en1")));
		assertEquals(3, within.total());
		assertEquals(List.of("ar1", "en1", "it1"), within.hits().stream().map(Hit::id).toList());
		assertEquals(Map.of("ar", 1, "en", 1, "it", 1), within.facets().get("language"));
		SearchResult korea = index.search(SearchRequest.of("كوريا", 10).within(Set.of("ar1", "en1")));
		assertEquals(List.of("ar1"), korea.hits().stream().map(Hit::id).toList());
		assertTrue(korea.hits().get(0).snippet().contains("<b>"), "hits are highlighted as usual: " + korea.hits());
		// A later page comes from the same filtered order.
		SearchResult second = index.search(SearchRequest.of("", 1).sortedBy(SortKey.ID, false).within(Set.of("ar1", "it1", "en1")).page(1, 1));
		assertEquals(List.of("en1"), second.hits().stream().map(Hit::id).toList());
		assertEquals(0, index.search(SearchRequest.of("", 10).within(Set.of())).total(), "an empty set keeps nothing");
	}

	@Test
	void arabicWordFindsItsCliticForms() throws Exception {
		// ar1 has only وكوريا (and Korea), ar2 has the bare كوريا.
		assertEquals(List.of("ar1", "ar2"), ids("كوريا"));
		assertEquals(List.of("ar1"), ids("بوتين"), "بوتين must find لبوتين and the title's بوتين");
		assertEquals(List.of("ar1", "ar2"), ids("وكوريا"), "the clitic form finds the bare word");
	}

	@Test
	void aQueryInCliticFormFindsTheBareWord() throws Exception {
		index.update(TestCorpus.article("ar4", "ar", "قمة", "التقى بوتين نظيره في الأمم المتحدة أمس.", null, null, null));
		assertTrue(ids("لبوتين").contains("ar4"), "لبوتين finds the bare بوتين: " + ids("لبوتين"));
		assertTrue(ids("بالأمم").contains("ar4"), "بالأمم finds الأمم: " + ids("بالأمم"));
		assertTrue(ids("للأمم").contains("ar4"), "للأمم finds الأمم: " + ids("للأمم"));
		assertEquals(List.of(), ids("بيروت"), "a word that only begins with ب finds no other word");
	}

	@Test
	void lamPrepositionFormIsFoundByTheBareName() throws Exception {
		index.update(TestCorpus.article("ar3", "ar", "هدية", "قدم الزعيم الكوري هدية لبوتين في ختام الزيارة.", null,
				null, null));
		assertEquals(List.of("ar1", "ar3"), ids("بوتين"));
	}

	@Test
	void snippetHighlightsTheArabicMatch() throws Exception {
		SearchResult result = index.search(SearchRequest.of("كوريا", 10));
		Hit ar1 = result.hits().stream().filter(hit -> hit.id().equals("ar1")).findFirst().orElseThrow();
		assertTrue(ar1.snippet().contains("<b>وكوريا</b>"), ar1.snippet());
		Hit ar2 = result.hits().stream().filter(hit -> hit.id().equals("ar2")).findFirst().orElseThrow();
		assertTrue(ar2.snippet().contains("<b>كوريا</b>"), ar2.snippet());
		SearchResult marked = index.search(SearchRequest.of("inflation", 10).highlightedWith("[", "]"));
		assertTrue(marked.hits().get(0).snippet().contains("[inflation]"), marked.hits().get(0).snippet());
	}

	@Test
	void hitsCarryWhatTheListShows() throws Exception {
		Hit hit = index.search(SearchRequest.of("inflation", 10)).hits().get(0);
		ArticleSummary article = hit.article();
		assertEquals("en1", article.id());
		assertEquals("Central bank raises interest rates", article.title());
		assertEquals("Reuters", article.publisher());
		assertEquals("en", article.language());
		assertEquals("2024-02-01", article.published());
		assertEquals("CC-BY", article.licence());
		assertEquals("articles/en1.json", article.path());
		assertTrue(hit.score() > 0);
	}

	@Test
	void europeanWordsMatchTheirInflections() throws Exception {
		assertEquals(List.of("en1"), ids("raise inflations"));
		assertEquals(List.of("it1"), ids("elezione"));
	}

	@Test
	void phrasesMatchWordsInOrderOnly() throws Exception {
		assertEquals(List.of("ar1"), ids("\"كيم جونغ أون\""));
		assertEquals(List.of(), ids("\"أون جونغ كيم\""));
		assertEquals(List.of("en1"), ids("\"interest rate\""));
		assertEquals(List.of(), ids("\"rate interest\""));
	}

	@Test
	void fieldQueries() throws Exception {
		assertEquals(List.of("ar1"), ids("title:بوتين"));
		assertEquals(List.of("ar1", "it1"), ids("publisher:lifegate"));
		assertEquals(List.of("ar2"), ids("publisher:\"Al Jazeera\""));
		assertEquals(List.of("ar1", "ar2"), ids("language:ar"));
		assertEquals(List.of("ar1"), ids("licence:CC-BY-SA"));
		assertEquals(List.of("en1"), ids("author:doe"));
		assertEquals(List.of("ar2"), ids("year:2023"));
		assertEquals(List.of("en1", "fa1", "it1"), ids("year:[2023 TO 2024] AND NOT language:ar"));
	}

	@Test
	void publishedDaysAndRanges() throws Exception {
		assertEquals(List.of("en1", "it1"), ids("published:[2024-02-01 TO 2024-02-29]"));
		assertEquals(List.of("fa1"), ids("published:2024-06-20"));
		assertEquals(List.of("ar1", "fa1"), ids("published:2024-06"));
		assertEquals(List.of("ar1", "en1", "fa1", "it1"), ids("published:[2024-01-01 TO *]"));
		assertEquals(List.of("ar2"), ids("published:{* TO 2024-02-01}"));
		assertEquals(List.of("ar1"), ids("بوتين AND published:[2024-06-19 TO 2024-06-19]"));
	}

	@Test
	void importDaysAndRanges() throws Exception {
		// Two articles imported a minute either side of midnight UTC, one without an import record.
		index.update(imported(TestCorpus.article("en2", "en", "Rates held", "The bank held its rates.", "Reuters",
				"2024-06-01", null), "2026-11-28T23:59:30Z"));
		index.update(imported(TestCorpus.article("en3", "en", "Rates cut", "The bank cut its rates.", "Reuters",
				"2024-06-02", null), "2026-11-29T00:00:30Z"));
		assertEquals(List.of("en3"), ids("imported:2026-11-29"));
		assertEquals(List.of("en2"), ids("imported:[2026-11-28 TO 2026-11-28]"));
		assertEquals(List.of("en2", "en3"), ids("imported:[2026-11-28 TO 2026-11-29]"));
		assertEquals(List.of("en2", "en3"), ids("imported:2026-11"));
		assertEquals(List.of("en3"), ids("rates AND imported:[2026-11-29 TO *]"));
		assertEquals(List.of(), ids("imported:2024-06-01"), "the import day, not the publication day");
	}

	private static Article imported(Article article, String instant) {
		return article.toBuilder().provenance(new Provenance("test", Instant.parse(instant), "dossier.ingest.text", null,
				null, List.of(), List.of())).build();
	}

	@Test
	void booleanOperators() throws Exception {
		assertEquals(List.of("ar1"), ids("كوريا AND بوتين"));
		assertEquals(List.of("ar1"), ids("كوريا بوتين"), "words are ANDed by default");
		assertEquals(List.of("ar1", "ar2", "en1"), ids("كوريا OR inflation"));
		assertEquals(List.of("ar2"), ids("كوريا NOT بوتين"));
		assertEquals(List.of("ar2", "it1"), ids("(كوريا OR elezioni) -بوتين"));
	}

	@Test
	void facetsCountAllMatches() throws Exception {
		SearchResult all = index.search(SearchRequest.of("", 1));
		assertEquals(5, all.total());
		assertEquals(1, all.hits().size());
		Map<String, Map<String, Integer>> facets = all.facets();
		assertEquals(Map.of("ar", 2, "en", 1, "it", 1, "fa", 1), facets.get("language"));
		assertEquals(2, facets.get("publisher").get("Lifegate"));
		assertEquals(Map.of("CC-BY-SA", 1, "CC-BY", 1, "CC-BY-NC-ND", 1, "none", 2), facets.get("licence"));
		assertEquals(Map.of("2024", 4, "2023", 1), facets.get("year"));

		SearchResult korea = index.search(SearchRequest.of("كوريا", 10));
		assertEquals(2, korea.total());
		assertEquals(Map.of("ar", 2), korea.facets().get("language"));
		assertEquals(Map.of("Lifegate", 1, "Al Jazeera", 1), korea.facets().get("publisher"));
	}

	@Test
	void sortsByDateTitleAndPublisher() throws Exception {
		SearchRequest all = SearchRequest.of("", 10);
		assertEquals(List.of("ar2", "en1", "it1", "ar1", "fa1"), hitIds(all.sortedBy(SortKey.DATE, false)));
		assertEquals(List.of("fa1", "ar1", "it1", "en1", "ar2"), hitIds(all.sortedBy(SortKey.DATE, true)));
		assertEquals(List.of("ar2", "fa1", "ar1", "it1", "en1"), hitIds(all.sortedBy(SortKey.PUBLISHER, false)));
		assertEquals(List.of("en1", "it1", "ar2", "ar1", "fa1"), hitIds(all.sortedBy(SortKey.TITLE, false)));
		assertEquals(List.of("it1", "ar1"), hitIds(SearchRequest.of("publisher:lifegate", 10).sortedBy(SortKey.DATE, false)));
	}

	private List<String> hitIds(SearchRequest request) throws Exception {
		return index.search(request).hits().stream().map(Hit::id).toList();
	}

	@Test
	void listingPagesThroughAllArticlesInAnyOrder() throws Exception {
		assertEquals(5, index.count());
		List<ArticleSummary> first = index.list(SortKey.DATE, true, 0, 2);
		List<ArticleSummary> rest = index.list(SortKey.DATE, true, 2, 10);
		assertEquals(List.of("fa1", "ar1"), first.stream().map(ArticleSummary::id).toList());
		assertEquals(List.of("it1", "en1", "ar2"), rest.stream().map(ArticleSummary::id).toList());
		assertEquals("BBC Persian", first.get(0).publisher());
		assertEquals(List.of(), index.list(SortKey.TITLE, false, 5, 10));
	}

	@Test
	void searchPagesWithOffset() throws Exception {
		SearchRequest byDate = SearchRequest.of("", 2).sortedBy(SortKey.DATE, false);
		assertEquals(List.of("it1", "ar1"), hitIds(byDate.page(2, 2)));
		assertEquals(5, index.search(byDate.page(4, 2)).total());
	}

	@Test
	void pagingASearchGivesTheSameRowsAsOnePageAndSeesChangesAtOnce() throws Exception {
		SearchRequest byTitle = SearchRequest.of("", 5).sortedBy(SortKey.TITLE, false);
		List<String> whole = hitIds(byTitle);
		List<String> paged = new ArrayList<>();
		for (int offset = 0; offset < 5; offset += 2) {
			paged.addAll(hitIds(byTitle.page(offset, 2)));
		}
		assertEquals(whole, paged, "pages (the later ones from the kept hit order) join up to the whole listing");
		assertEquals(Map.of("ar", 2, "it", 1, "en", 1, "fa", 1), index.search(byTitle.page(2, 2)).facets().get("language"));

		index.delete(whole.get(4));
		assertEquals(whole.subList(2, 4), hitIds(byTitle.page(2, 2)));
		assertEquals(4, index.search(byTitle.page(2, 2)).total(), "a later page after a change is not served from the old order");
		assertEquals(List.of(), hitIds(byTitle.page(4, 2)));
	}

	@Test
	void updatesAndDeletesAreSeenAtOnceAndSurviveReopening() throws Exception {
		corpus.put(TestCorpus.article("en1", "en", "Central bank holds rates",
				"The central bank kept its main rate unchanged on Thursday.", "Reuters", "2024-03-01", null));
		index.update(corpus.articles().filter(a -> a.id().equals("en1")).findFirst().orElseThrow());
		corpus.remove("it1");
		index.delete("it1");
		assertEquals(List.of(), ids("inflation"));
		assertEquals(List.of("en1"), ids("unchanged"));
		assertEquals(List.of(), ids("elezioni"));
		assertEquals(4, index.count());
		index.commit();
		index.close();

		int reads = corpus.rebuildReads.get();
		index = CorpusIndex.open(corpus);
		assertTrue(index.rebuildReason().isEmpty(), () -> "rebuilt: " + index.rebuildReason());
		assertEquals(reads, corpus.rebuildReads.get(), "an up-to-date index is not rebuilt");
		assertEquals(List.of("en1"), ids("unchanged"));
		assertEquals(4, index.count());
	}

	@Test
	void missingIndexIsBuilt() throws Exception {
		assertEquals("missing", index.rebuildReason().orElse(""));
		assertEquals(5, index.count());
	}

	@Test
	void staleIndexIsRebuilt() throws Exception {
		index.close();
		// The corpus changed while the index was closed (another program imported an article).
		corpus.put(TestCorpus.article("de1", "de", "Wahlen in Sachsen", "Die Wahlen in Sachsen wurden am Sonntag abgehalten.",
				"Tagesschau", "2024-09-01", null));
		index = CorpusIndex.open(corpus);
		assertTrue(index.rebuildReason().orElse("").startsWith("stale"), () -> index.rebuildReason().toString());
		assertEquals(List.of("de1"), ids("wahl"));
		assertEquals(6, index.count());
	}

	@Test
	void corruptIndexIsDeletedAndRebuilt() throws Exception {
		index.close();
		List<Path> segmentFiles;
		try (var files = Files.list(corpus.indexFolder())) {
			segmentFiles = files.filter(f -> f.getFileName().toString().matches("_.*\\.(cfs|fdt|tim|doc|si)"))
					.toList();
		}
		assertFalse(segmentFiles.isEmpty());
		for (Path file : segmentFiles) {
			long size = Files.size(file);
			try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
				channel.truncate(size / 2);
			}
		}
		index = CorpusIndex.open(corpus);
		assertTrue(index.rebuildReason().orElse("").startsWith("corrupt"), () -> index.rebuildReason().toString());
		assertEquals(List.of("ar1", "ar2"), ids("كوريا"));
	}

	@Test
	void garbageInTheIndexFolderIsRebuilt() throws Exception {
		index.close();
		try (var files = Files.list(corpus.indexFolder())) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
				Files.writeString(file, "not an index");
			}
		}
		index = CorpusIndex.open(corpus);
		assertTrue(index.rebuildReason().orElse("").startsWith("corrupt"), () -> index.rebuildReason().toString());
		assertEquals(5, index.count());
	}

	@Test
	void badQueryIsOneLineReason() {
		QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.search(SearchRequest.of("(كوريا", 10)));
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
		assertThrows(QuerySyntaxException.class, () -> index.search(SearchRequest.of("colour:red", 10)));
	}

	@Test
	void chineseAndJapaneseWordsAreFound() throws Exception {
		index.update(TestCorpus.article("zh1", "zh", "普京访问朝鲜", "俄罗斯总统普京周三抵达平壤，两国签署了全面战略伙伴关系协定。",
				"Xinhua", "2024-06-19", null));
		index.update(TestCorpus.article("ja1", "ja", "プーチン大統領が北朝鮮を訪問", "ロシアのプーチン大統領は平壌に到着し、新たな協定に署名した。",
				"NHK", "2024-06-19", null));
		assertEquals(List.of("zh1"), ids("平壤"));
		assertEquals(List.of("ja1"), ids("平壌"));
		assertEquals(List.of("ja1"), ids("プーチン"));
		assertEquals(List.of("ja1", "zh1"), ids("平壤 OR 平壌"));
	}
}
