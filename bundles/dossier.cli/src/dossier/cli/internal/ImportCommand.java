// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.UsageException;
import dossier.core.OneLine;
import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusBusyException;
import dossier.core.store.CorpusLock;
import dossier.core.store.PutResult;
import dossier.core.store.CorpusListener;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;
import dossier.entities.store.BackgroundRecognition;
import dossier.entities.store.EntityStore;
import dossier.index.BackgroundUpdates;
import dossier.index.CorpusIndex;
import dossier.index.CorpusIndexes;
import dossier.index.IndexInUseException;
import dossier.ingest.Importers;
import dossier.ingest.Ingest;
import dossier.ingest.IngestMonitor;
import dossier.ingest.IngestOptions;
import dossier.ingest.IngestSummary;
import dossier.lineage.Lineage;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;

/**
 * {@code dossier import --corpus DIR [--max-size MB] PATH...}: imports files, folders and zip archives into a
 * corpus (created when missing); {@code -} reads standard input. Progress on stderr; the summary on stdout. Exit 0
 * when everything was read, 1 when some sources failed (each listed with its one-line reason, the rest imported),
 * 2 on a usage error or when the corpus cannot be opened.
 */
@Command(name = "import", header = "import text, HTML, RSS/Atom, WARC, JSON Lines files, folders and zips into a corpus", //$NON-NLS-1$ //$NON-NLS-2$
		synopsisHeading = "usage: ", descriptionHeading = "%n", optionListHeading = "%n", exitCodeListHeading = "%nExit status:%n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		description = {
				"Imports each PATH into the corpus in DIR (created when missing): files, folders (recursively, hidden ones skipped) " //$NON-NLS-1$
						+ "and .zip archives (recursively); - reads standard input (named stdin in the articles' provenance). " //$NON-NLS-1$
						+ "Formats: plain text articles, HTML pages, RSS and Atom feeds, WARC (.warc, .warc.gz), JSON Lines of Dossier " //$NON-NLS-1$
						+ "articles (as 'dossier export' writes them), and any format contributed to the extension point dossier.importers. " //$NON-NLS-1$
						+ "In folders and archives only files with an extension an importer declares (txt, html, xml, rss, atom, warc, " //$NON-NLS-1$
						+ "jsonl, zip...) are read, so a README.md or a picture beside the articles is left alone; a file named " //$NON-NLS-1$
						+ "explicitly is always read.", //$NON-NLS-1$
				"", //$NON-NLS-1$
				"The same article imported again (the same text at the same address) is a duplicate; the same text at another " //$NON-NLS-1$
						+ "address or from another publisher is kept as a republication; the same URL with other content updates the " //$NON-NLS-1$
						+ "article. One process " //$NON-NLS-1$
						+ "writes a corpus at a time. Progress goes to stderr (one line per file, or on a terminal a line rewritten " //$NON-NLS-1$
						+ "in place: articles, rate, time left), the summary to stdout: how many articles were stored, and every " //$NON-NLS-1$
						+ "file that failed with its reason.", //$NON-NLS-1$
				"", //$NON-NLS-1$
				"The import recognises the people, places, organisations and dates of every article it stores (and of an article " //$NON-NLS-1$
						+ "imported again that has none yet) and stores them beside it, as the workbench does, with the corpus's " //$NON-NLS-1$
						+ "catalogue and keeping the analysts' decisions: 'dossier lineage' then links translations through the " //$NON-NLS-1$
						+ "people and places they name in their own spelling. It costs a second or two to load the recognisers and " //$NON-NLS-1$
						+ "a few milliseconds per article, several times the rest of the import: --no-entities skips it.", //$NON-NLS-1$
				"", //$NON-NLS-1$
				"An import does not link articles to their originals and copies unless --link is given: linking from the command " //$NON-NLS-1$
						+ "line reads the whole corpus (the workbench links on import, keeping its index in memory). Without it, " //$NON-NLS-1$
						+ "run 'dossier lineage --corpus DIR' after importing." }, //$NON-NLS-1$
		exitCodeList = { "0:all imported", "1:some sources failed (listed, the rest imported)", "2:usage or I/O error" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
public class ImportCommand extends ParsedCommand {

	@Option(names = { "-c", "--corpus" }, paramLabel = "DIR", required = true, order = 1, description = "the corpus folder") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	Path folder;

	@Option(names = "--max-size", paramLabel = "MB", order = 2, description = { //$NON-NLS-1$ //$NON-NLS-2$
			"largest file (or archive entry, WARC record) read, default 256 or an eighth of the memory (DOSSIER_VMARGS=-Xmx...) when that is smaller" }) //$NON-NLS-1$
	String maxSize;

	@Option(names = "--follow-links", order = 3, description = //$NON-NLS-1$
			"follow symbolic links in a folder to files outside it (reported and skipped otherwise); links to folders are never followed") //$NON-NLS-1$
	boolean followLinks;

	@Option(names = "--wait", paramLabel = "SECONDS", arity = "0..1", order = 4, preprocessor = AttachedValueOnly.class, //$NON-NLS-1$ //$NON-NLS-2$
			description = "when another process is writing the corpus, wait for it to finish (--wait=SECONDS: for at most that long) instead of stopping at once") //$NON-NLS-1$
	String wait;

	@Option(names = "--link", order = 5, description = //$NON-NLS-1$
			"then link the corpus's articles to their originals and copies and store the links, as 'dossier lineage' does (reads every article of the corpus)") //$NON-NLS-1$
	boolean link;

	@Option(names = "--no-entities", order = 6, description = //$NON-NLS-1$
			"do not recognise the articles' entities (faster; 'dossier lineage' then links without entity ids)") //$NON-NLS-1$
	boolean noEntities;

	@Parameters(paramLabel = "PATH", description = "a file, a folder, a .zip, or - for standard input") //$NON-NLS-1$ //$NON-NLS-2$
	List<String> operands = new ArrayList<>();

	@Override
	protected int execute(Console console) throws UsageException {
		if (operands.isEmpty()) {
			throw new UsageException("nothing to import: give one or more PATHs"); //$NON-NLS-1$
		}
		IngestOptions limits = IngestOptions.defaults();
		if (maxSize != null) {
			try {
				double megabytes = Double.parseDouble(maxSize);
				if (megabytes <= 0) {
					throw new NumberFormatException();
				}
				limits = limits.withMaxBytes((long) (megabytes * 1024 * 1024));
			} catch (NumberFormatException e) {
				throw new UsageException("--max-size takes a positive number of megabytes, not '" + maxSize + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		limits = limits.withFollowLinks(followLinks);
		Duration waitFor = waitOption(wait);
		Corpus corpus;
		try {
			corpus = Corpus.open(folder);
		} catch (IOException e) {
			console.error("cannot open the corpus " + folder + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.USAGE_OR_IO;
		}
		Ingest ingest = new Ingest(Importers.available(), limits);
		int imported;
		// One writer at a time: a second import is turned away before it reads anything, not article by article.
		try (CorpusLock lock = lock(corpus, waitFor, console)) {
			StandardInput[] stdin = new StandardInput[1];
			try {
				List<Path> paths = StandardInput.paths(operands, console.in(), limits.maxBytes(), stdin);
				imported = importInto(corpus, ingest, paths, stdin[0], !noEntities, console);
			} finally {
				if (stdin[0] != null) {
					stdin[0].close();
				}
			}
		} catch (CorpusBusyException e) {
			console.error(e.getMessage() + "; wait for it to finish or give --wait"); //$NON-NLS-1$
			return ExitCode.USAGE_OR_IO;
		} catch (IOException e) {
			console.error(e.getMessage());
			return ExitCode.USAGE_OR_IO;
		}
		return link ? Math.max(imported, link(corpus, console)) : imported;
	}

	/**
	 * {@code --link}: the corpus linked as {@code dossier lineage} links it (every article read, through one fresh
	 * index: a command-line run keeps nothing in memory between runs), its links stored with the analysts' decisions.
	 */
	private static int link(Corpus corpus, Console console) {
		try {
			LineageCommand.noteArticlesWithoutEntityIds(corpus, console);
			Lineage.Result result = Lineage.compute(corpus, LineageCommand.storedEntityIds(corpus));
			List<LineageLink> current = result.file().current(Set.copyOf(corpus.ids()));
			if (!console.quiet()) {
				console.out().printf("linked %d articles: %d links in %s%n", result.articles(), current.size(), //$NON-NLS-1$
						corpus.folder().resolve(LineageFile.FILE_NAME));
			}
			return ExitCode.OK;
		} catch (IOException e) {
			console.error("the articles were imported but not linked (" + OneLine.of(e) + "); run dossier lineage --corpus " //$NON-NLS-1$ //$NON-NLS-2$
					+ corpus.folder());
			return ExitCode.PROBLEMS;
		}
	}

	private static CorpusLock lock(Corpus corpus, Duration wait, Console console) throws IOException {
		try {
			return corpus.lockForWriting("dossier import", Duration.ZERO); //$NON-NLS-1$
		} catch (CorpusBusyException e) {
			if (wait.isZero()) {
				throw e;
			}
			console.notes().println("waiting: " + Console.printable(e.getMessage())); //$NON-NLS-1$
			return corpus.lockForWriting("dossier import", wait); //$NON-NLS-1$
		}
	}

	/**
	 * Imports with the writer lock held, the index following. The summary counts what {@code Corpus.put} stored,
	 * whatever happens to the index: an index that cannot be opened or committed (a full disk) is reported after
	 * it, and the next search rebuilds it from the stored articles.
	 */
	private static int importInto(Corpus corpus, Ingest ingest, List<Path> paths, StandardInput stdin, boolean entities,
			Console console) {
		String[] indexProblem = new String[1];
		CorpusIndex index = null;
		BackgroundUpdates updates = null;
		CorpusListener indexing = null;
		try {
			index = openIndex(corpus);
			// The index follows the import, so the next search does not have to rebuild it; articles are analysed
			// for it on other threads while the next ones are read and stored.
			updates = new BackgroundUpdates(index);
			indexing = CorpusIndexes.follow(corpus, updates);
		} catch (IndexInUseException e) {
			// a search is rebuilding it: nothing is wrong, and the next search brings it up to date
			console.notes().println("note: the search index is being rebuilt by another program; the next search updates it"); //$NON-NLS-1$
		} catch (IOException | UncheckedIOException e) {
			indexProblem[0] = OneLine.of(e);
		}
		EntityStore store = new EntityStore(corpus.folder());
		try {
			// the writer lock is ours: what an import killed while storing mentions left goes (Corpus does the same
			// for the articles' pairs)
			store.deleteKilledWritersTemporaries();
		} catch (IOException | UncheckedIOException e) {
			console.notes().println("note: could not clean up after an interrupted write of entity mentions: " + OneLine.of(e)); //$NON-NLS-1$
		}
		BackgroundRecognition recognition = entities ? new BackgroundRecognition(store, () -> engine(store, console)) : null;
		CorpusListener recognising = recognition == null ? null : recognising(recognition);
		if (recognising != null) {
			corpus.addListener(recognising);
		}
		IngestSummary summary;
		BackgroundRecognition.Summary recognised = null;
		String recognitionProblem = null;
		try (Progress progress = new Progress(console, stdin)) {
			Ingest.Sink sink = progress.counting(recognition == null ? corpus::put : (article, original) -> {
				PutResult result = corpus.put(article, original);
				// an article imported again before imports recognised (or with --no-entities) gets its mentions now
				if (result.kind() == PutResult.Kind.DUPLICATE && !store.hasMentions(result.id())) {
					corpus.get(result.id()).ifPresent(recognition::recognise);
				}
				return result;
			});
			summary = ingest.run(paths, stdin == null ? sink : stdin.relabel(sink), progress);
			if (recognition != null) {
				recognised = recognition.finish();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			recognitionProblem = "interrupted"; //$NON-NLS-1$
			summary = null;
		} finally {
			if (indexing != null) {
				corpus.removeListener(indexing);
			}
			if (recognising != null) {
				corpus.removeListener(recognising);
			}
			if (recognition != null) {
				recognition.close();
			}
		}
		if (summary == null) {
			console.error("the import was interrupted; the articles stored so far are kept"); //$NON-NLS-1$
			return ExitCode.PROBLEMS;
		}
		if (stdin != null) {
			summary = stdin.relabel(summary);
		}
		if (updates != null) {
			try (BackgroundUpdates finishing = updates) {
				updates.finish().ifPresent(e -> indexProblem[0] = OneLine.of(e));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				indexProblem[0] = "interrupted"; //$NON-NLS-1$
			}
		}
		if (index != null) {
			try (CorpusIndex closing = index) {
				if (indexProblem[0] == null) {
					index.commit();
				}
			} catch (IOException | UncheckedIOException e) {
				indexProblem[0] = OneLine.of(e);
			}
		}
		if (!console.quiet()) {
			console.out().printf("imported %d, updated %d, duplicates %d, failed %d%n", summary.imported(), //$NON-NLS-1$
					summary.updated(), summary.duplicates(), summary.failures().size());
		}
		for (String failure : summary.failures()) {
			console.out().println("failed: " + Console.printable(failure)); //$NON-NLS-1$
		}
		if (recognised != null && !console.quiet()) {
			console.out().printf("entities recognised in %d articles%n", recognised.recognised()); //$NON-NLS-1$
		}
		if (!console.quiet()) {
			console.out().printf("corpus %s: %d articles%n", corpus.folder(), corpus.size()); //$NON-NLS-1$
		}
		if (recognised != null && recognised.failed() > 0) {
			recognitionProblem = recognised.failed() + " not recognised, first: " //$NON-NLS-1$
					+ Console.printable(recognised.firstFailures().get(0));
		}
		if (recognitionProblem != null) {
			console.error("the entities of some articles were not stored (" + recognitionProblem //$NON-NLS-1$
					+ "); they are imported, and link without entity ids until recognised (import them again)"); //$NON-NLS-1$
		}
		if (indexProblem[0] != null) {
			console.error("the search index of " + corpus.folder() + " was not updated (" + indexProblem[0] //$NON-NLS-1$ //$NON-NLS-2$
					+ "); the articles counted above are stored, and the next search rebuilds the index from them"); //$NON-NLS-1$
			return ExitCode.PROBLEMS;
		}
		return summary.failures().isEmpty() && recognitionProblem == null ? ExitCode.OK : ExitCode.PROBLEMS;
	}

	/** Each article stored or replaced goes to recognition. */
	private static CorpusListener recognising(BackgroundRecognition recognition) {
		return new CorpusListener() {
			@Override
			public void stored(Article article) {
				recognition.recognise(article);
			}
		};
	}

	/**
	 * The engine the workbench's build recognises with: every recogniser, the corpus's catalogue (an unreadable one is
	 * reported and an empty one used, as the workbench does).
	 */
	private static EntityEngine engine(EntityStore store, Console console) {
		Catalogue catalogue;
		try {
			catalogue = store.loadCatalogue();
		} catch (IOException | RuntimeException e) {
			console.error("the corpus's entity catalogue cannot be read (" + OneLine.of(e) + "); recognising without it"); //$NON-NLS-1$ //$NON-NLS-2$
			catalogue = new Catalogue();
		}
		return EntityEngine.create(catalogue);
	}

	/** The corpus's index, waiting a little for a search that rebuilds it to finish. */
	private static CorpusIndex openIndex(Corpus corpus) throws IOException {
		long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
		while (true) {
			try {
				return CorpusIndexes.open(corpus);
			} catch (IndexInUseException e) {
				if (System.nanoTime() > deadline) {
					throw e;
				}
				try {
					Thread.sleep(200);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
	}

	private static final Duration INDEX_WAIT = Duration.ofSeconds(10);

	/** {@code --wait}: until the other writer is done; {@code --wait=SECONDS}: at most that long; absent: not at all. */
	private static Duration waitOption(String seconds) throws UsageException {
		if (seconds == null) {
			return Duration.ZERO;
		}
		if (!seconds.isEmpty()) {
			try {
				double value = Double.parseDouble(seconds);
				if (value < 0 || Double.isNaN(value)) {
					throw new NumberFormatException();
				}
				return Duration.ofMillis((long) (Math.min(value, 1e9) * 1000));
			} catch (NumberFormatException e) {
				throw new UsageException("--wait takes a number of seconds, not '" + seconds + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return Duration.ofDays(365);
	}

	/**
	 * Progress on stderr: on a terminal one line rewritten in place (articles stored, rate, file N of M, time left),
	 * else one line per file, at most about one a second on big imports; nothing under {@code --quiet}.
	 */
	private static final class Progress implements IngestMonitor, AutoCloseable {
		private final Console console;
		private final StandardInput stdin;
		private final ProgressLine line;
		private final AtomicLong articles = new AtomicLong();
		private volatile int file;
		private volatile int files;
		private long last;

		Progress(Console console, StandardInput stdin) {
			this.console = console;
			this.stdin = stdin;
			this.line = new ProgressLine(console, "import"); //$NON-NLS-1$
		}

		/** {@code sink}, counting what it stores and redrawing the line. */
		Ingest.Sink counting(Ingest.Sink sink) {
			return (article, original) -> {
				PutResult result = sink.put(article, original);
				long done = articles.incrementAndGet();
				if (line.isOn()) {
					line.update(done, files > 1 ? (double) file / files : -1, files > 1 ? "file " + (file + 1) + " of " + files : null); //$NON-NLS-1$ //$NON-NLS-2$
				}
				return result;
			};
		}

		@Override
		public void started(String name, int index, int total) {
			file = index;
			files = total;
			if (line.isOn()) {
				line.update(articles.get(), total > 1 ? (double) index / total : -1, total > 1 ? "file " + (index + 1) + " of " + total : null); //$NON-NLS-1$ //$NON-NLS-2$
				return;
			}
			long now = System.nanoTime();
			if (total <= 100 || index == 0 || index == total - 1 || now - last > 1_000_000_000L) {
				String shown = stdin == null ? name : stdin.rename(name);
				console.notes().printf("[%d/%d] %s%n", index + 1, total, Console.printable(shown)); //$NON-NLS-1$
				last = now;
			}
		}

		@Override
		public void close() {
			line.close();
		}
	}
}
