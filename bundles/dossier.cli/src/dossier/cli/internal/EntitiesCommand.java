// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.UsageException;
import dossier.core.OneLine;
import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.core.store.PutResult;
import dossier.entities.ArticleEntities;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;
import dossier.entities.Mention;
import dossier.entities.export.BratFormat;
import dossier.entities.export.ConllFormat;
import dossier.entities.export.CsvFormat;
import dossier.entities.export.EntitiesJson;
import dossier.entities.export.WebAnnotationFormat;
import dossier.entities.store.EntityStore;
import dossier.ingest.Importers;
import dossier.ingest.Ingest;
import dossier.ingest.IngestMonitor;
import dossier.ingest.IngestOptions;
import dossier.ingest.IngestSummary;
import dossier.ingest.SourceResult;

/**
 * {@code dossier entities [--format json|conll|brat|webanno|csv] [--corpus DIR] PATH...}: recognises people, places,
 * organisations and dates in the files given (read through the importers) or, with {@code --corpus} and no
 * PATH, in every article of the corpus. With {@code --corpus} the corpus's catalogue and its analysts' decisions
 * are used.
 */
@Command(name = "entities", header = "find people, places, organisations and dates in articles", //$NON-NLS-1$ //$NON-NLS-2$
		synopsisHeading = "usage: ", descriptionHeading = "%n", optionListHeading = "%n", exitCodeListHeading = "%nExit status:%n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		description = "Recognises and links entities in the articles read from PATH (files, folders, .zip; - reads standard input), " //$NON-NLS-1$
				+ "or in every article of the corpus when --corpus is given without PATH. Results go to stdout.", //$NON-NLS-1$
		exitCodeList = { "0:done (files that could not be read are listed on stderr)", "2:usage error, or nothing could be read" }) //$NON-NLS-1$ //$NON-NLS-2$
public final class EntitiesCommand extends ParsedCommand {

