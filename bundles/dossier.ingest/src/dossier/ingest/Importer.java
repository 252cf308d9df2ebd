// SPDX-License-Identifier: EPL-2.0
package dossier.ingest;

import java.io.IOException;

/**
 * Reads one format into articles. Contributed through the extension point {@code dossier.importers} (see
 * {@code schema/importers.exsd}) and, for the built-in formats, listed by {@link Importers#builtIn()}.
 * Implementations are stateless and thread-safe; they need a public no-argument constructor to be contributed.
 */
public interface Importer {

	/**
	 * How sure this importer is that it reads {@code source}, judging by its name, content type and first bytes:
	 * 0 when it does not, {@link #LIKELY} when the content looks right, {@link #CERTAIN} when it has a format's
	 * signature. The driver asks every importer and picks the highest, the descriptor's priority breaking ties.
	 *
	 * @param head up to the first 8 KiB of the source
	 */
	int sniff(Source source, byte[] head);

	/**
	 * Reads {@code source}, handing each article to {@link ImportContext#add}. A part that cannot be read (a
	 * feed item, a WARC record, a JSON line) goes to {@link ImportContext#fail} and reading carries on.
	 *
	 * @throws ImportException when the source as a whole cannot be read; its message is one line for the user
	 * @throws IOException when the source's bytes cannot be read
	 */
	void read(Source source, ImportContext context) throws ImportException, IOException;

	/** {@link #sniff} result: a format's signature (a WARC header, an RSS root element). */
	int CERTAIN = 100;
	/** {@link #sniff} result: content and name fit. */
	int LIKELY = 50;
	/** {@link #sniff} result: could be read, as a last resort (plain text). */
	int POSSIBLE = 10;
}
