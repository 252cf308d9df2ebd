// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.model.Article;
import dossier.entities.ArticleEntities;
import dossier.entities.Catalogue;
import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.EntityTypes;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.export.BratFormat;
import dossier.entities.export.ConllFormat;
import dossier.entities.export.CsvFormat;
import dossier.entities.export.ImportedMentions;
import dossier.entities.export.WebAnnotationFormat;
import dossier.entities.store.CatalogueFormat;
import dossier.entities.store.CatalogueFormatException;
import dossier.entities.store.EntityStore;

class StoreAndFormatsTest {

	@TempDir
	Path folder;

	private static Catalogue catalogue() {
		Catalogue catalogue = new Catalogue();
		catalogue.add(new Entity("person:b", "PERSON", Map.of("ar", "بوتين", "en", "Putin"), Map.of("*", List.of("V. Putin")),
				"Q7747", "note"));
		catalogue.add(new Entity("vessel:a", "VESSEL", Map.of("en", "Ever Given"), null, null, null));
		return catalogue;
	}

	@Test
	void catalogueRoundTripsAndIsStable() throws IOException {
		String json = CatalogueFormat.toJson(catalogue());
		Catalogue read = CatalogueFormat.read(json, "test");
		assertEquals(catalogue().entities(), read.entities());
		assertEquals(json, CatalogueFormat.toJson(read));
		assertTrue(json.indexOf("person:b") < json.indexOf("vessel:a"));
		assertTrue(json.contains("\"types\""), "contributed type VESSEL is written with the catalogue");
	}

	@Test
	void aTypeACatalogueDeclaresBelongsToThatCorpusAlone() throws IOException {
		String json = "{\"format\": \"dossier-entity-catalogue\", \"version\": 1, \"types\": [{\"id\": \"SHIP\", \"label\": \"Ship\", "
				+ "\"colour\": \"#17becf\"}], \"entities\": [{\"id\": \"ship:a\", \"type\": \"SHIP\", \"labels\": {\"en\": \"Ever Given\"}}]}";
		Catalogue declaring = CatalogueFormat.read(json, "test");
		assertEquals("Ship", declaring.type("SHIP").label(), "the label the catalogue gives");
		assertEquals("#17becf", declaring.type("SHIP").colour());
		assertTrue(declaring.types().contains(declaring.type("SHIP")), "offered with the built-in types");
		assertEquals("SHIP", new Catalogue().type("SHIP").label(), "another corpus does not know it: no global registry");
		assertFalse(EntityTypes.all().stream().anyMatch(type -> type.id().equals("SHIP")), "nor do the contributed types");
		assertEquals(EntityType.PERSON, declaring.type("PERSON"), "built-in types stay built in");

		Catalogue other = new Catalogue();
		other.addAll(declaring);
		assertEquals("Ship", other.type("SHIP").label(), "an import brings the types of what it brings");
		Catalogue again = CatalogueFormat.read(CatalogueFormat.toJson(declaring), "again");
		assertEquals(declaring.type("SHIP"), again.type("SHIP"), "the type is saved with the catalogue");
	}

	@Test
	void exportThenImportIntoAnotherCorpus() throws IOException {
		EntityStore first = new EntityStore(folder.resolve("one"));
		first.saveCatalogue(catalogue());
		Path exported = folder.resolve("export.json");
		first.exportCatalogue(exported);
		EntityStore second = new EntityStore(folder.resolve("two"));
		second.saveCatalogue(new Catalogue(List.of(new Entity("org:x", "ORG", Map.of("en", "X"), null, null, null))));
		assertEquals(2, second.importCatalogue(exported));
		assertEquals(3, second.loadCatalogue().size());
	}