	/** The values of {@code --format}. */
	public static final class Formats extends Choices {
		public Formats() {
			super("json", "conll", "brat", "webanno", "csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
	}

	@Option(names = { "-f", "--format" }, paramLabel = "F", order = 1, completionCandidates = Formats.class, description = { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"json (default): per article, entities with id, label, type, QID and mentions; conll: CoNLL-2003 BIO; " //$NON-NLS-1$
					+ "brat: standoff .ann blocks; webanno: W3C Web Annotation; csv: entities with mention and article counts" }) //$NON-NLS-1$
	String formatName = "json"; //$NON-NLS-1$

	@Option(names = { "-c", "--corpus" }, paramLabel = "DIR", order = 2, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			description = "use the corpus's entity catalogue and stored decisions (rejected mentions stay out)") //$NON-NLS-1$
	Path corpusFolder;

	@Parameters(paramLabel = "PATH", description = "a file, a folder, a .zip, or - for standard input") //$NON-NLS-1$ //$NON-NLS-2$
	List<String> operands = new ArrayList<>();

	@Override
	protected int execute(Console console) throws UsageException {
		String format = lower(formatName);
		if (operands.isEmpty() && corpusFolder == null) {
			throw new UsageException("no PATH given"); //$NON-NLS-1$
		}
		Catalogue catalogue = new Catalogue();
		EntityStore store = null;
		Corpus corpus = null;
		if (corpusFolder != null) {
			try {
				corpus = Corpus.open(corpusFolder);
				store = new EntityStore(corpus.folder());
				catalogue = store.loadCatalogue();
			} catch (IOException e) {
				console.error("cannot open the corpus: " + OneLine.of(e)); //$NON-NLS-1$
				return ExitCode.USAGE_OR_IO;
			}
		}
		Map<String, String> sources = new LinkedHashMap<>();
		List<Article> articles = new ArrayList<>();
		boolean problems = false;
		if (operands.isEmpty()) {
			try (Stream<Article> stored = corpus.articles()) {
				stored.forEach(articles::add);
			}
		} else {
			for (String operand : operands) {
				if (!StandardInput.OPERAND.equals(operand) && !Files.exists(Path.of(operand))) {
					console.error(operand + ": no such file or folder"); //$NON-NLS-1$
					return ExitCode.USAGE_OR_IO;
				}
			}
			StandardInput[] stdin = new StandardInput[1];
			IngestSummary summary;
			try {
				List<Path> paths = StandardInput.paths(operands, console.in(), IngestOptions.defaults().maxBytes(), stdin);
				Ingest.Sink sink = (article, original) -> {
					articles.add(article);
					return new PutResult(PutResult.Kind.NEW, article.id());
				};
				summary = new Ingest(Importers.available(), IngestOptions.defaults()).run(paths,
						stdin[0] == null ? sink : stdin[0].relabel(sink), new IngestMonitor() {
							@Override
							public void finished(SourceResult result) {
								StandardInput input = stdin[0];
								String source = input == null ? result.source() : input.rename(result.source());
								for (PutResult stored : result.stored()) {
									sources.putIfAbsent(stored.id(), source);
								}
							}
						});
				if (stdin[0] != null) {
					summary = stdin[0].relabel(summary);
				}
			} catch (IOException e) {
				console.error(OneLine.of(e));
				return ExitCode.USAGE_OR_IO;
			} finally {
				if (stdin[0] != null) {
					stdin[0].close();
				}
			}
			for (SourceResult result : summary.results()) {
				for (String failure : result.failures()) {
					console.error(result.source() + ": " + failure); //$NON-NLS-1$
					problems = true;
				}
			}
		}
		console.notes().println("dossier: loading recognisers..."); //$NON-NLS-1$
		EntityEngine engine = EntityEngine.create(catalogue);
		List<ArticleEntities> results = new ArrayList<>();
		for (Article article : articles) {
			List<Mention> decisions = List.of();
			if (store != null) {
				try {
					decisions = store.loadMentions(article.id());
				} catch (IOException | IllegalArgumentException e) {
					console.error(article.id() + ": stored mentions ignored: " + OneLine.of(e)); //$NON-NLS-1$
				}
			}
			results.add(engine.recognize(article, decisions));
		}
		try {
			console.out().print(render(format, results, sources));
			console.out().flush();
			if (console.out().checkError()) {
				throw new IOException("standard output failed (disk full or pipe closed?)"); //$NON-NLS-1$
			}
		} catch (IOException e) {
			console.error("cannot write the result: " + OneLine.of(e)); //$NON-NLS-1$
			return ExitCode.USAGE_OR_IO;
		}
		console.notes().println("dossier: " + results.size() + " article(s)"); //$NON-NLS-1$ //$NON-NLS-2$
		return problems && results.isEmpty() ? ExitCode.USAGE_OR_IO : ExitCode.OK;
	}

	private static String render(String format, List<ArticleEntities> results, Map<String, String> sources) throws IOException {
		StringBuilder out = new StringBuilder();
		switch (format) {
		case "conll": //$NON-NLS-1$
			results.forEach(result -> out.append(ConllFormat.write(result)));
			return out.toString();
		case "brat": //$NON-NLS-1$
			for (ArticleEntities result : results) {
				out.append("# article ").append(result.article().id()).append('\n').append(BratFormat.write(result)); //$NON-NLS-1$
			}
			return out.toString();
		case "webanno": //$NON-NLS-1$
			if (results.size() == 1) {
				return WebAnnotationFormat.write(results.get(0));
			}
			out.append("[\n"); //$NON-NLS-1$
			for (int i = 0; i < results.size(); i++) {
				out.append(WebAnnotationFormat.write(results.get(i)).strip()).append(i + 1 < results.size() ? ",\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return out.append("]\n").toString(); //$NON-NLS-1$
		case "csv": //$NON-NLS-1$
			return CsvFormat.write(results);
		default:
			return EntitiesJson.write(results, sources);
		}
	}
}
