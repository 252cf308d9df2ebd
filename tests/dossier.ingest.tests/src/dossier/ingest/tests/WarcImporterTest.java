// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import dossier.core.model.Article;
import dossier.core.model.TextDirection;
import dossier.ingest.Ingest;
import dossier.ingest.Source;

class WarcImporterTest {

	static final String ARABIC_PAGE = "<html><head><title>مجلس الأمن يمدد مهمة الخبراء في كوريا الشمالية</title></head><body>"
			+ "<article><p>قرر مجلس الأمن الدولي تمديد ولاية فريق الخبراء المكلف بمراقبة العقوبات على كوريا الشمالية لمدة عام.</p>"
			+ "<p>وامتنعت روسيا والصين عن التصويت بعد نقاش استمر ثلاث ساعات.</p></article></body></html>";
	static final String ITALIAN_PAGE = "<!DOCTYPE html><html lang=\"it\"><head><title>Venezia, il ticket d'accesso "
			+ "raddoppia</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
			+ "\"2024-04-25\",\"author\":\"Luca Bianchi\"}</script></head><body><main><p>Il comune di Venezia ha "
			+ "deciso di portare il contributo d'accesso a dieci euro nei giorni di maggiore afflusso, a partire dal "
			+ "prossimo anno.</p></main></body></html>";
	static final String FRENCH_PAGE = "<html lang=\"fr\"><head><title>Lyon inaugure sa première ligne de téléphérique"
			+ "</title></head><body><div class=\"content\"><p>La métropole de Lyon a inauguré samedi une ligne de "
			+ "téléphérique urbain reliant Francheville au quartier de Gerland, en moins de vingt minutes.</p></div>"
			+ "</body></html>";

	static byte[] warc(boolean gzip) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (WarcWriter writer = new WarcWriter(Channels.newChannel(out),
				gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
			writer.write(new Warcinfo.Builder().fields(Map.of("software", List.of("dossier-test"))).build());
			writer.write(response("https://www.alquds.example/world/un-experts", "text/html; charset=windows-1256",
					ARABIC_PAGE.getBytes(Charset.forName("windows-1256")), "2024-03-28T10:15:00Z", 200));
			writer.write(response("https://www.example.com/logo.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' },
					"2024-03-28T10:15:01Z", 200));
			writer.write(response("https://www.nuovavenezia.example/venezia-ticket", "text/html; charset=utf-8",
					ITALIAN_PAGE.getBytes(StandardCharsets.UTF_8), "2024-04-26T08:00:00Z", 200));
			writer.write(response("https://www.nuovavenezia.example/missing", "text/html", "<p>Not found</p>"
					.getBytes(StandardCharsets.UTF_8), "2024-04-26T08:00:01Z", 404));
			writer.write(response("https://www.leprogres.example/lyon-telepherique", "text/html; charset=utf-8",
					FRENCH_PAGE.getBytes(StandardCharsets.UTF_8), "2024-05-04T16:20:00Z", 200));
		}
		return out.toByteArray();
	}

