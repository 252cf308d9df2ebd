// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

import dossier.core.internal.store.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.UsageException;
import dossier.core.model.Article;
import dossier.core.store.ArticleJson;
import dossier.core.store.Corpus;

/**
 * {@code dossier export --corpus DIR --format jsonl [--output FILE]}: every article of a corpus as JSON Lines,
 * in id order, the interchange format that {@code dossier import} reads back.
 */
@Command(name = "export", header = "write a corpus's articles as JSON Lines", //$NON-NLS-1$ //$NON-NLS-2$
		synopsisHeading = "usage: ", descriptionHeading = "%n", optionListHeading = "%n", exitCodeListHeading = "%nExit status:%n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		description = "Writes every article of the corpus in DIR, one JSON object per line, in id order (the format of " //$NON-NLS-1$
				+ "docs/format.md; 'dossier import' reads it back). To stdout, or to FILE (written atomically).", //$NON-NLS-1$
		exitCodeList = { "0:done", "1:some article files could not be read (listed on stderr)", "2:usage or I/O error" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
public class ExportCommand extends ParsedCommand {

	/** The values of {@code --format}. */
	public static final class Formats extends Choices {
		public Formats() {
			super("jsonl"); //$NON-NLS-1$
		}
	}

	@Option(names = { "-c", "--corpus" }, paramLabel = "DIR", required = true, order = 1, description = "the corpus folder") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	Path folder;

	@Option(names = { "-f", "--format" }, paramLabel = "F", order = 2, completionCandidates = Formats.class, description = "jsonl (the one format, the default)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	String formatName = "jsonl"; //$NON-NLS-1$

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", order = 3, description = "write to FILE (atomically) instead of stdout") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	String output;

	@Override
	protected int execute(Console console) throws UsageException {
		if (!Files.isRegularFile(folder.resolve(Corpus.DESCRIPTOR))) {
			console.error(folder + " is not a corpus (no " + Corpus.DESCRIPTOR + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.USAGE_OR_IO;
		}
		try {
			Corpus corpus = Corpus.open(folder);
			long count;
			if (output == null) {
				Writer writer = new BufferedWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8));
				// standard output swallows its errors: asked as it goes, so a full disk stops the export at once
				count = write(corpus, writer, () -> {
					writer.flush();
					if (console.out().checkError()) {
						throw new IOException("cannot write to standard output (disk full or pipe closed?)"); //$NON-NLS-1$
					}
				});
			} else {
				long[] written = new long[1];
				AtomicFiles.write(Path.of(output).toAbsolutePath(), out -> {
					Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
					written[0] = write(corpus, writer, writer::flush);
				});
				count = written[0];
			}
			console.notes().printf("exported %d articles%n", count); //$NON-NLS-1$
			for (String problem : corpus.problems()) {
				console.error("cannot read " + problem); //$NON-NLS-1$
			}
			return corpus.problems().isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
		} catch (IOException e) {
			console.error("export failed: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.USAGE_OR_IO;
		}
	}

	/** Something that flushes and fails when what was written did not arrive. */
	private interface Check {
		void run() throws IOException;
	}

	/** Writes every article, one line each; {@code check} runs every {@value #CHECK_EVERY} articles and at the end. */
	private static long write(Corpus corpus, Writer writer, Check check) throws IOException {
		long count = 0;
		try (Stream<Article> articles = corpus.articles()) {
			Iterator<Article> it = articles.iterator();
			while (it.hasNext()) {
				writer.write(ArticleJson.toJsonLine(it.next()));
				writer.write('\n');
				if (++count % CHECK_EVERY == 0) {
					check.run();
				}
			}
		}
		check.run();
		return count;
	}

	private static final int CHECK_EVERY = 256;
}
