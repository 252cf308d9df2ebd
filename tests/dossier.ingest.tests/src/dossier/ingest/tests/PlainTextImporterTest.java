// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.core.model.Credit;
import dossier.core.model.LicenceStatement;
import dossier.core.model.TextDirection;
import dossier.ingest.Ingest;
import dossier.ingest.Source;

class PlainTextImporterTest {

	private static Article read(Source source) {
		Ingest.Reading reading = Fixtures.ingest().read(source);
		assertEquals(List.of(), reading.failures());
		assertEquals(1, reading.articles().size());
		return reading.articles().get(0);
	}

	@Test
	void sampleArticleIsStructured() {
		Article a = read(Fixtures.source("lifegate-ar.txt"));
		assertEquals("كوريا الشمالية.كيف سار اللقاء بين فلاديمير بوتين وكيم جونغ أون؟", a.title());
		assertEquals("Lifegate", a.publisher());
		assertEquals("https://www.lifegate.it/russia-corea-del-nord-putin", a.sourceUrl());
		assertTrue(a.lead().startsWith("زار الرئيس الروسي كوريا الشمالية للمرة الأولى منذ عام 2000."), a.lead());
		assertEquals(TextDirection.RTL, a.direction());
		assertEquals("dossier.ingest.text", a.provenance().importerId());

		List<Block> items = a.blocksOf(BlockType.LIST_ITEM);
		assertEquals(3, items.size());
		assertTrue(a.textOf(items.get(0).span()).startsWith("أصبحت العلاقات بين روسيا"));
		assertFalse(a.textOf(items.get(0).span()).contains("•"));

		assertEquals(List.of("الصداقة الجديدة بين روسيا وكوريا الشمالية", "مخاوف الغرب"),
				a.blocksOf(BlockType.HEADING).stream().map(b -> a.textOf(b.span())).toList());

		List<Block> captions = a.blocksOf(BlockType.CAPTION);
		assertEquals(2, captions.size());
		assertEquals(2, a.credits().size());
		for (Credit credit : a.credits()) {
			assertEquals("© GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images", credit.text());
			assertEquals(credit.text(), a.textOf(credit.span()));
		}

		assertEquals(1, a.licences().size());
		LicenceStatement licence = a.licences().get(0);
		assertEquals(LicenceStatement.Origin.TEXT, licence.origin());
		assertEquals("مرخصة تحت: CC-BY-SA", licence.text());
		assertEquals("مرخصة تحت: CC-BY-SA", a.textOf(licence.span()));

		// the site's trailing furniture is out of the text but kept
		assertFalse(a.text().contains("CAPTCHA"));
		assertFalse(a.text().contains("GratisForGratis"));
		assertFalse(a.text().strip().endsWith("^"));
		assertTrue(a.text().endsWith("مرخصة تحت: CC-BY-SA"));
		assertEquals(List.of("CAPTCHA", "اكتشف الموقع GratisForGratis", "^"), a.provenance().removed());
		// publisher and URL lines are metadata, not text
		assertFalse(a.text().contains("https://www.lifegate.it"));
	}

	@Test
	void blocksCoverTheTextInOrderWithoutOverlap() {
		Article a = read(Fixtures.source("lifegate-ar.txt"));
		int end = 0;
		for (Block block : a.blocks()) {
			assertTrue(block.span().start() >= end, block.toString());
			assertEquals(a.textOf(block.span()), a.textOf(block.span()).strip());
			end = block.span().end();
		}
		assertEquals(a.text().length(), end);
	}

	@Test
	void sameHeuristicsOnAnItalianArticleWithoutPublisherLine() {
		String text = """
				Il vertice di Bruxelles si chiude senza accordo

				https://www.example.it/politica/vertice-bruxelles

				I leader europei non trovano un'intesa sul bilancio e rinviano tutto a luglio.
				- I Paesi frugali chiedono tagli per 30 miliardi di euro
				- L'Italia difende i fondi di coesione

				La riunione, iniziata giovedì mattina, è durata oltre trenta ore. I negoziatori hanno presentato tre bozze diverse senza trovare una maggioranza.

				Le prossime tappe

				Il presidente del Consiglio europeo convocherà un nuovo vertice entro la fine di giugno, ha detto una portavoce ai giornalisti.

				Il palazzo Berlaymont a Bruxelles © Mario Rossi / ANSA

				Testo pubblicato con licenza Creative Commons BY 4.0
				Pubblicità
				Iscriviti alla newsletter
				↑
				""";
		Article a = read(Source.of("vertice.txt", text.getBytes(StandardCharsets.UTF_8)));
		assertEquals("Il vertice di Bruxelles si chiude senza accordo", a.title());
		assertEquals(null, a.publisher());
		assertEquals("https://www.example.it/politica/vertice-bruxelles", a.sourceUrl());
		assertEquals(2, a.blocksOf(BlockType.LIST_ITEM).size());
		assertEquals(List.of("Le prossime tappe"),
				a.blocksOf(BlockType.HEADING).stream().map(b -> a.textOf(b.span())).toList());
		assertEquals("© Mario Rossi / ANSA", a.credits().get(0).text());
		assertEquals("Testo pubblicato con licenza Creative Commons BY 4.0", a.licences().get(0).text());
		assertEquals(List.of("Pubblicità", "Iscriviti alla newsletter", "↑"), a.provenance().removed());
		assertEquals(TextDirection.LTR, a.direction());
	}

	@Test
	void aLongParagraphMentioningALicenceIsNotALicenceLine() {
		String prose = "Title line\n\n" + "Wikipedia articles are published under Creative Commons, "
				+ "which lets anyone reuse them; the debate about how newspapers could adopt the same model has gone on "
				+ "for years, with publishers worried about revenue and readers about paywalls and what they hide.\n";
		Article a = read(Source.of("prose.txt", prose.getBytes(StandardCharsets.UTF_8)));
		assertEquals(List.of(), a.licences());
	}
}