	static WarcResponse response(String uri, String contentType, byte[] body, String date, int status)
			throws IOException {
		HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
				.body(MediaType.parse(contentType), body).build();
		return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse(date)).body(http).build();
	}

	@Test
	void eachHtmlResponseBecomesAnArticleWithTargetUriAndDate() throws IOException {
		Ingest.Reading reading = Fixtures.ingest().read(Source.of("crawl.warc", warc(false)));
		assertEquals(List.of(), reading.failures());
		List<Article> articles = reading.articles();
		assertEquals(3, articles.size()); // the PNG and the 404 are not articles

		Article arabic = articles.get(0);
		assertEquals("https://www.alquds.example/world/un-experts", arabic.sourceUrl());
		assertEquals("مجلس الأمن يمدد مهمة الخبراء في كوريا الشمالية", arabic.title()); // charset from the HTTP header
		assertEquals("windows-1256 (declared)", arabic.provenance().charset());
		assertEquals(TextDirection.RTL, arabic.direction());
		assertEquals("2024-03-28T10:15:00Z", arabic.published()); // the capture date, with a warning
		assertTrue(arabic.provenance().warnings().stream().anyMatch(w -> w.contains("WARC")));
		assertEquals("crawl.warc!https://www.alquds.example/world/un-experts", arabic.provenance().source());
		assertEquals("dossier.ingest.html", arabic.provenance().importerId());

		Article italian = articles.get(1);
		assertEquals("2024-04-25", italian.published()); // the page's own date wins
		assertEquals(List.of("Luca Bianchi"), italian.authors());
		assertEquals("it", italian.language());

		assertEquals("https://www.leprogres.example/lyon-telepherique", articles.get(2).sourceUrl());
	}

	@Test
	void gzippedWarcReadsTheSame() throws IOException {
		Ingest.Reading reading = Fixtures.ingest().read(Source.of("crawl.warc.gz", warc(true)));
		assertEquals(List.of(), reading.failures());
		assertEquals(3, reading.articles().size());
	}

	@Test
	void truncatedWarcKeepsTheGoodRecordsAndReportsOneLine() throws IOException {
		byte[] whole = warc(false);
		String text = new String(whole, StandardCharsets.ISO_8859_1);
		int cut = text.indexOf("Lyon inaugure"); // inside the last record
		Ingest.Reading reading = Fixtures.ingest().read(Source.of("cut.warc", Arrays.copyOf(whole, cut)));
		assertEquals(2, reading.articles().size());
		assertEquals(1, reading.failures().size(), reading.failures().toString());
		assertTrue(reading.failures().get(0).contains("truncated"), reading.failures().get(0));
		assertTrue(!reading.failures().get(0).contains("\n"));
	}

	@Test
	void streamedWarcGivesTheImportersArticlesOnePageAtATime() throws IOException {
		for (boolean gzip : new boolean[] { false, true }) {
			String name = gzip ? "crawl.warc.gz" : "crawl.warc";
			byte[] warc = warc(gzip);
			List<Article> imported = Fixtures.ingest().read(Source.of(name, warc)).articles();
			List<Ingest.Reading> streamed = new ArrayList<>();
			Fixtures.ingest().readWarc(name, new ByteArrayInputStream(warc)).forEachRemaining(streamed::add);
			assertEquals(3, streamed.size(), "one reading per HTML page: the PNG and the 404 are skipped");
			for (int i = 0; i < 3; i++) {
				Ingest.Reading reading = streamed.get(i);
				assertEquals(List.of(), reading.failures());
				assertEquals(1, reading.articles().size());
				Article page = reading.articles().get(0);
				Article article = imported.get(i);
				assertEquals(article.id(), page.id());
				assertEquals(article.text(), page.text());
				assertEquals(article.sourceUrl(), page.sourceUrl());
				assertEquals(article.published(), page.published());
				assertEquals(article.language(), page.language());
				assertEquals(article.provenance().source(), page.provenance().source());
			}
			assertEquals(name + "!https://www.alquds.example/world/un-experts", streamed.get(0).articles().get(0).provenance().source());
		}
	}

	@Test
	void streamedTruncatedWarcEndsWithOneFailureAfterTheGoodPages() throws IOException {
		byte[] whole = warc(true);
		List<Ingest.Reading> streamed = new ArrayList<>();
		Fixtures.ingest().readWarc("cut.warc.gz", new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 40)))
				.forEachRemaining(streamed::add);
		assertEquals(3, streamed.size(), streamed.toString());
		assertEquals(2, streamed.stream().mapToInt(reading -> reading.articles().size()).sum());
		List<String> failures = streamed.get(2).failures();
		assertEquals(1, failures.size());
		assertTrue(failures.get(0).startsWith("cut.warc.gz: ") && failures.get(0).contains("truncated"), failures.get(0));
	}

	@Test
	void streamedWarcWithoutPagesSaysSo() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
			writer.write(response("https://www.example.com/logo.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' },
					"2024-03-28T10:15:01Z", 200));
		}
		Iterator<Ingest.Reading> readings = Fixtures.ingest().readWarc("images.warc", new ByteArrayInputStream(out.toByteArray()));
		Ingest.Reading only = readings.next();
		assertEquals(List.of(), only.articles());
		assertEquals(1, only.failures().size());
		assertTrue(only.failures().get(0).startsWith("images.warc: "), only.failures().get(0));
		assertFalse(readings.hasNext());
	}
}
