// SPDX-License-Identifier: EPL-2.0
package dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.OneLine;
import dossier.core.language.LanguageDetector;
import dossier.core.model.Article;
import dossier.core.model.Provenance;
import dossier.core.store.Corpus;
import dossier.core.store.PutResult;
import dossier.ingest.internal.Heads;
import dossier.ingest.internal.Messages;
import dossier.ingest.internal.ZipReader;
import dossier.ingest.internal.warc.WarcImporter;
import dossier.ingest.internal.warc.WarcPages;
import dossier.ingest.internal.warc.WarcReadings;

/**
 * The import driver: takes files, folders (recursively) and .zip archives (recursively), picks the importer that
 * fits each source, stores the articles and reports per source. Bad input never stops the run: each failure is
 * one line in the {@link SourceResult} and the rest is imported.
 *
 * <pre>
 * Corpus corpus = Corpus.open(folder);
 * IngestSummary summary = new Ingest(Importers.available(), IngestOptions.defaults())
 * 		.run(List.of(Path.of("samples")), corpus::put, new IngestMonitor() {});
 * </pre>
 */
public final class Ingest {

	/** Where articles go: {@link Corpus#put} fits. */
	@FunctionalInterface
	public interface Sink {
		PutResult put(Article article, byte[] original) throws IOException;
	}

	private static final int HEAD = 8192;

	private final List<ImporterDescriptor> importers;
	private final IngestOptions options;
	/** The language of an article whose importer could not tell it: every reader of files gets the same. */
	private Function<String, String> languageDetector = LanguageDetector.standard()::detect;

	public Ingest(List<ImporterDescriptor> importers, IngestOptions options) {
		this.importers = List.copyOf(importers);
		this.options = Objects.requireNonNull(options);
	}

	/**
	 * The language detection applied to every article whose importer could not tell its language (plain text, feeds
	 * without {@code <language>}, pages without {@code lang}): a function from an article's text to a BCP 47 tag
	 * ("und" when unsure). {@link LanguageDetector#standard()} unless another is given here, so that {@code dossier
	 * import}, {@code dossier check}, {@code dossier entities}, the workbench and the cluster job read a file alike:
	 * the recognisers' and the checker's rules of a language apply only to articles known to be in it.
	 */
	public Ingest withLanguageDetection(Function<String, String> detector) {
		this.languageDetector = detector;
		return this;
	}

	public IngestOptions options() {
		return options;
	}

