package dossier.core.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dossier.core.internal.store.AtomicFiles;
import dossier.core.internal.store.WriterLocks;
import dossier.core.model.Article;
import dossier.core.model.Provenance;

/**
 * A corpus: a folder of articles, one pretty JSON file per article with the original bytes beside it (layout in
 * {@code docs/format.md}). Plain Java, usable from a test, the command line or the workbench.
 * <p>
 * {@link #put(Article, byte[])} recognises duplicates (same content) and updates (same source or canonical URL,
 * other content). Every write is atomic (temporary file, then an atomic move), so a process killed mid-write
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

	private static final String FORMAT_NAME = "dossier-corpus"; //$NON-NLS-1$
	/** Suffix of the second name an update gives the previous original until the new article is switched in. */
	private static final String PREVIOUS_SUFFIX = ".previous"; //$NON-NLS-1$
	private static final Pattern ID = Pattern.compile("[0-9a-z][0-9a-z_-]{1,63}"); //$NON-NLS-1$
	private static final String GITIGNORE = "# Written by Dossier: the index is rebuilt from the articles.\n" //$NON-NLS-1$
			+ "/" + INDEX + "/\n" //$NON-NLS-1$ //$NON-NLS-2$
			+ ".*" + AtomicFiles.TEMP_SUFFIX + "\n" //$NON-NLS-1$ //$NON-NLS-2$
			+ ".*" + ORIGINAL_EXTENSION + PREVIOUS_SUFFIX + "\n" //$NON-NLS-1$ //$NON-NLS-2$
			+ "/" + WriterLocks.FILE + "\n"; //$NON-NLS-1$ //$NON-NLS-2$

	private final Path folder;
	private final Path articlesFolder;
	private final TreeSet<String> ids = new TreeSet<>();
	private final List<CorpusListener> listeners = new CopyOnWriteArrayList<>();
	private final List<String> problems = new CopyOnWriteArrayList<>();

	/** Built on the first put: what duplicate and update detection compare against. */
	private Catalog catalog;
	/** Built on the first {@link #stamp()}: a hash per article file, combined order-independently. */
	private Map<String, Long> fileHashes;
	private long stampXor;
	private long writes;
	/** Whether this instance has cleaned up after killed writers since it took the writer lock first. */
	private boolean cleaned;

	private Corpus(Path folder) {
		this.folder = folder;
		this.articlesFolder = folder.resolve(ARTICLES);
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
		corpus.checkOrCreateDescriptor();
		Files.createDirectories(corpus.articlesFolder);
		Path gitignore = absolute.resolve(".gitignore"); //$NON-NLS-1$
		if (!Files.exists(gitignore)) {
			AtomicFiles.write(gitignore, GITIGNORE.getBytes(StandardCharsets.UTF_8));
		} else {
			ignoreLockFile(gitignore);
		}
		corpus.ids.addAll(corpus.listIds());
		return corpus;
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

	private void checkOrCreateDescriptor() throws IOException {
		Path descriptor = folder.resolve(DESCRIPTOR);
		if (!Files.exists(descriptor)) {
			AtomicFiles.write(descriptor, ("{\n  \"format\": \"" + FORMAT_NAME + "\",\n  \"version\": " //$NON-NLS-1$ //$NON-NLS-2$
					+ FORMAT_VERSION + "\n}\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			return;
		}
		String format;
		int version;
		try {
			String text;
			try {
				text = Files.readString(descriptor, StandardCharsets.UTF_8);
			} catch (java.nio.charset.CharacterCodingException e) {
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
		if (version > FORMAT_VERSION || version < 1) {
			throw new CorpusFormatException("corpus " + folder + " has format version " + version //$NON-NLS-1$ //$NON-NLS-2$
					+ "; this Dossier reads version " + FORMAT_VERSION + " (update Dossier to open it)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
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
			TreeSet<String> found = listIds();
			// files may also have changed in place: what duplicate detection and the stamp know is rebuilt lazily
			catalog = null;
			fileHashes = null;
			if (found.equals(ids)) {
				return false;
			}
			ids.clear();
			ids.addAll(found);
			return true;
		}
	}

	private TreeSet<String> listIds() throws IOException {
		TreeSet<String> found = new TreeSet<>();
		try (DirectoryStream<Path> shards = Files.newDirectoryStream(articlesFolder)) {
			for (Path shard : shards) {
				if (AtomicFiles.isTemporary(shard) || !Files.isDirectory(shard)) {
					continue;
				}
				try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
					for (Path file : files) {
						String name = file.getFileName().toString();
						if (!AtomicFiles.isTemporary(file) && name.endsWith(ARTICLE_EXTENSION)) {
							String id = name.substring(0, name.length() - ARTICLE_EXTENSION.length());
							if (ID.matcher(id).matches() && shard.getFileName().toString().equals(shardOf(id))) {
								found.add(id);
							}
						}
					}
				}
			}
		}
		return found;
	}

	/**
	 * Deletes what killed writers left behind: temporary files, and originals without their article (a new
	 * article's original is switched in first, so a writer killed between the two leaves it alone). Called with
	 * the writer lock held, when no write can be in progress. Best effort: what cannot be deleted stays.
	 */
	private void cleanUp() {
		cleaned = true;
		try (DirectoryStream<Path> shards = Files.newDirectoryStream(articlesFolder)) {
			for (Path shard : shards) {
				if (AtomicFiles.isTemporary(shard)) {
					Files.deleteIfExists(shard);
					continue;
				}
				if (!Files.isDirectory(shard)) {
					continue;
				}
				try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
					for (Path file : files) {
						String name = file.getFileName().toString();
						if (AtomicFiles.isTemporary(file)) {
							Files.deleteIfExists(file);
						} else if (name.startsWith(".") && name.endsWith(ORIGINAL_EXTENSION + PREVIOUS_SUFFIX)) { //$NON-NLS-1$
							restoreOrDrop(file, name.substring(1, name.length() - ORIGINAL_EXTENSION.length() - PREVIOUS_SUFFIX.length()));
						} else if (name.endsWith(ORIGINAL_EXTENSION) && !Files.exists(file.resolveSibling(
								name.substring(0, name.length() - ORIGINAL_EXTENSION.length()) + ARTICLE_EXTENSION))) {
							Files.deleteIfExists(file);
						}
					}
				}
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			problems.add("could not clean up after an interrupted write: " + ArticleJson.oneLine(e.getMessage())); //$NON-NLS-1$
		}
	}

	/**
	 * The previous original an update killed mid-switch left: put back when the article is still the previous one
	 * (it names that original), else dropped (the article was switched; only the deletion was missed).
	 */
	private void restoreOrDrop(Path previous, String id) throws IOException {
		byte[] bytes = Files.readAllBytes(previous);
		if (ID.matcher(id).matches() && matchesArticle(id, bytes)) {
			AtomicFiles.move(previous, originalFile(id));
		} else {
			Files.deleteIfExists(previous);
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
		return ids().stream().map(id -> {
			try {
				return get(id).orElse(null);
			} catch (IOException e) {
				problems.add(id + ": " + ArticleJson.oneLine(e.getMessage())); //$NON-NLS-1$
				return null;
			}
		}).filter(Objects::nonNull);
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
		if (!ID.matcher(id).matches()) {
			return Optional.empty();
		}
		String json;
		try {
			json = Files.readString(articleFile(id), StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (java.nio.charset.CharacterCodingException e) {
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
		if (!ID.matcher(id).matches()) {
			return Optional.empty();
		}
		Path previous = previousOriginalFile(id);
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
		return articlesFolder.resolve(shardOf(id)).resolve(id + ARTICLE_EXTENSION);
	}

	/** Where the original bytes of the article with {@code id} are kept (whether or not they exist). */
	public Path originalFile(String id) {
		return articlesFolder.resolve(shardOf(id)).resolve(id + ORIGINAL_EXTENSION);
	}

	private static String shardOf(String id) {
		return id.substring(0, 2);
	}

	/**
	 * Stores {@code article} with its original bytes.
	 * <ul>
	 * <li>The same text (by {@link Article#contentId(String)}) is already stored: {@link PutResult.Kind#DUPLICATE},
	 * nothing written.</li>
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
			Catalog cat = catalog();
			String contentId = Article.contentId(article.text());
			String duplicate = cat.byContent.get(contentId);
			if (duplicate != null) {
				return new PutResult(PutResult.Kind.DUPLICATE, duplicate);
			}
			String existing = null;
			for (String url : urlKeys(article)) {
				existing = cat.byUrl.get(url);
				if (existing != null) {
					break;
				}
			}
			if (existing == null && ids.contains(article.id())) {
				existing = article.id();
			}
			stored = existing == null ? article : article.toBuilder().id(existing).build();
			if (!ID.matcher(stored.id()).matches()) {
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
		Path json = articleFile(id);
		Path orig = originalFile(id);
		Files.createDirectories(json.getParent());
		// Both new files are written in full under temporary names before either replaces anything: a full disk or
		// an error while writing leaves the previous pair (article and original) as it was. The previous original
		// is kept under a second name until the article is switched, so that a writer killed between the two
		// switches leaves both halves of the previous pair: readers take the original the article names, and the
		// next writer puts it back (cleanUp). The original is switched first, so that a new article file is only
		// ever visible with its original beside it.
		Path origTemp = original != null ? AtomicFiles.temporaryFor(orig) : null;
		Path jsonTemp = AtomicFiles.temporaryFor(json);
		Path previous = null;
		boolean switched = false;
		try {
			if (origTemp != null) {
				Files.write(origTemp, original);
			}
			Files.write(jsonTemp, ArticleJson.toPrettyJson(article).getBytes(StandardCharsets.UTF_8));
			if (Files.exists(orig)) {
				previous = previousOriginalFile(id);
				keep(orig, previous);
			}
			if (origTemp != null) {
				AtomicFiles.move(origTemp, orig);
			} else {
				Files.deleteIfExists(orig);
			}
			AtomicFiles.move(jsonTemp, json);
			switched = true;
		} finally {
			if (origTemp != null) {
				Files.deleteIfExists(origTemp);
			}
			Files.deleteIfExists(jsonTemp);
			if (previous != null) {
				if (switched) {
					Files.deleteIfExists(previous);
				} else if (Files.exists(previous)) {
					AtomicFiles.move(previous, orig); // the article was not switched: its original goes back
				}
			}
		}
		ids.add(id);
		touched(id, json);
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

	/** Where an update keeps the previous original of {@code id} until the new article is switched in. */
	private Path previousOriginalFile(String id) {
		return articlesFolder.resolve(shardOf(id)).resolve("." + id + ORIGINAL_EXTENSION + PREVIOUS_SUFFIX); //$NON-NLS-1$
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
			touched(id, null);
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
		if (fileHashes == null) {
			fileHashes = new HashMap<>();
			stampXor = 0;
			for (String id : ids) {
				long hash = fileHash(id, articleFile(id));
				fileHashes.put(id, hash);
				stampXor ^= hash;
			}
		}
		return Integer.toHexString(FORMAT_VERSION) + "-" + Integer.toHexString(ids.size()) + "-" //$NON-NLS-1$ //$NON-NLS-2$
				+ Long.toHexString(stampXor);
	}

	/** Number of writes (puts that wrote, deletes) this instance made. */
	public synchronized long writes() {
		return writes;
	}

	private void touched(String id, Path file) {
		writes++;
		if (fileHashes == null) {
			return;
		}
		Long old = fileHashes.remove(id);
		if (old != null) {
			stampXor ^= old;
		}
		if (file != null) {
			long hash = fileHash(id, file);
			fileHashes.put(id, hash);
			stampXor ^= hash;
		}
	}

	private static long fileHash(String id, Path file) {
		long size = -1;
		long modified = -1;
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			size = attributes.size();
			modified = attributes.lastModifiedTime().toMillis() * 1_000_000L
					+ attributes.lastModifiedTime().toInstant().getNano() % 1_000_000;
		} catch (IOException e) {
			// counted as missing
		}
		long h = 1125899906842597L;
		for (int i = 0; i < id.length(); i++) {
			h = 31 * h + id.charAt(i);
		}
		h = mix(h ^ size);
		return mix(h ^ modified);
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	public void addListener(CorpusListener listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	public void removeListener(CorpusListener listener) {
		listeners.remove(listener);
	}

	/**
	 * The keys under which {@code article}'s URLs are compared: scheme and host lower-cased, the fragment and a
	 * trailing slash dropped.
	 */
	static Set<String> urlKeys(Article article) {
		Set<String> keys = new LinkedHashSet<>();
		for (String url : new String[] { article.canonicalUrl(), article.sourceUrl() }) {
			String key = urlKey(url);
			if (key != null) {
				keys.add(key);
			}
		}
		return keys;
	}

	static String urlKey(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String trimmed = url.strip();
		try {
			URI uri = new URI(trimmed);
			if (uri.getScheme() != null && uri.getRawAuthority() != null) {
				String path = uri.getRawPath() == null ? "" : uri.getRawPath(); //$NON-NLS-1$
				if (path.endsWith("/")) { //$NON-NLS-1$
					path = path.substring(0, path.length() - 1);
				}
				String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
				if (scheme.equals("http")) { //$NON-NLS-1$
					scheme = "https"; // the same page over either //$NON-NLS-1$
				}
				return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path //$NON-NLS-1$
						+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (URISyntaxException e) {
			// compared as written
		}
		int hash = trimmed.indexOf('#');
		return hash >= 0 ? trimmed.substring(0, hash) : trimmed;
	}

	private Catalog catalog() {
		if (catalog == null) {
			Catalog built = new Catalog();
			for (String id : ids) {
				try {
					get(id).ifPresent(built::add);
				} catch (IOException e) {
					problems.add(id + ": " + ArticleJson.oneLine(e.getMessage())); //$NON-NLS-1$
				}
			}
			catalog = built;
		}
		return catalog;
	}

	/** What put compares against: content ids and URL keys of the stored articles. */
	private static final class Catalog {
		final Map<String, String> byContent = new HashMap<>();
		final Map<String, String> byUrl = new HashMap<>();

		void add(Article article) {
			byContent.put(Article.contentId(article.text()), article.id());
			for (String url : urlKeys(article)) {
				byUrl.putIfAbsent(url, article.id());
			}
		}

		void remove(Article article) {
			byContent.remove(Article.contentId(article.text()), article.id());
			for (String url : urlKeys(article)) {
				byUrl.remove(url, article.id());
			}
		}
	}

	@Override
	public String toString() {
		return "Corpus " + folder; //$NON-NLS-1$
	}

}
