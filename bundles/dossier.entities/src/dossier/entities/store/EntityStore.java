// SPDX-License-Identifier: EPL-2.0
package dossier.entities.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import dossier.entities.Catalogue;
import dossier.entities.LinkedEntityIds;
import dossier.entities.Mention;

/**
 * Where a corpus keeps its entities: the catalogue in {@code entities/catalogue.json}, and each article's mentions
 * beside the article, {@code articles/<first two characters>/<article id>.mentions.json} (the corpus store lists
 * only {@code <id>.json} as articles, so it ignores these). Every write is atomic; a
 * catalogue file that cannot be read is never overwritten, and an import that fails changes nothing.
 */
public final class EntityStore {

	private final Path folder;
	private final Path articles;

	/** The store of the corpus in {@code corpusFolder}. */
	public EntityStore(Path corpusFolder) {
		this.folder = corpusFolder.resolve("entities"); //$NON-NLS-1$
		this.articles = corpusFolder.resolve("articles"); //$NON-NLS-1$
	}

	public Path catalogueFile() {
		return folder.resolve("catalogue.json"); //$NON-NLS-1$
	}

	public Path mentionsFile(String articleId) {
		if (!articleId.matches("[0-9a-z][0-9a-z_-]{1,63}")) { //$NON-NLS-1$
			throw new IllegalArgumentException("article id not usable as a file name: " + articleId); //$NON-NLS-1$
		}
		return articles.resolve(articleId.substring(0, 2)).resolve(articleId + ".mentions.json"); //$NON-NLS-1$
	}

	/** The corpus's catalogue, or an empty one when it has none yet. */
	public Catalogue loadCatalogue() throws IOException {
		Path file = catalogueFile();
		if (!Files.exists(file)) {
			return new Catalogue();
		}
		return readCatalogue(file);
	}

	/** Parses a catalogue file completely. */
	public static Catalogue readCatalogue(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CatalogueFormat.read(reader, file.getFileName().toString());
		} catch (MalformedInputException e) {
			throw new CatalogueFormatException(file.getFileName() + ": not UTF-8 text", e); //$NON-NLS-1$
		}
	}

	/** Stores {@code catalogue} as the corpus's (atomically), under the corpus's entities lock. */
	public void saveCatalogue(Catalogue catalogue) throws IOException {
		String json = CatalogueFormat.toJson(catalogue);
		EntitiesLock.holding(folder, () -> {
			JsonFiles.writeAtomically(catalogueFile(), json);
			return null;
		});
	}

	/**
	 * Changes the corpus's catalogue as one step: {@code change} is given the catalogue stored now and it is stored
	 * again once changed, while no other writer of this corpus's entities (another thread, or the workbench beside a
	 * command in another process) can write in between; an entity another writer added is therefore never lost.
	 *
	 * @return what {@code change} returned
	 * @throws CatalogueFormatException when the stored catalogue is malformed (it is then left as it is)
	 */
	public <T> T updateCatalogue(Function<Catalogue, T> change) throws IOException {
		return EntitiesLock.holding(folder, () -> {
			Catalogue current = loadCatalogue();
			T result = change.apply(current);
			JsonFiles.writeAtomically(catalogueFile(), CatalogueFormat.toJson(current));
			return result;
		});
	}

	/** Writes this corpus's catalogue to {@code target} (for another corpus to import). */
	public void exportCatalogue(Path target) throws IOException {
		JsonFiles.writeAtomically(target, CatalogueFormat.toJson(loadCatalogue()));
	}

	/**
	 * Merges the catalogue in {@code file} into this corpus's catalogue. The file is parsed completely first: if it
	 * is malformed, a {@link CatalogueFormatException} says why and this corpus's catalogue is unchanged.
	 *
	 * @return how many entities were new
	 */
	public int importCatalogue(Path file) throws IOException {
		Catalogue incoming = readCatalogue(file);
		return updateCatalogue(current -> current.addAll(incoming));
	}

	/** The stored mentions of an article (with analysts' decisions), or an empty list. */
	public List<Mention> loadMentions(String articleId) throws IOException {
		Path file = mentionsFile(articleId);
		if (!Files.exists(file)) {
			return List.of();
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return MentionsFormat.read(reader, file.getFileName().toString());
		}
	}

	/**
	 * The ids of the people and places the stored mentions of an article link to ({@link LinkedEntityIds}), for the
	 * lineage engine's fingerprint; empty when the article has no mentions file yet or it cannot be read (linking goes
	 * on without them; {@code dossier entities} and the Entity Editor report an unreadable file).
	 */
	public List<String> linkedEntityIds(String articleId) {
		try {
			return LinkedEntityIds.of(loadMentions(articleId));
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}

	/**
	 * Deletes what a process killed while writing this store left: the temporaries of mentions and catalogue files
	 * whose writer no longer runs (a live writer's, the workbench's or another command's, stay). Best effort, for a
	 * writer that holds the corpus's writer lock (an import).
	 *
	 * @return how many files were deleted
	 */
	public int deleteKilledWritersTemporaries() throws IOException {
		int deleted = JsonFiles.deleteStrays(folder);
		if (Files.isDirectory(articles)) {
			try (DirectoryStream<Path> shards = Files.newDirectoryStream(articles, Files::isDirectory)) {
				for (Path shard : shards) {
					deleted += JsonFiles.deleteStrays(shard);
				}
			}
		}
		return deleted;
	}

	/**
	 * Whether the article has a mentions file: it was recognised (by the workbench's build, the Entity Editor or
	 * {@code dossier import}) or an analyst decided on its mentions.
	 */
	public boolean hasMentions(String articleId) {
		try {
			return Files.exists(mentionsFile(articleId));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/**
	 * Stores {@code mentions} as the article's (atomically), under the corpus's entities lock: a change made by
	 * {@link #updateMentions} in another thread or process is never half-overwritten.
	 */
	public void saveMentions(String articleId, List<Mention> mentions) throws IOException {
		Path file = mentionsFile(articleId);
		String json = MentionsFormat.toJson(articleId, mentions);
		EntitiesLock.holding(folder, () -> {
			JsonFiles.writeAtomically(file, json);
			return null;
		});
	}

	/**
	 * Changes the article's mentions as one step: {@code change} is given the mentions stored now (empty when there
	 * are none) and what it returns is stored, while no other writer of this corpus's mentions — another thread, the
	 * workbench, {@code dossier import} in another process — can write in between. Keep {@code change} short (merge,
	 * not recognise): every writer of the corpus's mentions waits for it.
	 *
	 * @return what was stored
	 * @throws IOException when the stored mentions cannot be read (they are then left alone) or written
	 */
	public List<Mention> updateMentions(String articleId, UnaryOperator<List<Mention>> change) throws IOException {
		Path file = mentionsFile(articleId);
		return EntitiesLock.holding(folder, () -> {
			List<Mention> now;
			try {
				now = loadMentions(articleId);
			} catch (IllegalArgumentException | UncheckedIOException e) {
				throw new IOException(articleId + ": stored mentions unreadable, left alone: " + e.getMessage(), e); //$NON-NLS-1$
			}
			List<Mention> next = change.apply(now);
			JsonFiles.writeAtomically(file, MentionsFormat.toJson(articleId, next));
			return next;
		});
	}
}
