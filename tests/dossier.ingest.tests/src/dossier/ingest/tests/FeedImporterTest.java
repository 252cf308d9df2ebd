// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.model.Article;
import dossier.core.model.BlockType;
import dossier.core.model.LicenceStatement;
import dossier.ingest.Ingest;
import dossier.ingest.Source;

class FeedImporterTest {

	@TempDir
	Path dir;

	private static List<String> licenceTexts(Article a) {
		return a.licences().stream().map(l -> l.origin() + " " + l.text() + (l.url() == null ? "" : " <" + l.url() + ">"))
				.toList();
	}

	@Test
	void rssItemsWithCreatorsDatesAndLicenceElements() {
		Ingest.Reading reading = Fixtures.ingest().read(Fixtures.source("feed-rss.xml"));
		assertEquals(List.of(), reading.failures());
		List<Article> items = reading.articles();
		assertEquals(3, items.size());

		Article first = items.get(0);
		assertEquals("dossier.ingest.feed", first.provenance().importerId());
		assertEquals("Marseille : la canicule pousse la ville à ouvrir ses écoles la nuit", first.title());
		assertEquals(List.of("Camille Durand"), first.authors());
		assertEquals("2024-07-16T06:30:00Z", first.published());
		assertEquals("https://journal-ouvert.example/2024/07/marseille-canicule", first.sourceUrl());
		assertEquals("fr", first.language());
		assertEquals("Le Journal Ouvert", first.publisher());
		assertTrue(first.licences().contains(new LicenceStatement(LicenceStatement.Origin.FEED,
				"https://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by/4.0/", null)),
				licenceTexts(first).toString());
		// the channel's copyright applies to every item
		assertTrue(licenceTexts(first).contains("FEED © 2024 Le Journal Ouvert"), licenceTexts(first).toString());

		Article second = items.get(1);
		assertTrue(licenceTexts(second).contains("FEED CC BY-SA 4.0 — Le Journal Ouvert"), licenceTexts(second).toString());
		assertEquals(List.of("Une décision attendue"),
				second.blocksOf(BlockType.HEADING).stream().map(b -> second.textOf(b.span())).toList());
		assertEquals("© Jean Martin / AFP", second.credits().get(0).text());

		Article third = items.get(2);
		assertEquals(List.of("ليلى بن يوسف"), third.authors());
		assertTrue(licenceTexts(third).contains(
				"FEED http://creativecommons.org/licenses/by-nc/4.0/ <http://creativecommons.org/licenses/by-nc/4.0/>"),
				licenceTexts(third).toString());
		assertTrue(third.text().contains("إضرابا عاما في قطاع النقل"));
	}

	@Test
	void atomEntriesWithRightsAndLicenceLinks() {
		Ingest.Reading reading = Fixtures.ingest().read(Fixtures.source("feed-atom.xml"));
		assertEquals(List.of(), reading.failures());
		assertEquals(2, reading.articles().size());
		Article pact = reading.articles().get(0);
		assertEquals("Putin and Kim sign a mutual defence pact in Pyongyang", pact.title());
		assertEquals(List.of("Anna Kowalski", "James Okafor"), pact.authors());
		assertEquals("2024-06-19T18:45:00Z", pact.published());
		assertEquals("https://openwire.example/2024/06/putin-kim-pact", pact.sourceUrl());
		assertEquals("The two leaders promised to help each other if either is attacked.", pact.lead());
		List<String> licences = licenceTexts(pact);
		assertTrue(licences.contains("FEED CC BY-ND 4.0"), licences.toString()); // the entry's atom:rights
		assertTrue(licences.contains("REL_LICENSE CC BY-ND 4.0 <https://creativecommons.org/licenses/by-nd/4.0/>"),
				licences.toString());
		assertTrue(licences.contains("FEED Except where noted, content is licensed CC BY 4.0"), licences.toString());

		Article heat = reading.articles().get(1);
		assertEquals("2024-06-18T09:00:00Z", heat.published()); // updated, when no published
		assertTrue(heat.text().contains("Lazio, Campania and Puglia"));
	}

	@Test
	void anRss091FeedWithItsPublicDoctypeIsReadAndTheDtdNeverFetched() {
		String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
				+ "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
				+ "  \"http://127.0.0.1:9/never-fetched/rss-0.91.dtd\">\n"
				+ "<rss version=\"0.91\"><channel><title>Notizie</title><link>https://example.org/</link>"
				+ "<description>d</description><language>it</language>"
				+ "<item><title>Il sindaco di Trieste</title><link>https://example.org/1</link>"
				+ "<description>Il sindaco ha incontrato i cittadini in piazza per parlare del porto.</description></item>"
				+ "</channel></rss>";
		Ingest.Reading reading = Fixtures.ingest().read(Source.of("old.rss", rss.getBytes(StandardCharsets.ISO_8859_1)));
		assertEquals(List.of(), reading.failures());
		assertEquals(1, reading.articles().size());
		assertEquals("Il sindaco di Trieste", reading.articles().get(0).title());
	}

	@Test
	void feedWithExternalEntityIsRefusedAndNothingIsRead() throws IOException {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-TOKEN-4711");
		String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title>"
				+ "<description>&xxe;</description></item></channel></rss>";
		Ingest.Reading reading = Fixtures.ingest().read(Source.of("evil.rss", hostile.getBytes(StandardCharsets.UTF_8)));
		assertEquals(List.of(), reading.articles());
		assertEquals(1, reading.failures().size());
		assertTrue(reading.failures().get(0).contains("DOCTYPE"), reading.failures().get(0));
		assertFalse(reading.failures().get(0).contains("TOP-SECRET"));
	}

	@Test
	void doctypeHiddenBehindALongPrologIsStillRefusedByTheParser() throws IOException {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-TOKEN-4711");
		String padding = "<!-- " + "x".repeat(70_000) + " -->\n";
		String hostile = "<?xml version=\"1.0\"?>\n" + padding + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri()
				+ "\">]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title></item></channel></rss>";
		Ingest.Reading reading = Fixtures.ingest().read(Source.of("evil.xml", hostile.getBytes(StandardCharsets.UTF_8)));
		assertTrue(reading.articles().stream().noneMatch(a -> a.text().contains("TOP-SECRET")));
		assertEquals(1, reading.failures().size(), reading.failures().toString());
		assertFalse(reading.failures().get(0).contains("TOP-SECRET"));
	}
}
