// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.store.ArticleJson;
import dossier.ingest.Importers;
import dossier.ingest.Ingest;
import dossier.ingest.IngestOptions;
import dossier.ingest.Source;

/** The job's per-article row on the project's sample: what docs/quality.md says the checker finds in it. */
class AnalysisTest {

	@Test
	void theSampleRowCarriesItsLicenceFindingsCreditsAndEntities() throws IOException {
		Path root = Path.of(System.getProperty("dossier.root", "..")).toAbsolutePath().normalize();
		Path sample = root.resolve("samples/000_30bd282be3f8cedf.txt");
		Ingest.Reading reading = new Ingest(Importers.available(), IngestOptions.defaults())
				.read(Source.of(sample.toString(), Files.readAllBytes(sample)));
		assertEquals(List.of(), reading.failures());
		Article article = reading.articles().get(0);
		// the row is made from the article as it crosses the shuffle: its JSON form
		ArticleRow row = Analysis.shared().analyse(Imported.article(sample.toString(), ArticleJson.toJsonLine(article)));

		assertEquals(article.id(), row.getId());
		assertEquals(sample.toString(), row.getSource());
		assertEquals("CC-BY-SA", row.getLicence());
		assertFalse(row.isLicenceVersionStated());
		assertTrue(row.isTranslation());
		assertEquals("it", row.getTranslatedFrom());
		assertEquals(2, row.getThirdPartyHolders().size(), row.getThirdPartyHolders().toString());
		List<String> rules = row.getFindings().stream().map(FindingRow::getRule).toList();
		assertTrue(rules.containsAll(List.of("licence-version-missing", "licence-link-missing", "third-party-not-covered")), rules.toString());
		assertTrue(row.getErrors() > 0);
		assertFalse(row.getCredit().isBlank());
		assertTrue(row.getEntities().stream().anyMatch(e -> e.getType().equals("PLACE") && e.getMentions() > 0),
				"places found in the Arabic text");
		// the lineage keys: what the Italian original shares with this Arabic translation (dates, Latin names, entity ids)
		assertTrue(row.getFingerprint().containsAll(List.of("d:--06-19", "w:grigorov", "e:person:vladimir-putin", "e:iso3166:KP")),
				row.getFingerprint().toString());
		assertFalse(row.getBands().isEmpty());
		assertFalse(row.getAnchors().isEmpty(), "the anchors a teaser of it would share");
	}
}
