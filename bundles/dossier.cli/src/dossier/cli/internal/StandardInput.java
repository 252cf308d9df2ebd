// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dossier.cli.UsageException;
import dossier.core.model.Article;
import dossier.core.model.Provenance;
import dossier.ingest.Ingest;
import dossier.ingest.IngestSummary;
import dossier.ingest.SourceResult;

/**
 * A {@code -} among the PATHs of {@code import} or {@code check}: standard input, copied to a temporary file so the
 * importers read it as they read any file named explicitly (sniffing its format: text, HTML, a feed, WARC, JSON
 * Lines, a zip), and named {@value #NAME} wherever the file would be named: in each article's provenance, in the
 * summary and in failures. At most the import's size limit and one byte more are copied, so a stream larger than
 * {@code --max-size} is refused as too large, not stored on disk in full.
 */
final class StandardInput implements AutoCloseable {

	/** The operand that means standard input. */
	static final String OPERAND = "-"; //$NON-NLS-1$

	/** How standard input is named in provenance and reports. */
	static final String NAME = "stdin"; //$NON-NLS-1$

	private final Path folder;
	private final Path file;

	private StandardInput(Path folder, Path file) {
		this.folder = folder;
		this.file = file;
	}

	/**
	 * {@code operands} as paths, {@code -} standing for standard input copied from {@code in}; null in {@code holder}
	 * when there is no {@code -}.
	 */
	static List<Path> paths(List<String> operands, InputStream in, long maxBytes, StandardInput[] holder) throws UsageException, IOException {
		List<Path> paths = new ArrayList<>();
		for (String operand : operands) {
			if (!OPERAND.equals(operand)) {
				paths.add(Path.of(operand));
			} else if (holder[0] != null) {
				throw new UsageException("'-' (standard input) can be given once"); //$NON-NLS-1$
			} else {
				holder[0] = copy(in, maxBytes);
				paths.add(holder[0].file);
			}
		}
		return paths;
	}

	private static StandardInput copy(InputStream in, long maxBytes) throws IOException {
		Path folder = Files.createTempDirectory("dossier-stdin"); //$NON-NLS-1$
		Path file = folder.resolve(NAME);
		StandardInput input = new StandardInput(folder, file);
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			long left = maxBytes + 1;
			int read;
			while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
				out.write(buffer, 0, read);
				left -= read;
			}
		} catch (IOException | RuntimeException e) {
			input.close();
			throw new IOException("cannot read standard input: " + e.getMessage(), e); //$NON-NLS-1$
		}
		return input;
	}

	/** {@code text} with the temporary file named {@value #NAME}. */
	String rename(String text) {
		return text.replace(file.toString(), NAME);
	}

	/** {@code sink}, given articles whose provenance names standard input. */
	Ingest.Sink relabel(Ingest.Sink sink) {
		return (article, original) -> sink.put(relabel(article), original);
	}

	Article relabel(Article article) {
		Provenance p = article.provenance();
		if (p == null) {
			return article;
		}
		return article.toBuilder().provenance(new Provenance(rename(p.source()), p.importedAt(), p.importerId(),
				p.originalSha256(), p.charset(), p.removed(), p.warnings())).build();
	}

	/** {@code summary} with standard input named as such. */
	IngestSummary relabel(IngestSummary summary) {
		List<SourceResult> results = summary.results().stream().map(result -> new SourceResult(rename(result.source()),
				result.stored(), result.failures().stream().map(this::rename).toList())).toList();
		return new IngestSummary(results, summary.cancelled());
	}

	@Override
	public void close() {
		try {
			Files.deleteIfExists(file);
			Files.deleteIfExists(folder);
		} catch (IOException e) {
			// a temporary file left in the temporary folder: the system cleans it up
		}
	}
}
