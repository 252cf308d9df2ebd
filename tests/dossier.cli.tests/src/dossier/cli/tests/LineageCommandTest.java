// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.cli.ExitCode;
import dossier.core.model.Article;
import dossier.core.store.ArticleJson;
import dossier.core.store.Corpus;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.store.EntityStore;

/** {@code dossier lineage}: lists links with type, score and evidence, stores them, and respects a rejection. */
class LineageCommandTest {

	// Constructed for this test, not real articles: one report, republished elsewhere, and a translation of it
	// into Arabic that keeps its figures (in Arabic-Indic digits), dates, handle and address.
	private static final String REPORT = "The committee met on 19.06.2024 with UNICEF and counted 12,500 refugees. "
			+ "The budget is 3.5 million dollars and 480 schools have closed since 2022, according to the report by "
			+ "@unicef_ar published on 17 June 2024 at https://example.org/report-2024 and quoted by Reuters and AFP.";
	private static final String ARABIC = "اجتمعت اللجنة في ١٩/٠٦/٢٠٢٤ مع UNICEF وأحصت ١٢٬٥٠٠ لاجئ. الميزانية ٣٫٥ مليون دولار "
			+ "وأغلقت ٤٨٠ مدرسة منذ ٢٠٢٢ بحسب تقرير @unicef_ar المنشور في 17 يونيو 2024 على https://example.org/report-2024 "
			+ "ونقلته Reuters و AFP.";

	@TempDir
	Path folder;

	private final InProcessDossier dossier = new InProcessDossier();

	@Test
	void listsLinksWithTypeScoreAndEvidenceInEachFormat() throws IOException {
		String[] ids = corpus();
		assertEquals(ExitCode.OK, dossier.run("lineage", "--corpus", folder.toString()), dossier.err());
		String text = dossier.out();
		assertTrue(text.contains("republication"), text);
		assertTrue(text.contains("translation"), text);
		assertTrue(text.contains(ids[0] + " (en, Wire, 2024-06-17) -> " + ids[2] + " (ar"), text);
		assertTrue(text.contains("    fingerprint: "), text);
		assertTrue(text.contains("12500"), text);
		assertTrue(Files.isRegularFile(folder.resolve("lineage.json")));

		assertEquals(ExitCode.OK, dossier.run("lineage", "--corpus", folder.toString(), "--format", "json"));
		JsonObject json = JsonParser.parseString(dossier.out()).getAsJsonObject();
		assertEquals("dossier-lineage", json.get("format").getAsString());
		// the republication and the translation; and the translation again from the republication, whose text is
		// the same (telling which copy a translator used is left to the analyst)
		assertEquals(3, json.getAsJsonArray("links").size(), dossier.out());

		assertEquals(ExitCode.OK, dossier.run("lineage", "--corpus", folder.toString(), "--format=dot"));
		assertTrue(dossier.out().startsWith("digraph lineage {"), dossier.out());
		assertTrue(dossier.out().contains("[label=\"translation "), dossier.out());
	}

	@Test
	void aRejectedLinkIsNotListedAgain() throws IOException {
		String[] ids = corpus();
		assertEquals(ExitCode.OK, dossier.run("lineage", "--corpus", folder.toString(), "--reject",
				ids[2] + ":" + ids[0] + ":translation"), dossier.err());
		String rejected = ids[0] + " (en, Wire, 2024-06-17) -> " + ids[2];
		assertFalse(dossier.out().contains(rejected), dossier.out());
		assertTrue(dossier.out().contains("(1 rejected, not shown)"), dossier.out());
		assertEquals(ExitCode.OK, dossier.run("lineage", "--corpus", folder.toString()));
		assertFalse(dossier.out().contains(rejected), "recomputed, still not proposed: " + dossier.out());
		assertTrue(dossier.out().contains(ids[1] + " (en, Daily Example, 2024-06-18) -> " + ids[2]), dossier.out());
	}