	@Test
	void aMalformedCatalogueGivesOneLineAndKeepsThePreviousOne() throws IOException {
		EntityStore store = new EntityStore(folder);
		store.saveCatalogue(catalogue());
		byte[] before = Files.readAllBytes(store.catalogueFile());
		for (String bad : List.of("{\"format\": \"dossier-entity-catalogue\", \"entities\": [ {\"id\": ", "[1,2]",
				"{\"format\": \"something-else\"}", "{\"format\": \"dossier-entity-catalogue\", \"entities\": [{\"id\": \"x\"}]}",
				"{\"format\": \"dossier-entity-catalogue\", \"entities\": [{\"id\": \"x\", \"type\": \"PERSON\", \"qid\": \"nope\"}]}")) {
			Path file = folder.resolve("bad.json");
			Files.writeString(file, bad);
			CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> store.importCatalogue(file));
			assertFalse(e.getMessage().contains("\n"), e.getMessage());
			assertTrue(e.getMessage().startsWith("bad.json: "), e.getMessage());
		}
		assertTrue(Arrays.equals(before, Files.readAllBytes(store.catalogueFile())));
		Files.write(folder.resolve("latin1.json"), new byte[] { '{', (byte) 0xE9, '}' });
		assertThrows(CatalogueFormatException.class, () -> store.importCatalogue(folder.resolve("latin1.json")));
		assertEquals(2, store.loadCatalogue().size());
	}

	@Test
	void mentionsRoundTripWithDecisions() throws IOException {
		EntityStore store = new EntityStore(folder);
		Article sample = Fixtures.sample();
		List<Mention> mentions = Fixtures.engine().recognize(sample).mentions().stream()
				.map(m -> m.text().equals("AFP") ? m.withStatus(MentionStatus.REJECTED) : m).toList();
		store.saveMentions(sample.id(), mentions);
		List<Mention> read = store.loadMentions(sample.id());
		assertEquals(mentions.size(), read.size());
		assertEquals(mentions.get(0).text(), read.get(0).text());
		assertTrue(read.stream().anyMatch(m -> m.status() == MentionStatus.REJECTED));
		assertThrows(IllegalArgumentException.class, () -> store.mentionsFile("../escape"));
	}

	@Test
	void bratRoundTrip() {
		ArticleEntities result = Fixtures.engine().recognize(withEmoji(Fixtures.sample()));
		String ann = BratFormat.write(result);
		assertTrue(ann.contains("Wikidata:Q7747"));
		ImportedMentions back = BratFormat.read(ann, result.article().id(), result.article().text());
		assertEquals(List.of(), back.problems());
		assertSameSpans(result.active(), back.mentions());
	}

	@Test
	void webAnnotationRoundTripConvertsCodePoints() throws IOException {
		Article article = withEmoji(Fixtures.article("😀 Putin met Xi Jinping in Moscow."));
		ArticleEntities result = Fixtures.engine().recognize(article);
		String json = WebAnnotationFormat.write(result);
		assertTrue(json.contains("TextQuoteSelector") && json.contains("TextPositionSelector"));
		int putin = article.text().indexOf("Putin");
		assertTrue(json.contains("\"start\": " + article.text().codePointCount(0, putin)), json);
		ImportedMentions back = WebAnnotationFormat.read(json, article.id(), article.text());
		assertEquals(List.of(), back.problems());
		assertSameSpans(result.active(), back.mentions());
	}

	@Test
	void webAnnotationImportFallsBackToTheQuoteWhenPositionsAreStale() {
		String json = "{\"type\":\"Annotation\",\"body\":{\"type\":\"TextualBody\",\"purpose\":\"tagging\",\"value\":\"PERSON\"},"
				+ "\"target\":{\"selector\":[{\"type\":\"TextQuoteSelector\",\"exact\":\"Putin\"},"
				+ "{\"type\":\"TextPositionSelector\",\"start\":0,\"end\":5}]}}";
		ImportedMentions back = WebAnnotationFormat.read(json, "a", "Mr Putin");
		assertEquals(3, back.mentions().get(0).start());
		assertEquals(1, WebAnnotationFormat.read("{\"target\":{\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"Merkel\"}}}", "a",
				"Mr Putin").problems().size());
	}

	@Test
	void conllRoundTripKeepsEveryEntity() {
		ArticleEntities result = Fixtures.engine().recognize(Fixtures.sample());
		String conll = ConllFormat.write(result);
		assertTrue(conll.startsWith("-DOCSTART-"));
		assertTrue(conll.contains("بوتين _ _ I-PER"));
		List<String> expected = result.active().stream()
				.map(m -> ConllFormat.tag(m.type()) + ":" + String.join(" ", m.text().split("(?<=[\\p{L}\\p{N}])(?=[^\\p{L}\\p{N}\\p{Mn}\\s])|(?<=[^\\p{L}\\p{N}\\p{Mn}\\s])(?=[\\p{L}\\p{N}])|\\s+")))
				.toList();
		assertEquals(expected, ConllFormat.entities(ConllFormat.read(conll)));
	}

	@Test
	void csvCountsMentionsAndArticles() {
		ArticleEntities sample = Fixtures.engine().recognize(Fixtures.sample());
		ArticleEntities other = Fixtures.engine().recognize(Fixtures.article("Putin, \"the\" president"));
		List<List<String>> rows = CsvFormat.read(CsvFormat.write(List.of(sample, other)));
		assertEquals(List.of("id", "type", "label", "qid", "mentions", "articles"), rows.get(0));
		List<String> putin = rows.stream().filter(r -> r.get(0).equals("person:vladimir-putin")).findFirst().orElseThrow();
		long inSample = sample.active().stream().filter(m -> m.entityId().equals("person:vladimir-putin")).count();
		assertEquals(String.valueOf(inSample + 1), putin.get(4));
		assertEquals("2", putin.get(5));
		assertEquals("Q7747", putin.get(3));
	}

	private static Article withEmoji(Article article) {
		String text = "📰 " + article.text();
		return Article.builder(text).title(article.title()).build();
	}

	private static void assertSameSpans(List<Mention> expected, List<Mention> actual) {
		assertEquals(expected.stream().map(m -> m.start() + "-" + m.end() + ":" + m.type() + ":" + m.entityId()).toList(),
				actual.stream().map(m -> m.start() + "-" + m.end() + ":" + m.type() + ":" + m.entityId()).toList());
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
