// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.model.BlockType;
import dossier.core.model.Edition;
import dossier.core.model.LicenceStatement;
import dossier.core.model.TextDirection;
import dossier.ingest.Ingest;
import dossier.ingest.Source;

class HtmlImporterTest {

	private static Article only(Source source) {
		Ingest.Reading reading = Fixtures.ingest().read(source);
		assertEquals(List.of(), reading.failures());
		assertEquals(1, reading.articles().size());
		return reading.articles().get(0);
	}

	@Test
	void theLanguageEditionsAPageListsAreKeptWithAbsoluteAddresses() {
		String page = "<html lang=\"ar\"><head><title>كراسي في الساحة</title>"
				+ "<link rel=\"alternate\" hreflang=\"en\" href=\"https://globalvoices.org/2024/03/12/chairs/\">"
				+ "<link rel=\"alternate\" hreflang=\"pt-BR\" href=\"/pt/2024/03/12/cadeiras/\">"
				+ "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"https://ar.globalvoices.org/feed/\">"
				+ "<link rel=\"alternate\" hreflang=\"\" href=\"https://ar.globalvoices.org/x/\">"
				+ "</head><body><article><p>رسم فنان كاريكاتير كراسي فارغة حيث جلس الطلاب.</p></article></body></html>";
		Article a = only(new Source("chairs.html", "chairs.html", "text/html; charset=UTF-8",
				"https://ar.globalvoices.org/2024/03/13/chairs/", null, page.getBytes(StandardCharsets.UTF_8)));
		assertEquals(List.of(new Edition("en", "https://globalvoices.org/2024/03/12/chairs/"),
				new Edition("pt-BR", "https://ar.globalvoices.org/pt/2024/03/12/cadeiras/")), a.editions(),
				"the feed link and the link without a language are no editions; a relative address is resolved");
	}

	@Test
	void aPageWithoutAlternatesListsNoEditions() {
		assertEquals(List.of(), only(Fixtures.source("news-it.html")).editions());
	}

	@Test
	void newsPageMetadataFromJsonLdOpenGraphAndHead() {
		Article a = only(Fixtures.source("news-it.html"));
		assertEquals("dossier.ingest.html", a.provenance().importerId());
		assertEquals("Siccità in Sicilia, l'isola razionalizza l'acqua", a.title());
		assertEquals(List.of("Giulia Ferraro", "Salvatore Lo Presti"), a.authors());
		assertEquals("2024-06-18T07:00:00+02:00", a.published());
		assertEquals("Notizie Aperte", a.publisher());
		assertEquals("https://www.notizieaperte.example/ambiente/siccita-sicilia", a.canonicalUrl());
		assertEquals("https://www.lifegate.it/siccita-sicilia-2024", a.basedOn());
		assertEquals("it", a.language());
		assertEquals(TextDirection.LTR, a.direction());
		assertEquals("La regione dichiara lo stato di crisi idrica: turni di distribuzione in 93 comuni.", a.lead());
	}

	@Test
	void licencesFromJsonLdLinkAndAnchorWithSpan() {
		Article a = only(Fixtures.source("news-it.html"));
		String by = "https://creativecommons.org/licenses/by-sa/4.0/";
		LicenceStatement inText = a.licences().stream().filter(l -> l.span() != null).findFirst().orElseThrow();
		assertEquals(LicenceStatement.Origin.REL_LICENSE, inText.origin());
		assertEquals(by, inText.url());
		assertEquals("Creative Commons Attribuzione - Condividi allo stesso modo 4.0", a.textOf(inText.span()));
		assertTrue(a.licences().stream().anyMatch(l -> l.origin() == LicenceStatement.Origin.REL_LICENSE
				&& l.span() == null && by.equals(l.url())), a.licences().toString()); // <link rel=license>
		assertTrue(a.licences().stream().anyMatch(l -> l.origin() == LicenceStatement.Origin.JSON_LD
				&& by.equals(l.url())), a.licences().toString());
	}

	@Test
	void mainContentKeepsTheArticleAndDropsPageFurniture() {
		Article a = only(Fixtures.source("news-it.html"));
		String text = a.text();
		assertTrue(text.contains("Da lunedì l'acqua sarà distribuita a turni in 93 comuni"));
		assertEquals(List.of("Le misure della Regione", "Gli agricoltori in piazza"),
				a.blocksOf(BlockType.HEADING).stream().map(b -> a.textOf(b.span())).toList());
		assertEquals(3, a.blocksOf(BlockType.LIST_ITEM).size());
		assertEquals(1, a.blocksOf(BlockType.QUOTE).size());
		assertEquals("La diga Ancipa, giugno 2024 © Fabrizio Villa / Getty Images",
				a.textOf(a.blocksOf(BlockType.CAPTION).get(0).span()));
		assertEquals("© Fabrizio Villa / Getty Images", a.credits().get(0).text());
		for (String furniture : List.of("Politica", "Accetta", "cookie", "WhatsApp", "Pubblicità", "Leggi anche",
				"Il Po in secca", "commenti", "finalmente se ne parla", "Più letti", "newsletter", "P.IVA", "dataLayer",
				"Vai al contenuto")) {
			assertFalse(text.contains(furniture), () -> furniture + " left in: " + text);
		}
	}

	@Test
	void arabicPageInWindows1256ByMetaCharsetIsRightToLeft() {
		Article a = only(Fixtures.source("news-ar-1256.html"));
		assertEquals("windows-1256 (in document)", a.provenance().charset());
		assertEquals(List.of(), a.provenance().warnings());
		assertEquals("الأمم المتحدة تحذر من موجة جفاف في شمال أفريقيا", a.title());
		assertEquals("ar", a.language());
		assertEquals(TextDirection.RTL, a.direction());
		assertEquals(List.of("سارة الحسيني"), a.authors());
		assertTrue(a.text().contains("محاصيل القمح في المغرب والجزائر وتونس"));
		assertFalse(a.text().contains("الرئيسية"));
		LicenceStatement licence = a.licences().get(0);
		assertEquals(LicenceStatement.Origin.TEXT, licence.origin());
		assertEquals("النص منشور بموجب رخصة CC BY 4.0", a.textOf(licence.span()));
	}

	@Test
	void malformedHtmlStillYieldsItsText() {
		String broken = "<html><head><title>Notizia rotta</title><body><div><p>Il primo paragrafo non si chiude"
				+ "<p>Il secondo paragrafo contiene <b>grassetto <i>annidato male</b></i> e continua."
				+ "<table><tr><td>cella<div></span></p></html";
		Article a = only(Source.of("rotta.html", broken.getBytes(StandardCharsets.UTF_8)));
		assertEquals("Notizia rotta", a.title());
		assertTrue(a.text().contains("Il secondo paragrafo contiene grassetto annidato male e continua."), a.text());
	}

	@Test
	void pageWithoutArticleTextIsAOneLineFailure() {
		String empty = "<!DOCTYPE html><html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav>"
				+ "<form><input name=u><button>Sign in</button></form></body></html>";
		Ingest.Reading reading = Fixtures.ingest().read(Source.of("login.html", empty.getBytes(StandardCharsets.UTF_8)));
		assertEquals(List.of(), reading.articles());
		assertEquals(1, reading.failures().size());
		assertNotNull(reading.failures().get(0));
		assertFalse(reading.failures().get(0).contains("\n"));
	}
}