	@Test
	void wrongUsageIsTold() throws IOException {
		corpus();
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("lineage", "--corpus", folder.toString(), "--format", "xml"));
		assertTrue(dossier.err().contains("unknown --format 'xml'"), dossier.err());
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("lineage", "--corpus", folder.toString(), "--reject", "a:b:cousin"));
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("lineage", "--corpus", folder.resolve("none").toString()));
		assertTrue(dossier.err().contains("is not a corpus"), dossier.err());
	}

	@Test
	void importWithLinkStoresTheLinksLineageWouldStore() throws IOException {
		Path input = Files.createTempFile("dossier-lineage", ".jsonl");
		try {
			StringBuilder lines = new StringBuilder();
			for (Article article : articles()) {
				lines.append(ArticleJson.toJsonLine(article)).append('\n');
			}
			Files.writeString(input, lines);
			Path corpus = folder.resolve("corpus");
			assertEquals(ExitCode.OK, dossier.run("import", "--corpus", corpus.toString(), "--link", input.toString()),
					dossier.err());
			assertTrue(dossier.out().contains("linked 3 articles: 3 links in "), dossier.out()); // republication, translation, same story
			String stored = Files.readString(corpus.resolve("lineage.json"));
			assertTrue(stored.contains("\"type\": \"translation\""), stored);
			assertEquals(ExitCode.OK, dossier.run("lineage", "--corpus", corpus.toString()), dossier.err());
			assertEquals(stored, Files.readString(corpus.resolve("lineage.json")), "dossier lineage finds and stores the same");

			assertEquals(ExitCode.OK, dossier.run("import", "--corpus", folder.resolve("unlinked").toString(), input.toString()));
			assertFalse(Files.exists(folder.resolve("unlinked").resolve("lineage.json")), "no --link, no linking");
		} finally {
			Files.delete(input);
		}
	}

	// Constructed for this test: a ranking of readers' countries and its French translation, whose only things in
	// common are the countries, spelled per language; the entity ids come from the mentions stored with the corpus.
	private static final String COUNTRIES_EN = "Readers in Japan, Egypt and the Philippines read the most, ahead of "
			+ "Germany and Brazil, India and Greece. Hungary and Norway joined late.";
	private static final String COUNTRIES_FR = "Les lecteurs du Japon, d'Égypte et des Philippines ont lu le plus, devant "
			+ "l'Allemagne et le Brésil, l'Inde et la Grèce. La Hongrie et la Norvège s'y sont jointes tard.";
	private static final String[] CODES = { "JP", "EG", "PH", "DE", "BR", "IN", "GR", "HU", "NO" };

	@Test
	void linksWithTheEntityIdsTheCorpusStores() throws IOException {
		Corpus corpus = Corpus.open(folder);
		Article english = Article.builder(COUNTRIES_EN).language("en").published("2012-01-05").build();
		Article french = Article.builder(COUNTRIES_FR).language("fr").published("2012-01-09").build();
		for (Article article : new Article[] { english, french }) {
			corpus.put(article, article.text().getBytes(StandardCharsets.UTF_8));
		}
		assertEquals(ExitCode.OK, dossier.run("lineage", "--corpus", folder.toString()), dossier.err());
		assertFalse(dossier.out().contains("translation"), "no mentions stored, no ids: " + dossier.out());

		EntityStore store = new EntityStore(folder);
		store.saveMentions(english.id(), places(english, "Japan", "Egypt", "Philippines", "Germany", "Brazil", "India",
				"Greece", "Hungary", "Norway"));
		store.saveMentions(french.id(), places(french, "Japon", "Égypte", "Philippines", "Allemagne", "Brésil", "Inde",
				"Grèce", "Hongrie", "Norvège"));
		assertEquals(ExitCode.OK, dossier.run("lineage", "--corpus", folder.toString()), dossier.err());
		String pair = english.id() + " (en, 2012-01-05) -> " + french.id() + " (fr";
		assertTrue(dossier.out().contains(pair), dossier.out());
		assertTrue(dossier.out().contains("translation"), dossier.out());
		assertTrue(dossier.out().contains("iso3166:JP"), dossier.out());

		// the import's linking and the check link with the same ids
		Path input = folder.resolve("more.jsonl");
		Files.writeString(input, ArticleJson.toJsonLine(Article.builder(REPORT).language("en").build()) + "\n");
		Files.delete(folder.resolve("lineage.json"));
		assertEquals(ExitCode.OK, dossier.run("import", "--corpus", folder.toString(), "--link", input.toString()),
				dossier.err());
		String stored = Files.readString(folder.resolve("lineage.json"));
		assertTrue(stored.contains("\"type\": \"translation\"") && stored.contains(french.id()), stored);
	}

	@Test
	void aPlainImportRecognisesTheEntitiesSoLineageLinksATranslationThroughThem() throws IOException {
		Path input = countriesFile();
		Path corpus = folder.resolve("corpus");
		assertEquals(ExitCode.OK, dossier.run("import", "--corpus", corpus.toString(), input.toString()), dossier.err());
		assertTrue(dossier.out().contains("entities recognised in 2 articles"), dossier.out());
		assertFalse(Files.exists(corpus.resolve("lineage.json")), "an import links only with --link");
		Corpus stored = Corpus.open(corpus);
		EntityStore store = new EntityStore(corpus);
		for (String id : stored.ids()) {
			assertTrue(store.hasMentions(id), "mentions stored beside " + id);
			assertTrue(store.linkedEntityIds(id).contains("iso3166:JP"), store.linkedEntityIds(id).toString());
		}

		assertEquals(ExitCode.OK, dossier.run("lineage", "--corpus", corpus.toString()), dossier.err());
		assertTrue(dossier.out().contains("translation"), dossier.out());
		assertTrue(dossier.out().contains("iso3166:JP"), "linked through the ids: " + dossier.out());
		assertFalse(dossier.err().contains("no stored entity mentions"), dossier.err());
	}

	@Test
	void withoutEntitiesTheImportStoresNoMentionsAndLineageSaysSoOnce() throws IOException {
		Path input = countriesFile();
		Path corpus = folder.resolve("corpus");
		assertEquals(ExitCode.OK, dossier.run("import", "--corpus", corpus.toString(), "--no-entities", input.toString()),
				dossier.err());
		assertFalse(dossier.out().contains("entities recognised"), dossier.out());
		EntityStore store = new EntityStore(corpus);
		assertTrue(Corpus.open(corpus).ids().stream().noneMatch(store::hasMentions), "nothing recognised");

		assertEquals(ExitCode.OK, dossier.run("lineage", "--corpus", corpus.toString()), dossier.err());
		assertFalse(dossier.out().contains("translation"), "the texts alone share nothing: " + dossier.out());
		String note = "note: all of 2 articles have no stored entity mentions";
		assertTrue(dossier.err().contains(note), dossier.err());
		assertEquals(dossier.err().indexOf(note), dossier.err().lastIndexOf(note), "said once: " + dossier.err());
		assertTrue(dossier.err().contains("dossier import --corpus " + corpus), dossier.err());

		// the same files imported again: duplicates, but recognised now, since they have no mentions yet
		assertEquals(ExitCode.OK, dossier.run("import", "--corpus", corpus.toString(), "--link", input.toString()),
				dossier.err());
		assertTrue(dossier.out().contains("duplicates 2"), dossier.out());
		assertTrue(dossier.out().contains("entities recognised in 2 articles"), dossier.out());
		assertFalse(dossier.err().contains("no stored entity mentions"), dossier.err());
		assertTrue(Files.readString(corpus.resolve("lineage.json")).contains("\"type\": \"translation\""));
	}

	/** The English ranking of countries and its French translation, as JSON Lines to import. */
	private Path countriesFile() throws IOException {
		Path input = folder.resolve("countries.jsonl");
		Article english = Article.builder(COUNTRIES_EN).language("en").published("2012-01-05").build();
		Article french = Article.builder(COUNTRIES_FR).language("fr").published("2012-01-09").build();
		Files.writeString(input, ArticleJson.toJsonLine(english) + "\n" + ArticleJson.toJsonLine(french) + "\n");
		return input;
	}

	/** Mentions of these country names, in text order, linked to their ISO 3166 codes ({@link #CODES}, same order). */
	private static List<Mention> places(Article article, String... names) {
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			int start = article.text().indexOf(names[i]);
			mentions.add(new Mention(article.id(), start, start + names[i].length(), names[i], "iso3166:" + CODES[i],
					"PLACE", "dossier.cldr", 0.9, MentionStatus.SUGGESTED));
		}
		return mentions;
	}

	private static Article[] articles() {
		Article report = Article.builder(REPORT).language("en").publisher("Wire").published("2024-06-17")
				.sourceUrl("https://wire.example/report").build();
		Article republished = Article.builder(REPORT + "\n\nRepublished with permission.").language("en")
				.publisher("Daily Example").published("2024-06-18").sourceUrl("https://daily.example/unicef").build();
		Article arabic = Article.builder(ARABIC).language("ar").published("2024-06-19").build();
		return new Article[] { report, republished, arabic };
	}

	/** The report, its republication and its translation; their ids. */
	private String[] corpus() throws IOException {
		Corpus corpus = Corpus.open(folder);
		Article report = Article.builder(REPORT).language("en").publisher("Wire").published("2024-06-17")
				.sourceUrl("https://wire.example/report").build();
		Article republished = Article.builder(REPORT + "\n\nRepublished with permission.").language("en")
				.publisher("Daily Example").published("2024-06-18").sourceUrl("https://daily.example/unicef").build();
		Article arabic = Article.builder(ARABIC).language("ar").published("2024-06-19").build();
		for (Article article : new Article[] { report, republished, arabic }) {
			corpus.put(article, article.text().getBytes(StandardCharsets.UTF_8));
		}
		return new String[] { report.id(), republished.id(), arabic.id() };
	}
}
