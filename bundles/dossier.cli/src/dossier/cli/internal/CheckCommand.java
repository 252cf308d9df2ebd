// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

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
import dossier.ingest.Importers;
import dossier.ingest.Ingest;
import dossier.ingest.IngestMonitor;
import dossier.ingest.IngestOptions;
import dossier.ingest.IngestSummary;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceReport;
import dossier.licence.LicenceRules;
import dossier.licence.Policy;
import dossier.licence.RuleDescriptor;
import dossier.licence.report.CheckedArticle;
import dossier.licence.report.JsonReport;
import dossier.licence.report.MarkdownReport;
import dossier.licence.report.SarifReport;
import dossier.licence.report.TextReport;
import dossier.lineage.Lineage;
import dossier.lineage.LineageLink;
import dossier.lineage.licence.ChainRules;
import dossier.lineage.licence.LicenceChains;

/**
 * {@code dossier check [--format text|json|sarif|markdown] [--policy FILE] PATH...}: reads files and folders
 * through the importers and reports licences, attribution and findings. Exit 0 without error findings, 1 with
 * at least one, 2 on a usage error or when a named path cannot be read.
 */
@Command(name = "check", header = "check articles' licences and attribution (CC terms), suggest a credit", //$NON-NLS-1$ //$NON-NLS-2$
		synopsisHeading = "usage: ", descriptionHeading = "%n", optionListHeading = "%n", exitCodeListHeading = "%nExit status:%n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		description = "Reads each file, and each folder recursively (README, LICENSE, ATTRIBUTION... files in folders are skipped), " //$NON-NLS-1$
				+ "through the importers, finds licence statements, attribution elements, translations and third-party material, " //$NON-NLS-1$
				+ "and runs the licence rules. - reads standard input (reported as stdin). A corpus folder (one holding " //$NON-NLS-1$
				+ "corpus.json) is checked article by article with its lineage: a translation or republication is also " //$NON-NLS-1$
				+ "checked against its original (an ND original's translation, ShareAlike, the original's credit and " //$NON-NLS-1$
				+ "third-party exclusions, a republication's licence; docs/lineage.md), and its credit names the chain.", //$NON-NLS-1$
		exitCodeList = { "0:no error findings", "1:error findings", "2:usage error or a path that cannot be read" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
public final class CheckCommand extends ParsedCommand {

	private static final String VERSION = "0.1.0"; //$NON-NLS-1$

	/** The values of {@code --format}. */
	public static final class Formats extends Choices {
		public Formats() {
			super("text", "json", "sarif", "markdown"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	@Option(names = { "-f", "--format" }, paramLabel = "F", order = 1, completionCandidates = Formats.class, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			description = "text (default), json (docs/licence-json.md), sarif (SARIF 2.1.0), markdown") //$NON-NLS-1$
	String formatName = "text"; //$NON-NLS-1$

	@Option(names = { "-p", "--policy" }, paramLabel = "FILE", order = 2, description = //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"intended licence, commercial use, severities, disabled rules (JSON or properties; see docs/licence-json.md)") //$NON-NLS-1$
	Path policyFile;

	@Parameters(paramLabel = "PATH", description = "a file, a folder, or - for standard input") //$NON-NLS-1$ //$NON-NLS-2$
	List<String> operands = new ArrayList<>();

	@Override
	protected int execute(Console console) throws UsageException {
		String format = lower(formatName);
		if (operands.isEmpty()) {
			throw new UsageException("no PATH given"); //$NON-NLS-1$
		}
		Policy policy = Policy.defaults();
		if (policyFile != null) {
			try {
				policy = Policy.load(policyFile);
			} catch (IOException e) {
				console.error("cannot read policy " + policyFile + ": " + OneLine.of(e)); //$NON-NLS-1$ //$NON-NLS-2$
				return ExitCode.USAGE_OR_IO;
			} catch (IllegalArgumentException e) {
				console.error(policyFile + ": " + OneLine.of(e)); //$NON-NLS-1$
				return ExitCode.USAGE_OR_IO;
			}
		}
		StandardInput[] stdin = new StandardInput[1];
		List<Path> paths;
		try {
			paths = StandardInput.paths(operands, console.in(), IngestOptions.defaults().maxBytes(), stdin);
		} catch (IOException e) {
			console.error(OneLine.of(e));
			return ExitCode.USAGE_OR_IO;
		}
		try {
			return check(format, policy, paths, stdin[0], console);
		} finally {
			if (stdin[0] != null) {
				stdin[0].close();
			}
		}
	}

	/** Checks the articles read from {@code paths}, {@code stdin} among them when not null, and writes the report. */
	private static int check(String format, Policy policy, List<Path> paths, StandardInput stdin, Console console) {
		boolean ioFailure = false;
		List<Path> files = new ArrayList<>();
		List<Path> corpora = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isRegularFile(path.resolve(Corpus.DESCRIPTOR))) {
				corpora.add(path);
			} else if (!Files.exists(path)) {
				console.error(path + ": no such file or folder"); //$NON-NLS-1$
				ioFailure = true;
			} else if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(p -> !Ingest.isHidden(path, p)).filter(Files::isRegularFile)
							.filter(p -> !Ingest.isFolderDocument(p.getFileName().toString()))
							.sorted(Comparator.comparing(Path::toString)).forEach(files::add);
				} catch (IOException | RuntimeException e) {
					console.error(path + ": cannot list the folder: " + OneLine.of(e)); //$NON-NLS-1$
					ioFailure = true;
				}
			} else {
				files.add(path);
			}
		}
		// the chain rules come from dossier.lineage's contribution; added here too should the registry not list them
		List<RuleDescriptor> rules = ChainRules.addTo(LicenceRules.available());
		LicenceChecker checker = new LicenceChecker(rules, policy);
		List<CheckedArticle> checked = new ArrayList<>();
		for (Path corpus : corpora) {
			ioFailure |= !checkCorpus(corpus, checker, checked, console);
		}
		Ingest.Sink sink = (Article article, byte[] original) -> {
			String source = article.provenance() != null && article.provenance().source() != null ? article.provenance().source() : article.id();
			checked.add(new CheckedArticle(source, checker.check(article), originalText(original, article.text())));
			return new PutResult(PutResult.Kind.NEW, article.id());
		};
		IngestSummary summary = new Ingest(Importers.available(), IngestOptions.defaults()).run(files,
				stdin == null ? sink : stdin.relabel(sink), new IngestMonitor() {
				});
		if (stdin != null) {
			summary = stdin.relabel(summary);
		}
		for (String failure : summary.failures()) {
			console.error(failure);
		}
		if (!summary.failures().isEmpty() && checked.isEmpty() && corpora.isEmpty()) {
			ioFailure = true;
		}
		try {
			Writer out = new OutputStreamWriter(console.out(), StandardCharsets.UTF_8);
			switch (format) {
			case "json" -> JsonReport.write(checked, out); //$NON-NLS-1$
			case "sarif" -> SarifReport.write(checked, rules, VERSION, out); //$NON-NLS-1$
			case "markdown" -> MarkdownReport.write(checked, out); //$NON-NLS-1$
			default -> TextReport.write(checked, out);
			}
			out.flush();
			if (console.out().checkError()) {
				throw new IOException("standard output failed (disk full or pipe closed?)"); //$NON-NLS-1$
			}
		} catch (IOException e) {
			console.error("cannot write the report: " + OneLine.of(e)); //$NON-NLS-1$
			return ExitCode.USAGE_OR_IO;
		}
		long errors = checked.stream().map(CheckedArticle::report).filter(LicenceReport::hasErrors).count();
		console.notes().println("dossier: checked " + checked.size() + " article(s), " + errors + " with errors"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (ioFailure) {
			return ExitCode.USAGE_OR_IO;
		}
		return errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
	}

	/**
	 * Checks the articles of the corpus in {@code folder} with their chains: the corpus's lineage, linked afresh with
	 * the analysts' decisions applied (nothing is written), gives each translation or republication its originals.
	 * Each article is reported under its {@code .original} file, into which the reports' lines and columns point.
	 *
	 * @return false when the corpus, its lineage file or an article could not be read
	 */
	private static boolean checkCorpus(Path folder, LicenceChecker checker, List<CheckedArticle> checked, Console console) {
		try {
			Corpus corpus = Corpus.open(folder);
			List<LineageLink> links = Lineage.current(corpus, LineageCommand.storedEntityIds(corpus));
			LicenceChains chains = LicenceChains.of(corpus, links, checker);
			console.notes().println("dossier: " + folder + ": " + corpus.size() + " article(s), " + links.stream() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.filter(l -> l.type().isDerivation()).count() + " derivation link(s)"); //$NON-NLS-1$
			for (String id : corpus.ids()) {
				Optional<Article> article = corpus.get(id);
				if (article.isEmpty()) {
					continue;
				}
				LicenceAnalysis analysis = checker.analyse(article.get());
				LicenceReport report = checker.evaluate(analysis, chains.chainOf(analysis), rule -> true, (rule, violation) -> true);
				Path original = corpus.originalFile(id);
				Optional<byte[]> bytes = corpus.original(id);
				checked.add(new CheckedArticle(Files.isRegularFile(original) ? original.toString() : corpus.articleFile(id).toString(), report,
						bytes.isPresent() ? originalText(bytes.get(), article.get().text()) : null));
			}
			for (String problem : corpus.problems()) {
				console.error(folder + ": cannot read " + problem); //$NON-NLS-1$
			}
			return corpus.problems().isEmpty();
		} catch (IOException | RuntimeException e) {
			console.error(folder + ": cannot check the corpus: " + OneLine.of(e)); //$NON-NLS-1$
			return false;
		}
	}

	/** The file's text, when it is UTF-8 and differs from the article's (SARIF regions then point into the file). */
	private static @Nullable String originalText(byte[] original, String articleText) {
		if (original == null) {
			return null;
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(original)).toString();
			return text.equals(articleText) ? null : text;
		} catch (CharacterCodingException e) {
			return null;
		}
	}
}
