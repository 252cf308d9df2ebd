// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal.jsonl;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.JsonParseException;

import dossier.core.model.Article;
import dossier.core.store.ArticleJson;
import dossier.ingest.ImportContext;
import dossier.ingest.ImportException;
import dossier.ingest.Importer;
import dossier.ingest.Source;
import dossier.ingest.TextDecoder;
import dossier.ingest.internal.Messages;

/**
 * JSON Lines of Dossier articles, the interchange format {@code dossier export --format jsonl} writes (one
 * {@link ArticleJson} object per line). Articles keep their ids and provenance; a line that is not a valid
 * article is reported with its number and the rest imported.
 */
public class JsonLinesImporter implements Importer {

	public static final String ID = "dossier.ingest.jsonl"; //$NON-NLS-1$

	@Override
	public int sniff(Source source, byte[] head) {
		String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading(); //$NON-NLS-1$ //$NON-NLS-2$
		String name = source.lowerFileName();
		boolean named = name.endsWith(".jsonl") || name.endsWith(".ndjson"); //$NON-NLS-1$ //$NON-NLS-2$
		if (start.startsWith("{")) { //$NON-NLS-1$
			int end = start.indexOf('\n');
			String first = end < 0 ? start : start.substring(0, end);
			if (first.contains("\"text\"") || first.contains("\"format\"")) { //$NON-NLS-1$ //$NON-NLS-2$
				return CERTAIN;
			}
			return named ? LIKELY : 0;
		}
		return 0;
	}

	@Override
	public void read(Source source, ImportContext context) throws ImportException {
		TextDecoder.Decoded decoded = TextDecoder.decode(source.bytes(), "UTF-8"); //$NON-NLS-1$
		String[] lines = decoded.text().replace("\uFEFF", "").split("\r?\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (int i = 0; i < lines.length; i++) {
			if (context.isCancelled()) {
				return;
			}
			String line = lines[i];
			if (line.isBlank()) {
				continue;
			}
			try {
				Article article = ArticleJson.fromJson(line);
				if (article.provenance() == null) {
					article = article.toBuilder()
							.provenance(context.provenance(source, ID, decoded.charset(), List.of(), decoded.warnings()))
							.build();
				}
				context.add(article, line.getBytes(StandardCharsets.UTF_8));
			} catch (JsonParseException e) {
				context.fail("line " + (i + 1), Messages.format("jsonlInvalid", e.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

}
