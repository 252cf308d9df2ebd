// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.ingest.Ingest;
import dossier.ingest.Source;
import dossier.ingest.TextDecoder;

class EncodingTest {

	private static final String ARABIC = "بوتين يصل إلى بيونغ يانغ\n\nوصل الرئيس الروسي فلاديمير بوتين إلى العاصمة الكورية الشمالية في زيارة تستغرق يومين، هي الأولى منذ عام 2000.";

	private static Article only(Source source) {
		Ingest.Reading reading = Fixtures.ingest().read(source);
		assertEquals(List.of(), reading.failures());
		return reading.articles().get(0);
	}

	@Test
	void utf8ByteOrderMarkIsUsedAndDropped() {
		byte[] body = ARABIC.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		Article a = only(Source.of("bom.txt", bytes));
		assertEquals("UTF-8 (BOM)", a.provenance().charset());
		assertEquals("بوتين يصل إلى بيونغ يانغ", a.title());
	}

	@Test
	void utf16HtmlWithByteOrderMarkIsReadAsHtml() {
		String html = "<html lang=\"ar\" dir=\"rtl\"><head><title>عنوان الخبر</title></head><body><p>" + ARABIC
				+ "</p></body></html>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
		out.writeBytes(html.getBytes(StandardCharsets.UTF_16LE));
		Article a = only(Source.of("page.html", out.toByteArray()));
		assertEquals("dossier.ingest.html", a.provenance().importerId());
		assertEquals("UTF-16LE (BOM)", a.provenance().charset());
		assertEquals("عنوان الخبر", a.title());
	}

	@Test
	void windows1256TextWithoutDeclarationIsDetected() {
		Article a = only(Source.of("legacy.txt", (ARABIC + " " + ARABIC.substring(30)).getBytes(Charset.forName("windows-1256"))));
		assertTrue(a.provenance().charset().startsWith("windows-1256 (detected"), a.provenance().charset());
		assertEquals("بوتين يصل إلى بيونغ يانغ", a.title());
	}

	@Test
	void windows1252ItalianTextWithCurlyQuotesIsDetected() {
		String italian = "Il “caso” dell’acqua a Palermo\n\nPerché la città è rimasta senz’acqua per tre giorni? "
				+ "L’azienda municipale parla di un guasto, i cittadini di anni di incuria: costerà 2 milioni di €.";
		Article a = only(Source.of("vecchio.txt", italian.getBytes(Charset.forName("windows-1252"))));
		assertEquals("Il “caso” dell’acqua a Palermo", a.title());
		assertTrue(a.text().contains("costerà 2 milioni di €"), a.text());
		assertEquals(List.of(), a.provenance().warnings());
	}

	@Test
	void undecodableBytesBecomeReplacementCharactersWithAWarning() {
		byte[] good = ARABIC.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = ARABIC.substring(0, ARABIC.indexOf("\n\n") + 2).getBytes(StandardCharsets.UTF_8).length;
		out.write(good, 0, at);
		out.writeBytes(new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF }); // broken sequence, impossible byte
		out.write(good, at, good.length - at);
		Article a = only(Source.of("broken.txt", out.toByteArray()));
		assertTrue(a.text().contains("\uFFFD"));
		assertEquals("UTF-8 (mostly valid)", a.provenance().charset());
		assertEquals(1, a.provenance().warnings().size(), a.provenance().warnings().toString());
		assertTrue(a.provenance().warnings().get(0).startsWith("2 undecodable byte sequence(s) replaced with U+FFFD"),
				a.provenance().warnings().get(0));
	}

	@Test
	void oneBrokenByteInAFewAccentsKeepsTheTextUtf8() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("Perché è così\n\nLa città è già più viva, disse il sindaco. ".getBytes(StandardCharsets.UTF_8));
		out.write(0xFF); // one impossible byte, as a bad copy leaves
		out.writeBytes(" Fine del testo, abbastanza lungo per un articolo.".getBytes(StandardCharsets.UTF_8));
		Article a = only(Source.of("quasi.txt", out.toByteArray()));
		assertEquals("UTF-8 (mostly valid)", a.provenance().charset());
		assertTrue(a.text().contains("La città è già più viva"), a.text());
		assertEquals(1, a.provenance().warnings().size(), "and it says so: " + a.provenance().warnings());
	}

	@Test
	void utf16WithoutAByteOrderMarkIsReadArabicIncluded() {
		for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
			Article a = only(Source.of("arabic-" + charset.name() + ".txt", ARABIC.getBytes(charset)));
			assertEquals(charset.name() + " (no BOM, detected)", a.provenance().charset());
			assertTrue(a.text().contains("بوتين") || a.text().contains(ARABIC.substring(0, 10)), a.text());
		}
		Article latin = only(Source.of("italiano.txt", "Titolo\n\nUn testo in italiano, salvato in UTF-16 senza BOM.".getBytes(StandardCharsets.UTF_16LE)));
		assertTrue(latin.text().contains("salvato in UTF-16"), latin.text());
	}

	@Test
	void aTextWithOneNulIsStillAText() {
		byte[] text = ("Titolo\n\n" + "Un testo abbastanza lungo da essere un articolo, con una parola dopo l'altra. ".repeat(20))
				.getBytes(StandardCharsets.UTF_8);
		text[100] = 0;
		Article a = only(Source.of("nul.txt", text));
		assertTrue(a.text().startsWith("Titolo"), a.text());
	}

	@Test
	void declaredButUnknownCharsetFallsBackWithAWarningNeverACrash() {
		TextDecoder.Decoded decoded = TextDecoder.decode("Ciao mondo".getBytes(StandardCharsets.UTF_8), "x-klingon-9");
		assertEquals("Ciao mondo", decoded.text());
		assertFalse(decoded.warnings().isEmpty());
	}
}