	/** Imports {@code paths} into {@code sink}, reporting to {@code monitor}. */
	public IngestSummary run(List<Path> paths, Sink sink, IngestMonitor monitor) {
		Instant now = Instant.now();
		List<SourceResult> results = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				List<Path> found = new ArrayList<>();
				try {
					Files.walkFileTree(path, new SimpleFileVisitor<Path>() {
						@Override
						public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
							return dir.equals(path) || !isHidden(path, dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
						}

						@Override
						public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
							if (isHidden(path, file)) {
								return FileVisitResult.CONTINUE;
							}
							if (attrs.isSymbolicLink() && Files.exists(file)) {
								String refusal = linkRefusal(path, file);
								if (refusal != null) {
									results.add(new SourceResult(file.toString(), List.of(), List.of(refusal)));
									return FileVisitResult.CONTINUE;
								}
							}
							// dangling links are listed so that they are reported, not silently skipped
							if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && isArticleFileName(file)) {
								found.add(file);
							}
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFileFailed(Path file, IOException e) {
							// one unreadable subfolder is reported; the rest of the folder is still imported
							results.add(new SourceResult(file.toString(), List.of(),
									List.of(Messages.format("cannotListFolder", oneLine(e))))); //$NON-NLS-1$
							return FileVisitResult.CONTINUE;
						}
					});
				} catch (IOException | RuntimeException e) {
					results.add(new SourceResult(path.toString(), List.of(),
							List.of(Messages.format("cannotListFolder", oneLine(e))))); //$NON-NLS-1$
				}
				found.sort(Comparator.comparing(Path::toString));
				files.addAll(found);
			} else if (Files.exists(path) && !Files.isRegularFile(path)) {
				// a FIFO, a device or a socket: reading it could block forever or never end
				results.add(new SourceResult(path.toString(), List.of(), List.of(Messages.format("notRegularFile")))); //$NON-NLS-1$
			} else {
				files.add(path);
			}
		}
		Run run = new Run(sink, monitor, now, results);
		for (int i = 0; i < files.size(); i++) {
			if (monitor.isCancelled()) {
				return new IngestSummary(results, true);
			}
			Path file = files.get(i);
			monitor.started(file.toString(), i, files.size());
			run.file(file);
		}
		return new IngestSummary(results, monitor.isCancelled());
	}

	/** Reads {@code source} without storing anything: the articles found, or the failures. For tests and tools. */
	public Reading read(Source source) {
		return read(source, UnaryOperator.identity());
	}

	private Reading read(Source source, UnaryOperator<Article> adjust) {
		List<Article> articles = new ArrayList<>();
		List<SourceResult> results = new ArrayList<>();
		Run run = new Run((article, original) -> {
			articles.add(article);
			return new PutResult(PutResult.Kind.NEW, article.id());
		}, new IngestMonitor() {
		}, Instant.now(), results);
		run.source(source, 0, adjust);
		return new Reading(articles, results.stream().flatMap(r -> r.failures().stream()).toList());
	}

	/** What {@link #read(Source)} found. */
	public record Reading(List<Article> articles, List<String> failures) {
	}

	/**
	 * Reads a web archive (WARC, WARC.gz) as the WARC importer does, one record at a time, holding nothing else: each step
	 * gives one HTML page's articles or why a page or the archive failed ({@code name!target-uri}). The caller closes {@code in}.
	 */
	public Iterator<Reading> readWarc(String name, InputStream in) throws IOException {
		return new WarcReadings(new WarcPages(in, name, options.maxBytes()), name,
				page -> read(page, article -> WarcImporter.adjust(article, page)));
	}

	private static final Pattern FOLDER_DOCUMENT = Pattern
			.compile("(?i)(readme|license|licence|copying|notice|attribution|changelog|contributing)(\\..*)?"); //$NON-NLS-1$

	/** Whether a file so named documents its folder (README, LICENSE, ATTRIBUTION...) rather than being an article. */
	public static boolean isFolderDocument(String fileName) {
		return FOLDER_DOCUMENT.matcher(fileName).matches();
	}

	/**
	 * Whether a file met while walking a folder is one to import: its name ends with an extension an importer
	 * declares, or it is a .zip. Files named explicitly are always sniffed; in a folder, a README.md or an
	 * ATTRIBUTION.md beside the articles is documentation, not an article.
	 */
	public boolean isArticleFileName(Path file) {
		String name = file.getFileName().toString();
		return name.toLowerCase(Locale.ROOT).endsWith(".zip") //$NON-NLS-1$
				|| importers.stream().anyMatch(descriptor -> descriptor.matchesFileName(name));
	}

	/**
	 * Why a symbolic link inside an imported folder is not followed, or null when it is: a link to a folder is never
	 * walked (it could loop), a link to a file outside the folder is followed only with {@link IngestOptions#followLinks}.
	 */
	private @Nullable String linkRefusal(Path root, Path link) {
		try {
			Path target = link.toRealPath();
			if (Files.isDirectory(target)) {
				return Messages.format("linkToFolder"); //$NON-NLS-1$
			}
			if (!options.followLinks() && !target.startsWith(root.toRealPath())) {
				return Messages.format("linkOutOfFolder", target); //$NON-NLS-1$
			}
			return null;
		} catch (IOException e) {
			return null; // dangling or unreadable: reading it reports why
		}
	}

	/**
	 * Whether {@code path}, or one of its folders below {@code root}, is hidden (its name starts with a dot: {@code .git},
	 * {@code .index}, an editor's {@code .swp}): walking a folder skips it.
	 */
	public static boolean isHidden(Path root, Path p) {
		for (Path part : root.relativize(p)) {
			if (part.toString().startsWith(".")) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	/** {@link OneLine#of(Throwable)}, a missing file or a refused read said in the user's words. */
	static String oneLine(Throwable e) {
		return e instanceof NoSuchFileException ? Messages.format("noSuchFile") //$NON-NLS-1$
				: e instanceof AccessDeniedException ? Messages.format("accessDenied") : OneLine.of(e); //$NON-NLS-1$
	}

	/** The best importer for {@code source}, or null. */
	@Nullable ImporterDescriptor choose(Source source) {
		byte[] head = Heads.sniffable(source.head(HEAD));
		@Nullable ImporterDescriptor best = null;
		int bestScore = 0;
		for (ImporterDescriptor descriptor : importers) {
			int score;
			try {
				score = descriptor.importer().sniff(source, head);
			} catch (RuntimeException | LinkageError e) {
				continue; // a broken contribution must not stop the import
			}
			if (score <= 0) {
				continue;
			}
			if (descriptor.matchesContentType(source.contentType())) {
				score += 5;
			}
			if (descriptor.matchesFileName(source.fileName())) {
				score += 5;
			}
			if (score > bestScore || score == bestScore && best != null && descriptor.priority() > best.priority()) {
				best = descriptor;
				bestScore = score;
			}
		}
		return best;
	}

	/** State of one run: where results go. */
	private final class Run {
		final Sink sink;
		final IngestMonitor monitor;
		final Instant now;
		final List<SourceResult> results;
		/** What the archives of the file being read have used of the archive limits. */
		ZipReader.Budget budget = new ZipReader.Budget();

		Run(Sink sink, IngestMonitor monitor, Instant now, List<SourceResult> results) {
			this.sink = sink;
			this.monitor = monitor;
			this.now = now;
			this.results = results;
		}

		void file(Path file) {
			budget = new ZipReader.Budget(); // the archive limits count everything read from one file together
			String name = file.toString();
			byte[] bytes;
			try {
				if (!Files.exists(file)) {
					finish(name, List.of(), List.of(Messages.format("noSuchFile"))); //$NON-NLS-1$
					return;
				}
				long size = Files.size(file);
				if (size > options.maxBytes()) {
					finish(name, List.of(), List.of(tooLarge(size)));
					return;
				}
				bytes = Files.readAllBytes(file);
			} catch (IOException | RuntimeException e) {
				finish(name, List.of(), List.of(Messages.format("cannotRead", oneLine(e)))); //$NON-NLS-1$
				return;
			} catch (OutOfMemoryError e) {
				finish(name, List.of(), List.of(Messages.format("outOfMemory"))); //$NON-NLS-1$
				return;
			}
			try {
				source(Source.of(name, bytes), 0);
			} catch (OutOfMemoryError e) {
				// decoding and parsing take several copies of a big text: this file fails, the batch goes on
				bytes = null;
				finish(name, List.of(), List.of(Messages.format("outOfMemory"))); //$NON-NLS-1$
			}
		}

		String tooLarge(long size) {
			return Messages.format("tooLarge", megabytes(size), megabytes(options.maxBytes())); //$NON-NLS-1$
		}

		/** A leaf or an archive. */
		void source(@Nullable Source source, int depth) {
			source(source, depth, UnaryOperator.identity());
		}

		void source(@Nullable Source source, int depth, UnaryOperator<Article> adjust) {
			byte[] bytes = source.bytes();
			if (bytes.length > options.maxBytes()) {
				finish(source.name(), List.of(), List.of(tooLarge(bytes.length)));
				return;
			}
			if (ZipReader.isZip(bytes) && !source.lowerFileName().endsWith(".jar")) { //$NON-NLS-1$
				archive(source, depth);
				return;
			}
			if (Heads.isBlank(bytes)) {
				finish(source.name(), List.of(), List.of(Messages.format("empty"))); //$NON-NLS-1$
				return;
			}
			List<PutResult> stored = new ArrayList<>();
			List<String> failures = new ArrayList<>();
			readWith(source, stored, failures, adjust);
			if (stored.isEmpty() && failures.isEmpty()) {
				failures.add(Messages.format("noArticle")); //$NON-NLS-1$
			}
			finish(source.name(), stored, failures);
		}

		void archive(Source source, int depth) {
			if (depth >= options.maxArchiveDepth()) {
				finish(source.name(), List.of(), List.of(Messages.format("archiveTooDeep", options.maxArchiveDepth()))); //$NON-NLS-1$
				return;
			}
			List<String> failures = new ArrayList<>();
			try {
				ZipReader.read(source, options, budget, monitor::isCancelled, entry -> source(entry, depth + 1), failures::add);
			} catch (IOException | RuntimeException e) {
				failures.add(Messages.format("badArchive", oneLine(e))); //$NON-NLS-1$
			}
			if (!failures.isEmpty()) {
				finish(source.name(), List.of(), failures);
			}
		}

		void readWith(Source source, List<PutResult> stored, List<String> failures, UnaryOperator<Article> adjust) {
			ImporterDescriptor descriptor = choose(source);
			if (descriptor == null) {
				failures.add(Messages.format(looksBinary(source.head(HEAD)) ? "binary" : "unrecognised")); //$NON-NLS-1$ //$NON-NLS-2$
				return;
			}
			Context context = new Context(source, stored, failures, adjust);
			try {
				descriptor.importer().read(source, context);
			} catch (ImportException e) {
				failures.add(oneLine(e));
			} catch (IOException e) {
				failures.add(Messages.format("cannotRead", oneLine(e))); //$NON-NLS-1$
			} catch (RuntimeException | StackOverflowError e) {
				failures.add(Messages.format("importerFailed", descriptor.id(), //$NON-NLS-1$
						e.getClass().getSimpleName() + ": " + oneLine(e))); //$NON-NLS-1$
			}
		}

		void finish(String name, List<PutResult> stored, List<String> failures) {
			SourceResult result = new SourceResult(name, stored, failures);
			results.add(result);
			monitor.finished(result);
		}

		/** What an importer reports to. */
		private final class Context implements ImportContext {
			final Source source;
			final List<PutResult> stored;
			final List<String> failures;
			final UnaryOperator<Article> adjust;

			Context(Source source, List<PutResult> stored, List<String> failures, UnaryOperator<Article> adjust) {
				this.source = source;
				this.stored = stored;
				this.failures = failures;
				this.adjust = adjust;
			}

			@Override
			public void add(Article article, byte[] original) {
				try {
					Article adjusted = adjust.apply(article);
					if (Article.UNDETERMINED.equals(adjusted.language())) {
						String language = languageDetector.apply(adjusted.text());
						if (language != null && !language.isBlank() && !Article.UNDETERMINED.equals(language)) {
							adjusted = adjusted.toBuilder().language(language).build();
						}
					}
					stored.add(sink.put(adjusted, original));
				} catch (IOException e) {
					failures.add(Messages.format("cannotStore", oneLine(e))); //$NON-NLS-1$
				} catch (RuntimeException e) {
					failures.add(Messages.format("cannotStore", oneLine(e))); //$NON-NLS-1$
				}
			}

			@Override
			public void fail(String part, @Nullable String reason) {
				String why = reason == null ? "" : reason; //$NON-NLS-1$
				failures.add(part.isEmpty() ? why : part + ": " + why); //$NON-NLS-1$
			}

			@Override
			public boolean isCancelled() {
				return monitor.isCancelled();
			}

			@Override
			public void importNested(Source nested, UnaryOperator<Article> nestedAdjust) throws ImportException {
				if (nested.bytes().length > options.maxBytes()) {
					throw new ImportException(tooLarge(nested.bytes().length));
				}
				List<String> nestedFailures = new ArrayList<>();
				int before = stored.size();
				readWith(nested, stored, nestedFailures, article -> nestedAdjust.apply(adjust.apply(article)));
				if (!nestedFailures.isEmpty()) {
					throw new ImportException(String.join("; ", nestedFailures)); //$NON-NLS-1$
				}
				if (stored.size() == before) {
					throw new ImportException(Messages.format("noArticle")); //$NON-NLS-1$
				}
			}

			@Override
			public IngestOptions options() {
				return options;
			}

			@Override
			public Provenance provenance(Source from, String importerId, String charset, List<String> removed,
					List<String> warnings) {
				return new Provenance(from.name(), now, importerId, null, charset, removed, warnings);
			}
		}
	}

	/** A size for people: 980 bytes, 16.0 KB, 3.2 MB, 1.5 GB. */
	public static String megabytes(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes"; //$NON-NLS-1$
		}
		String[] units = { "KB", "MB", "GB", "TB" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		double value = bytes / 1024.0;
		int unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]); //$NON-NLS-1$
	}

	/** Control bytes other than white space in the head, and no UTF-16/32 byte order mark: not text. */
	public static boolean looksBinary(byte[] head) {
		if (head.length >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff
				|| (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
			return false;
		}
		if (TextDecoder.utf16WithoutBom(head) != null) {
			return false; // UTF-16 without a byte order mark: every other byte is a NUL (Latin) or 0x06 (Arabic)
		}
		int control = 0;
		int nul = 0;
		for (byte b : head) {
			int c = b & 0xff;
			if (c == 0) {
				nul++;
			} else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
				control++;
			}
		}
		// a stray NUL in a text (a bad copy) does not make it binary; NULs throughout do
		return nul > head.length / 1000 + 1 || control > head.length / 20 + 1;
	}
}
