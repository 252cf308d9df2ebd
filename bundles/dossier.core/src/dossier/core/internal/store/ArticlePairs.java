// SPDX-License-Identifier: EPL-2.0
package dossier.core.internal.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiPredicate;

import dossier.core.store.Corpus;

/**
 * Writes an article file and its original as a pair, and puts right what a writer killed between the two left.
 * Both new files are written in full under temporary names before either replaces anything: a full disk or an
 * error while writing leaves the previous pair as it was. The previous original keeps a second name until the
 * article is switched, so that a writer killed between the two switches leaves both halves of the previous pair:
 * readers take the original the article names, and the next writer puts it back ({@link #cleanUp}). The original is
 * switched first, so that a new article file is only ever visible with its original beside it. Callers hold the
 * corpus's writer lock.
 */
public final class ArticlePairs {

	private ArticlePairs() {
	}

	/**
	 * Writes the article {@code id} ({@code json}) with its {@code original} (null: none, and a previous one goes).
	 */
	public static void write(CorpusFiles files, String id, byte[] json, byte[] original) throws IOException {
		Path article = files.articleFile(id);
		Path orig = files.originalFile(id);
		Files.createDirectories(article.getParent());
		Path origTemp = original != null ? AtomicFiles.temporaryFor(orig) : null;
		Path articleTemp = AtomicFiles.temporaryFor(article);
		Path previous = null;
		boolean switched = false;
		try {
			if (origTemp != null) {
				Files.write(origTemp, original);
			}
			Files.write(articleTemp, json);
			if (Files.exists(orig)) {
				previous = files.previousOriginalFile(id);
				keep(orig, previous);
			}
			if (origTemp != null) {
				AtomicFiles.move(origTemp, orig);
			} else {
				Files.deleteIfExists(orig);
			}
			AtomicFiles.move(articleTemp, article);
			switched = true;
		} finally {
			if (origTemp != null) {
				Files.deleteIfExists(origTemp);
			}
			Files.deleteIfExists(articleTemp);
			if (previous != null) {
				if (switched) {
					Files.deleteIfExists(previous);
				} else if (Files.exists(previous)) {
					AtomicFiles.move(previous, orig); // the article was not switched: its original goes back
				}
			}
		}
	}

	/** A second name for the previous original while an update switches the pair: a hard link, else a copy. */
	private static void keep(Path original, Path previous) throws IOException {
		Files.deleteIfExists(previous);
		try {
			Files.createLink(previous, original);
		} catch (UnsupportedOperationException | IOException e) {
			Files.copy(original, previous);
		}
	}

	/**
	 * Deletes what killed writers left behind: temporary files, and originals without their article (a new
	 * article's original is switched in first, so a writer killed between the two leaves it alone); puts back the
	 * previous original of an update killed mid-switch when the article still names it. Called with the writer lock
	 * held, when no write can be in progress.
	 *
	 * @param namedByArticle whether the stored article of an id names these original bytes (by their hash)
	 */
	public static void cleanUp(CorpusFiles files, BiPredicate<String, byte[]> namedByArticle) throws IOException {
		try (DirectoryStream<Path> shards = Files.newDirectoryStream(files.articles())) {
			for (Path shard : shards) {
				if (AtomicFiles.isTemporary(shard)) {
					Files.deleteIfExists(shard);
				} else if (Files.isDirectory(shard)) {
					cleanUpShard(files, shard, namedByArticle);
				}
			}
		}
	}

	private static void cleanUpShard(CorpusFiles files, Path shard, BiPredicate<String, byte[]> namedByArticle) throws IOException {
		String previousSuffix = Corpus.ORIGINAL_EXTENSION + CorpusFiles.PREVIOUS_SUFFIX;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(shard)) {
			for (Path file : entries) {
				String name = file.getFileName().toString();
				if (AtomicFiles.isTemporary(file)) {
					if (isPairTemporary(name)) {
						Files.deleteIfExists(file);
					}
				} else if (name.startsWith(".") && name.endsWith(previousSuffix)) { //$NON-NLS-1$
					restoreOrDrop(files, file, name.substring(1, name.length() - previousSuffix.length()), namedByArticle);
				} else if (name.endsWith(Corpus.ORIGINAL_EXTENSION) && !Files.exists(file.resolveSibling(
						name.substring(0, name.length() - Corpus.ORIGINAL_EXTENSION.length()) + Corpus.ARTICLE_EXTENSION))) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/**
	 * Whether a temporary file is one of an article pair's ({@code .ID.json.N.tmp}, {@code .ID.original.N.tmp}),
	 * written only under the writer lock, so that a clean-up under that lock may delete it. The other files beside
	 * an article (its mentions, its attribution record) are written by their own stores without the corpus's lock:
	 * a temporary of theirs may be a write in progress, and is left alone (one a killed writer left is ignored by
	 * every listing and replaced by the next write).
	 */
	private static boolean isPairTemporary(String name) {
		int counter = name.lastIndexOf('.', name.length() - AtomicFiles.TEMP_SUFFIX.length() - 1);
		if (counter <= 1) {
			return false;
		}
		String target = name.substring(1, counter);
		int extension = target.indexOf('.');
		if (extension < 0) {
			return false;
		}
		String suffix = target.substring(extension);
		return CorpusFiles.isValidId(target.substring(0, extension))
				&& (suffix.equals(Corpus.ARTICLE_EXTENSION) || suffix.equals(Corpus.ORIGINAL_EXTENSION));
	}

	/**
	 * The previous original an update killed mid-switch left: put back when the article is still the previous one
	 * (it names that original), else dropped (the article was switched; only the deletion was missed).
	 */
	private static void restoreOrDrop(CorpusFiles files, Path previous, String id, BiPredicate<String, byte[]> namedByArticle)
			throws IOException {
		byte[] bytes = Files.readAllBytes(previous);
		if (CorpusFiles.isValidId(id) && namedByArticle.test(id, bytes)) {
			AtomicFiles.move(previous, files.originalFile(id));
		} else {
			Files.deleteIfExists(previous);
		}
	}
}
