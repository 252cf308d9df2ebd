// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.store.ArticleJson;
import dossier.ingest.Ingest;
import dossier.ingest.Source;

class JsonLinesImporterTest {

	@Test
	void exportedLinesImportBackUnchangedAndABadLineIsReported() {
		List<Article> originals = Fixtures.ingest().read(Fixtures.source("feed-rss.xml")).articles();
		StringBuilder jsonl = new StringBuilder();
		for (Article article : originals) {
			jsonl.append(ArticleJson.toJsonLine(article)).append('\n');
			if (article == originals.get(0)) {
				jsonl.append("{\"id\": \"broken\", \"text\": 42, \"blocks\": [{\"type\": \"NOPE\"}]}\n");
			}
		}
		Ingest.Reading reading = Fixtures.ingest()
				.read(Source.of("export.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8)));
		assertEquals(originals, reading.articles());
		assertEquals(1, reading.failures().size());
		assertTrue(reading.failures().get(0).startsWith("line 2: not a valid article"), reading.failures().get(0));
	}
}
