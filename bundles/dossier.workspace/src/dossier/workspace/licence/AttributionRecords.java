// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.licence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import dossier.core.internal.store.AtomicFiles;
import dossier.core.store.Corpus;

/**
 * Where attribution records live: {@code articles/<shard>/<id>.attribution} beside the article file. The name
 * does not end in {@code .json}, so neither the corpus nor the builder take it for an article. Writes are
 * atomic (temporary sibling moved over the target); an empty record deletes the file.
 */
public final class AttributionRecords {

	/** The file name extension of a record. */
	public static final String EXTENSION = ".attribution"; //$NON-NLS-1$

	private AttributionRecords() {
	}

	/** The record file of article {@code id}. */
	public static Path file(Corpus corpus, String id) {
		return corpus.articleFile(id).resolveSibling(id + EXTENSION);
	}

	/**
	 * The record of article {@code id}, or {@link AttributionRecord#EMPTY} when there is none.
	 *
	 * @throws IOException when it cannot be read
	 * @throws IllegalArgumentException with a one-line reason when the file is not a valid record
	 */
	public static AttributionRecord read(Corpus corpus, String id) throws IOException {
		try {
			return AttributionRecord.fromJson(Files.readString(file(corpus, id), StandardCharsets.UTF_8));
		} catch (NoSuchFileException e) {
			return AttributionRecord.EMPTY;
		}
	}

	/** Stores {@code record} for article {@code id} (deletes the file when the record is empty). */
	public static void write(Corpus corpus, String id, AttributionRecord record) throws IOException {
		Path target = file(corpus, id);
		if (record.isEmpty()) {
			Files.deleteIfExists(target);
			return;
		}
		AtomicFiles.write(target, record.toJson());
	}
}
