// SPDX-License-Identifier: EPL-2.0
package dossier.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonParseException;

import dossier.core.OneLine;
import dossier.core.internal.store.ArticlePairs;
import dossier.core.internal.store.CorpusFiles;
import dossier.core.internal.store.CorpusStamp;
import dossier.core.internal.store.UrlCatalog;
import dossier.core.internal.store.WriterLocks;
import dossier.core.model.Article;
import dossier.core.model.Provenance;

/**
 * A corpus: a folder of articles, one pretty JSON file per article with the original bytes beside it (layout in
 * {@code docs/format.md}). Plain Java, usable from a test, the command line or the workbench.
 * <p>
 * {@link #put(Article, byte[])} recognises duplicates (the same article again: same content, not published elsewhere)
 * and updates (same source or canonical URL, other content); the same text at another address or from another
 * publisher is a republication, kept as its own article. Every write is atomic (temporary file, then an atomic move), so a process killed mid-write
 * leaves a corpus that opens.
 * <p>
 * One writer at a time: every write holds the corpus's writer lock (an operating-system lock on its {@code .lock}
 * file, released when its process dies), taken for one write or, by {@link #lockForWriting(String, Duration)},
 * for a whole import; a second writer is refused with a {@link CorpusBusyException} that names the holder. The
 * leftovers of a killed writer (temporary files, an original without its article) are deleted when the lock is
 * next taken, since nobody else can be writing then; reading never deletes anything.
 * <p>
 * One {@code Corpus} instance per folder and process; its methods are thread-safe.
 */
public final class Corpus {

	/** The version of the corpus layout this class writes; {@link #open(Path)} refuses newer ones. */
	public static final int FORMAT_VERSION = 1;

	/** The file that marks a folder as a corpus and records its format version. */
	public static final String DESCRIPTOR = "corpus.json"; //$NON-NLS-1$

	/** The folder of article files, relative to the corpus folder. */
	public static final String ARTICLES = "articles"; //$NON-NLS-1$

	/** The git-ignored folder where an index may keep its files, relative to the corpus folder. */
	public static final String INDEX = ".index"; //$NON-NLS-1$

	/** Extension of an article's JSON file. */
	public static final String ARTICLE_EXTENSION = ".json"; //$NON-NLS-1$

	/** Extension of the file that keeps an article's original bytes. */
	public static final String ORIGINAL_EXTENSION = ".original"; //$NON-NLS-1$

	private final Path folder;
	private final CorpusFiles files;
	private final TreeSet<String> ids = new TreeSet<>();
	private final List<CorpusListener> listeners = new CopyOnWriteArrayList<>();
	private final List<String> problems = new CopyOnWriteArrayList<>();
	private final CorpusStamp stamp = new CorpusStamp();

	/** Built on the first put: what duplicate and update detection compare against. */
	private @Nullable UrlCatalog catalog;
	/** Whether this instance has cleaned up after killed writers since it took the writer lock first. */
	private boolean cleaned;

	private Corpus(Path folder) {
		this.folder = folder;
		this.files = new CorpusFiles(folder);
	}

