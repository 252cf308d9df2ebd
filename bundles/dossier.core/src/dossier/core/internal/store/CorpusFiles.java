// SPDX-License-Identifier: EPL-2.0
package dossier.core.internal.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.core.store.Corpus;
import dossier.core.store.CorpusFormatException;

/**
 * Where a corpus keeps what: its descriptor and {@code .gitignore}, the sharded article files, their originals and
 * the second name an update gives the previous original (layout in {@code docs/format.md}).
 */
public final class CorpusFiles {

	private static final String FORMAT_NAME = "dossier-corpus"; //$NON-NLS-1$
	/** Suffix of the second name an update gives the previous original until the new article is switched in. */
	static final String PREVIOUS_SUFFIX = ".previous"; //$NON-NLS-1$
	private static final Pattern ID = Pattern.compile("[0-9a-z][0-9a-z_-]{1,63}"); //$NON-NLS-1$
	private static final String GITIGNORE = "# Written by Dossier: the index is rebuilt from the articles.\n" //$NON-NLS-1$
			+ "/" + Corpus.INDEX + "/\n" //$NON-NLS-1$ //$NON-NLS-2$
			+ ".*" + AtomicFiles.TEMP_SUFFIX + "\n" //$NON-NLS-1$ //$NON-NLS-2$
			+ ".*" + Corpus.ORIGINAL_EXTENSION + PREVIOUS_SUFFIX + "\n" //$NON-NLS-1$ //$NON-NLS-2$
			+ "/" + WriterLocks.FILE + "\n"; //$NON-NLS-1$ //$NON-NLS-2$

	private final Path folder;
	private final Path articles;

	/** The files of the corpus in {@code folder} (absolute); nothing is read or created. */
	public CorpusFiles(Path folder) {
		this.folder = folder;
		this.articles = folder.resolve(Corpus.ARTICLES);
	}

	/** Whether {@code id} is a valid article id ({@code [0-9a-z][0-9a-z_-]{1,63}}). */
	public static boolean isValidId(String id) {
		return ID.matcher(id).matches();
	}

	/**
	 * Makes the folder a corpus, or checks that it is one of a format this Dossier reads: the descriptor, the
	 * articles folder and the {@code .gitignore} (to which the lock file is added when an earlier Dossier wrote it).
	 *
	 * @throws CorpusFormatException when the folder holds a corpus of a newer or unknown format
	 */
	public void prepare() throws IOException {
		checkOrCreateDescriptor();
		Files.createDirectories(articles);
		Path gitignore = folder.resolve(".gitignore"); //$NON-NLS-1$
		if (!Files.exists(gitignore)) {
			AtomicFiles.write(gitignore, GITIGNORE.getBytes(StandardCharsets.UTF_8));
		} else {
			ignoreLockFile(gitignore);
		}
	}

	/** Adds the lock file to a .gitignore that an earlier Dossier wrote without it; best effort. */
	private static void ignoreLockFile(Path gitignore) {
		try {
			String text = Files.readString(gitignore, StandardCharsets.UTF_8);
			if (text.startsWith(GITIGNORE.substring(0, GITIGNORE.indexOf('\n'))) && !text.contains("/" + WriterLocks.FILE + "\n")) { //$NON-NLS-1$ //$NON-NLS-2$
				AtomicFiles.write(gitignore, text + (text.endsWith("\n") ? "" : "\n") + "/" + WriterLocks.FILE + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			}
		} catch (IOException | RuntimeException e) {
			// a read-only corpus, an odd file: git shows the lock file, nothing worse
		}
	}

	private void checkOrCreateDescriptor() throws IOException {
		Path descriptor = folder.resolve(Corpus.DESCRIPTOR);
		if (!Files.exists(descriptor)) {
			AtomicFiles.write(descriptor, ("{\n  \"format\": \"" + FORMAT_NAME + "\",\n  \"version\": " //$NON-NLS-1$ //$NON-NLS-2$
					+ Corpus.FORMAT_VERSION + "\n}\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			return;
		}
		String format;
		int version;
		try {
			String text;
			try {
				text = Files.readString(descriptor, StandardCharsets.UTF_8);
			} catch (CharacterCodingException e) {
				throw new CorpusFormatException("unreadable corpus descriptor " + descriptor + ": not UTF-8 text"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			JsonObject o = JsonParser.parseString(text).getAsJsonObject();
			format = o.get("format").getAsString(); //$NON-NLS-1$
			version = o.get("version").getAsInt(); //$NON-NLS-1$
		} catch (RuntimeException e) {
			throw new CorpusFormatException("unreadable corpus descriptor " + descriptor //$NON-NLS-1$
					+ ": not the JSON object {\"format\": \"" + FORMAT_NAME + "\", \"version\": N} that Dossier writes"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!FORMAT_NAME.equals(format)) {
			throw new CorpusFormatException(descriptor + " describes an unknown format '" + format + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (version > Corpus.FORMAT_VERSION || version < 1) {
			throw new CorpusFormatException("corpus " + folder + " has format version " + version //$NON-NLS-1$ //$NON-NLS-2$
					+ "; this Dossier reads version " + Corpus.FORMAT_VERSION + " (update Dossier to open it)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The ids of the article files in the folder (valid ids in their own shard; temporaries left out), sorted. */
	public TreeSet<String> listIds() throws IOException {
		TreeSet<String> found = new TreeSet<>();
		try (DirectoryStream<Path> shards = Files.newDirectoryStream(articles)) {
			for (Path shard : shards) {
				if (AtomicFiles.isTemporary(shard) || !Files.isDirectory(shard)) {
					continue;
				}
				try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
					for (Path file : files) {
						String name = file.getFileName().toString();
						if (!AtomicFiles.isTemporary(file) && name.endsWith(Corpus.ARTICLE_EXTENSION)) {
							String id = name.substring(0, name.length() - Corpus.ARTICLE_EXTENSION.length());
							if (isValidId(id) && shard.getFileName().toString().equals(shardOf(id))) {
								found.add(id);
							}
						}
					}
				}
			}
		}
		return found;
	}

	/** The folder of the article shards. */
	Path articles() {
		return articles;
	}

	/** Where the article with {@code id} is stored (whether or not it exists). */
	public Path articleFile(String id) {
		return articles.resolve(shardOf(id)).resolve(id + Corpus.ARTICLE_EXTENSION);
	}

	/** Where the original bytes of the article with {@code id} are kept (whether or not they exist). */
	public Path originalFile(String id) {
		return articles.resolve(shardOf(id)).resolve(id + Corpus.ORIGINAL_EXTENSION);
	}

	/** Where an update keeps the previous original of {@code id} until the new article is switched in. */
	public Path previousOriginalFile(String id) {
		return articles.resolve(shardOf(id)).resolve("." + id + Corpus.ORIGINAL_EXTENSION + PREVIOUS_SUFFIX); //$NON-NLS-1$
	}

	private static String shardOf(String id) {
		return id.substring(0, 2);
	}
}
