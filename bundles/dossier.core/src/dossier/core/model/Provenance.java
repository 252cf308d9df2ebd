// SPDX-License-Identifier: EPL-2.0
package dossier.core.model;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Where an article came from and how it was turned into the model.
 *
 * @param source the file, URL or archive entry it was read from ({@code archive.zip!/a/b.html}, a WARC target URI)
 * @param importedAt when it was imported
 * @param importerId the id of the importer that read it ({@code dossier.importers} contribution)
 * @param originalSha256 hex SHA-256 of the original bytes, which the corpus keeps beside the article
 * @param charset the character encoding the bytes were decoded with, and how it was chosen
 * @param removed text of the source left out of the article text (site boilerplate, "CAPTCHA", a lone "^"),
 *        kept so nothing is lost
 * @param warnings one line each: undecodable bytes replaced, a truncated record, a guessed language
 */
public record Provenance(String source, @Nullable Instant importedAt, @Nullable String importerId,
		@Nullable String originalSha256, @Nullable String charset,
		List<String> removed, List<String> warnings) {

	public Provenance {
		removed = List.copyOf(removed);
		warnings = List.copyOf(warnings);
	}
}
