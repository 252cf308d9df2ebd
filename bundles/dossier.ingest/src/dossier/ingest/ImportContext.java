// SPDX-License-Identifier: EPL-2.0
package dossier.ingest;

import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.core.model.Provenance;

/**
 * What an {@link Importer} reports to while it reads a {@link Source}: the articles it found and the parts it
 * could not read. Given by the driver ({@link Ingest}); not thread-safe.
 */
public interface ImportContext {

	/**
	 * One article read from the source.
	 *
	 * @param original the bytes it was read from, kept beside it in the corpus (the whole file, the record's
	 *        payload, the JSON line)
	 */
	void add(Article article, byte[] original);

	/** A part of the source (an item, a record, a line) that could not be read; {@code reason} is one line. */
	void fail(String part, @Nullable String reason);

	/** Whether the user cancelled; a long reader checks it between parts and stops. */
	boolean isCancelled();

	/** Reads {@code nested} (a WARC record's payload, say) with the importer that fits it best. */
	void importNested(Source nested, UnaryOperator<Article> adjust) throws ImportException;

	/** The options of this import (size limits). */
	IngestOptions options();

	/**
	 * Provenance for an article read from {@code source} by the importer {@code importerId}, stamped with this
	 * import's time.
	 */
	Provenance provenance(Source source, String importerId, String charset, List<String> removed, List<String> warnings);
}
