// SPDX-License-Identifier: EPL-2.0
package dossier.examples.nitf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.model.Article;
import dossier.core.model.BlockType;
import dossier.core.model.Credit;
import dossier.core.store.Corpus;
import dossier.examples.nitf.NitfImporter;
import dossier.ingest.Importers;
import dossier.ingest.Ingest;
import dossier.ingest.IngestMonitor;
import dossier.ingest.IngestOptions;
import dossier.ingest.IngestSummary;

/**
 * The contribution is active the way `dossier import` and the import wizard use it: the driver gets the importers
 * from the {@code dossier.importers} registry (this fragment runs inside OSGi) and picks this one by sniffing.
 */
class NitfImporterTest {

	static final String AGENCY_STORY = """
			<?xml version="1.0" encoding="UTF-8"?>
			<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.6/specification/dtd/nitf-3-6.dtd">
			<nitf version="-//IPTC//DTD NITF 3.6//EN" xml:lang="it">
			  <head>
			    <title>Rifiuti elettronici, record in Europa</title>
			    <meta name="license" content="https://creativecommons.org/licenses/by-sa/4.0/"/>
			    <docdata>
			      <doc-id id-string="ansa-2024-0619-123"/>
			      <date.issue norm="20240619T120000+0200"/>
			      <doc.copyright year="2024" holder="ANSA"/>
			    </docdata>
			    <pubdata type="web" name="ANSA" ex-ref="https://www.ansa.it/ambiente/2024/06/19/rifiuti"/>
			  </head>
			  <body>
			    <body.head>
			      <hedline><hl1>Rifiuti elettronici: in Europa un nuovo record</hl1></hedline>
			      <byline>di <person>Giulia Rossi</person></byline>
			    </body.head>
			    <body.content>
			      <p>Nel 2023 l'Europa ha prodotto   più rifiuti elettronici che mai.</p>
			      <hl2>I dati</hl2>
			      <block><p>Il rapporto delle Nazioni Unite conta 62 milioni di tonnellate nel mondo.</p></block>
			      <media media-type="image">
			        <media-reference source="photo.jpg"/>
			        <media-caption>Una discarica di elettronica.</media-caption>
			        <media-producer>Foto: Getty Images</media-producer>
			      </media>
			    </body.content>
			    <body.end><tagline>Riproduzione consentita con licenza CC BY-SA 4.0</tagline></body.end>
			  </body>
			</nitf>
			""";

	@TempDir
	Path dir;

	private IngestSummary ingest(Corpus corpus, Path... files) {
		return new Ingest(Importers.available(), IngestOptions.defaults()).run(List.of(files), corpus::put, new IngestMonitor() {
		});
	}

	@Test
	void theImporterIsContributedAndReadsAnAgencyStoryWithItsMetadata() throws Exception {
		assertTrue(Importers.available().stream().anyMatch(d -> d.id().equals(NitfImporter.ID)),
				"dossier.importers lists the example's importer");
		Path file = Files.writeString(dir.resolve("ansa.xml"), AGENCY_STORY, StandardCharsets.UTF_8);
		Corpus corpus = Corpus.open(dir.resolve("corpus"));

		IngestSummary summary = ingest(corpus, file);

		assertEquals(List.of(), summary.failures());
		assertEquals(1, summary.imported());
		Article article = corpus.articles().findFirst().orElseThrow();
		assertEquals(NitfImporter.ID, article.provenance().importerId(), "chosen over the feed importer by sniffing");
		assertEquals("Rifiuti elettronici: in Europa un nuovo record", article.title());
		assertEquals(List.of("Giulia Rossi"), article.authors());
		assertEquals("ANSA", article.publisher());
		assertEquals("it", article.language());
		assertEquals("2024-06-19", article.published());
		assertEquals("https://www.ansa.it/ambiente/2024/06/19/rifiuti", article.sourceUrl());
		assertEquals("https://creativecommons.org/licenses/by-sa/4.0/", article.licences().get(0).url());
		assertTrue(article.text().contains("Nel 2023 l'Europa ha prodotto più rifiuti"), "white space collapsed: " + article.text());
		assertEquals(List.of(BlockType.TITLE, BlockType.PARAGRAPH, BlockType.HEADING, BlockType.PARAGRAPH, BlockType.CAPTION,
				BlockType.PARAGRAPH), article.blocks().stream().map(b -> b.type()).toList());
		Credit photo = article.credits().stream().filter(c -> c.span() != null).findFirst().orElseThrow();
		assertEquals("Foto: Getty Images", photo.text());
		assertEquals(photo.text(), article.text().substring(photo.span().start(), photo.span().end()), "the credit's offsets");
		assertTrue(article.credits().stream().anyMatch(c -> c.text().equals("© 2024 ANSA")));
		assertTrue(corpus.original(article.id()).isPresent(), "the file's bytes are kept beside the article");
	}

	@Test
	void anExternalEntityIsNeverResolvedAndMalformedXmlFailsWithOneLineAndTheRestIsImported() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
		String hostile = AGENCY_STORY.replace("<!DOCTYPE nitf SYSTEM \"http://www.nitf.org/IPTC/NITF/3.6/specification/dtd/nitf-3-6.dtd\">",
				"<!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>").replace("più rifiuti", "più rifiuti &xxe;");
		Path hostileFile = Files.writeString(dir.resolve("hostile.nitf"), hostile, StandardCharsets.UTF_8);
		Path broken = Files.writeString(dir.resolve("broken.nitf"), "<nitf><head><title>Cut off", StandardCharsets.UTF_8);
		Path good = Files.writeString(dir.resolve("good.xml"), AGENCY_STORY.replace("ansa-2024", "ansa-2025")
				.replace("Nel 2023", "Nel 2024").replace("ambiente/2024/06/19/rifiuti", "ambiente/2025/rifiuti"), StandardCharsets.UTF_8);
		Corpus corpus = Corpus.open(dir.resolve("corpus"));

		IngestSummary summary = ingest(corpus, hostileFile, broken, good);

		for (Article article : corpus.articles().toList()) {
			assertFalse(article.text().contains("TOP-SECRET"), "an external entity was resolved: " + article.text());
		}
		assertEquals(1, summary.failures().size(), summary.failures().toString());
		String failure = summary.failures().get(0);
		assertTrue(failure.contains("broken.nitf") && failure.contains("malformed NITF XML") && !failure.contains("\n"), failure);
		assertTrue(summary.imported() >= 1, "the good file (and the harmless rest of the hostile one) are imported");
		assertTrue(corpus.articles().anyMatch(a -> a.text().contains("Nel 2024")));
	}
}