	/**
	 * Opens the corpus in {@code folder}, creating the folder and its layout when missing.
	 *
	 * @throws CorpusFormatException when the folder holds a corpus of a newer or unknown format
	 * @throws IOException when the folder cannot be read or created
	 */
	public static Corpus open(Path folder) throws IOException {
		Path absolute = folder.toAbsolutePath().normalize();
		if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
			throw new IOException("not a folder: " + absolute); //$NON-NLS-1$
		}
		Files.createDirectories(absolute);
		Corpus corpus = new Corpus(absolute);
		corpus.files.prepare();
		corpus.ids.addAll(corpus.files.listIds());
		return corpus;
	}

	/**
	 * Takes this corpus's writer lock until the returned lock is closed: for a whole import, so that no other
	 * process (or other instance in this one) writes in between, and so that a second import is refused at once
	 * rather than article by article. Writes of this instance while it holds the lock do not take it again. Taking
	 * it deletes what killed writers left behind.
	 *
	 * @param purpose what the writer does, shown to a writer turned away ("dossier import")
	 * @param wait how long to wait for another writer to finish; zero to fail at once
	 * @throws CorpusBusyException when another writer holds the corpus after {@code wait}
	 * @throws IOException when the corpus cannot be written (a read-only folder)
	 */
	public CorpusLock lockForWriting(String purpose, Duration wait) throws IOException {
		CorpusLock lock = WriterLocks.acquire(folder, this, purpose, wait);
		synchronized (this) {
			cleanUp();
		}
		return lock;
	}

	/** The writer lock for one write: the held one when this instance holds it, else taken at once. */
	private CorpusLock lockForOneWrite() throws IOException {
		CorpusLock lock = WriterLocks.acquire(folder, this, "Dossier", Duration.ZERO); //$NON-NLS-1$
		if (!cleaned) {
			cleanUp();
		}
		return lock;
	}

	/**
	 * Reads again which articles the folder holds, for files that appeared or vanished behind this instance's back
	 * (a git pull, the command line, another process), and forgets what it derived from articles changed in place
	 * (duplicate detection, {@link #stamp()}). It keeps this instance, so listeners stay attached and callers
	 * holding it see the new content. Listeners are not told: whoever rescans (the workspace's corpus
	 * builder) knows which files changed and hands them on.
	 *
	 * @return whether the set of article ids changed
	 * @throws IOException when the folder cannot be read; the corpus then keeps its previous list
	 */
	public boolean rescan() throws IOException {
		synchronized (this) {
			TreeSet<String> found = files.listIds();
			// files may also have changed in place: what duplicate detection and the stamp know is rebuilt lazily
			catalog = null;
			stamp.forget();
			if (found.equals(ids)) {
				return false;
			}
			ids.clear();
			ids.addAll(found);
			return true;
		}
	}

	/**
	 * Deletes what killed writers left behind ({@link ArticlePairs#cleanUp}), with the writer lock held. Best effort:
	 * what cannot be deleted stays.
	 */
	private void cleanUp() {
		cleaned = true;
		try {
			ArticlePairs.cleanUp(files, this::matchesArticle);
		} catch (IOException | UncheckedIOException e) {
			problems.add("could not clean up after an interrupted write: " + OneLine.of(e.getMessage())); //$NON-NLS-1$
		}
	}

	/** The corpus folder (absolute). */
	public Path folder() {
		return folder;
	}

	/** The folder an index keeps its files in: inside the corpus and ignored by git. Not created here. */
	public Path indexFolder() {
		return folder.resolve(INDEX);
	}

	/** The ids of the stored articles, sorted. */
	public synchronized List<String> ids() {
		return List.copyOf(ids);
	}

	public synchronized int size() {
		return ids.size();
	}

	public synchronized boolean contains(String id) {
		return ids.contains(id);
	}

	/**
	 * The stored articles in id order, read lazily. An article file that cannot be read is skipped and recorded
	 * in {@link #problems()}.
	 */
	public Stream<Article> articles() {
		return ids().stream().map(this::readOrRecord).flatMap(Optional::stream);
	}

	private Optional<Article> readOrRecord(String id) {
		try {
			return get(id);
		} catch (IOException e) {
			problems.add(id + ": " + OneLine.of(e.getMessage())); //$NON-NLS-1$
			return Optional.empty();
		}
	}

	/** One-line descriptions of article files that could not be read. */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	/**
	 * The article with {@code id}, or empty when there is none.
	 *
	 * @throws IOException when its file cannot be read or is not a valid article
	 */
	public Optional<Article> get(String id) throws IOException {
		if (!CorpusFiles.isValidId(id)) {
			return Optional.empty();
		}
		String json;
		try {
			json = Files.readString(articleFile(id), StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (CharacterCodingException e) {
			throw new IOException(articleFile(id) + ": not UTF-8 text, so not an article file Dossier wrote", e); //$NON-NLS-1$
		}
		Article article;
		try {
			article = ArticleJson.fromJson(json);
		} catch (JsonParseException e) {
			throw new IOException(articleFile(id) + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
		if (!article.id().equals(id)) {
			// a copied or renamed file: taking it would list (and index) one article twice
			throw new IOException(articleFile(id) + ": holds article " + article.id() + ", not " + id //$NON-NLS-1$ //$NON-NLS-2$
					+ " as its name says; rename or delete the file"); //$NON-NLS-1$
		}
		return Optional.of(article);
	}

	/**
	 * The original bytes an article was imported from, or empty when none were kept. When a writer was killed while
	 * switching an update's pair of files, this is still the original of the article as stored (the one its
	 * {@code originalSha256} names).
	 */
	public Optional<byte[]> original(String id) throws IOException {
		if (!CorpusFiles.isValidId(id)) {
			return Optional.empty();
		}
		Path previous = files.previousOriginalFile(id);
		if (Files.exists(previous)) {
			Optional<byte[]> kept = readIfExists(previous);
			if (kept.isPresent() && matchesArticle(id, kept.get())) {
				return kept;
			}
		}
		return readIfExists(originalFile(id));
	}

	private static Optional<byte[]> readIfExists(Path file) throws IOException {
		try {
			return Optional.of(Files.readAllBytes(file));
		} catch (NoSuchFileException e) {
			return Optional.empty();
		}
	}

	/** Whether the stored article {@code id} names {@code original} by its hash. */
	private boolean matchesArticle(String id, byte[] original) {
		try {
			Provenance provenance = get(id).map(Article::provenance).orElse(null);
			return provenance != null && sha256(original).equals(provenance.originalSha256());
		} catch (IOException e) {
			return false;
		}
	}

	/** Where the article with {@code id} is stored (whether or not it exists). */
	public Path articleFile(String id) {
		return files.articleFile(id);
	}

	/** Where the original bytes of the article with {@code id} are kept (whether or not they exist). */
	public Path originalFile(String id) {
		return files.originalFile(id);
	}

	/**
	 * Stores {@code article} with its original bytes.
	 * <ul>
	 * <li>The same article is already stored: {@link PutResult.Kind#DUPLICATE}, nothing written. The same article is
	 * the same text (by {@link Article#contentId(String)}) at the same source or canonical URL, or with nothing that
	 * tells the two apart (neither two addresses nor two publishers that differ). The same text at another address, or from another
	 * publisher, is a republication: stored as its own article ({@link PutResult.Kind#NEW}; when its id is the one its
	 * text gave the stored article, it gets its own, made from its text and address), for lineage to link.</li>
	 * <li>An article with the same source or canonical URL, or the same id, is stored with other content: it is
	 * replaced and keeps its id ({@link PutResult.Kind#UPDATED}).</li>
	 * <li>Otherwise {@link PutResult.Kind#NEW}.</li>
	 * </ul>
	 * The provenance's {@code originalSha256} is filled in from {@code original} when missing.
	 *
	 * @param original the bytes the article was read from, kept beside it; null when there are none
	 * @throws IllegalArgumentException when the article's id is not a valid id ({@code [0-9a-z][0-9a-z_-]{1,63}})
	 * @throws IOException when writing fails; the corpus keeps its previous content
	 */
	public PutResult put(Article article, byte[] original) throws IOException {
		Article stored;
		Article previous = null;
		PutResult result;
		synchronized (this) {
			UrlCatalog cat = catalog();
			String duplicate = cat.duplicateOf(article);
			if (duplicate != null) {
				return new PutResult(PutResult.Kind.DUPLICATE, duplicate);
			}
			String existing = cat.sameUrl(article);
			String id = article.id();
			if (existing == null && ids.contains(id)) {
				if (cat.sameText(id, article)) {
					// another publication of a stored text, under the id its text gave both: its own id
					id = republicationId(article);
				} else {
					existing = id;
				}
			}
			stored = existing != null ? article.toBuilder().id(existing).build()
					: id.equals(article.id()) ? article : article.toBuilder().id(id).build();
			if (!CorpusFiles.isValidId(stored.id())) {
				throw new IllegalArgumentException("invalid article id '" + stored.id() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			stored = withOriginalHash(stored, original);
			if (existing != null) {
				try {
					previous = get(existing).orElse(null);
				} catch (IOException e) {
					previous = null; // an unreadable old version is replaced all the same
				}
			}
			try (CorpusLock lock = lockForOneWrite()) {
				write(stored, original);
			}
			if (previous != null) {
				cat.remove(previous);
			}
			cat.add(stored);
			result = new PutResult(existing == null ? PutResult.Kind.NEW : PutResult.Kind.UPDATED, stored.id());
		}
		for (CorpusListener listener : listeners) {
			if (previous == null) {
				listener.added(stored);
			} else {
				listener.updated(previous, stored);
			}
		}
		return result;
	}

	/**
	 * The id of a republication whose id is its text's, which the article it republishes already holds: the content id
	 * of its text and its address (or publisher), so that the same republication imported again gets the same id.
	 */
	private String republicationId(Article article) {
		String where = Objects.requireNonNullElse(article.sourceUrl(), Objects.requireNonNullElse(article.canonicalUrl(),
				Objects.requireNonNullElse(article.publisher(), ""))); //$NON-NLS-1$
		String id = Article.contentId(article.text() + "\n\n" + where); //$NON-NLS-1$
		for (int n = 2; ids.contains(id); n++) {
			id = Article.contentId(article.text() + "\n\n" + where + "\n\n" + n); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return id;
	}

	private static Article withOriginalHash(Article article, byte[] original) {
		Provenance p = article.provenance();
		if (original == null || p == null || p.originalSha256() != null) {
			return article;
		}
		return article.toBuilder().provenance(new Provenance(p.source(), p.importedAt(), p.importerId(),
				sha256(original), p.charset(), p.removed(), p.warnings())).build();
	}

	/** Hex SHA-256 of {@code bytes}. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private void write(Article article, byte[] original) throws IOException {
		String id = article.id();
		ArticlePairs.write(files, id, ArticleJson.toPrettyJson(article).getBytes(StandardCharsets.UTF_8), original);
		ids.add(id);
		stamp.touched(id, articleFile(id));
	}

	/**
	 * Deletes the article with {@code id} and its original.
	 *
	 * @return whether there was one
	 */
	public boolean delete(String id) throws IOException {
		synchronized (this) {
			if (!ids.contains(id)) {
				return false;
			}
			Article previous;
			try {
				previous = get(id).orElse(null);
			} catch (IOException e) {
				previous = null;
			}
			try (CorpusLock lock = lockForOneWrite()) {
				Files.deleteIfExists(articleFile(id));
				Files.deleteIfExists(originalFile(id));
			}
			ids.remove(id);
			if (catalog != null && previous != null) {
				catalog.remove(previous);
			} else {
				catalog = null; // rebuilt on the next put
			}
			stamp.touched(id, null);
		}
		for (CorpusListener listener : listeners) {
			listener.removed(id);
		}
		return true;
	}

	/**
	 * A value that changes whenever an article file is added, changed or removed, by this process or another
	 * (it hashes the article files' names, sizes and modification times). An index stores it and compares it to
	 * tell whether it is stale.
	 */
	public synchronized String stamp() {
		return stamp.stamp(FORMAT_VERSION, ids, this::articleFile);
	}

	/** Number of writes (puts that wrote, deletes) this instance made. */
	public synchronized long writes() {
		return stamp.writes();
	}

	public void addListener(CorpusListener listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	public void removeListener(CorpusListener listener) {
		listeners.remove(listener);
	}

	private UrlCatalog catalog() {
		UrlCatalog current = catalog;
		if (current == null) {
			UrlCatalog built = new UrlCatalog();
			for (String id : ids) {
				try {
					get(id).ifPresent(built::add);
				} catch (IOException e) {
					problems.add(id + ": " + OneLine.of(e.getMessage())); //$NON-NLS-1$
				}
			}
			catalog = built;
			return built;
		}
		return current;
	}

	@Override
	public String toString() {
		return "Corpus " + folder; //$NON-NLS-1$
	}

}
