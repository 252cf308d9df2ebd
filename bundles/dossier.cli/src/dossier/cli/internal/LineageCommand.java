// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.Subcommand;
import dossier.cli.UsageException;
import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.lineage.Evidence;
import dossier.lineage.Lineage;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;

/**
 * {@code dossier lineage --corpus DIR [--format text|json|dot] [--confirm|--reject FROM:TO:TYPE]}: links the
 * articles of a corpus (originals, translations, republications, same stories), stores the links with the
 * analysts' decisions in the corpus's {@code lineage.json}, and lists them with their type, score and evidence.
 */
public class LineageCommand implements Subcommand {

	private static final Set<String> FORMATS = Set.of("text", "json", "dot"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	@Override
	public String name() {
		return "lineage"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "find each article's original, translations and republications in a corpus"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return """
				usage: dossier lineage --corpus DIR [--format text|json|dot] [--confirm FROM:TO:TYPE] [--reject FROM:TO:TYPE]
				Links every article of the corpus in DIR to its likely original and copies: duplicate, republication,
				translation (found across languages and scripts without machine translation) or same-story, each
				with a score and its evidence. The links and the analysts' decisions are stored in DIR/lineage.json
				(docs/format.md, docs/lineage.md); a rejected link is never proposed again. Lists the links that are
				not rejected: as text (default), JSON (the lineage.json form) or Graphviz dot.
				  --confirm, --reject  record an analyst's decision on a link first (TYPE: duplicate, republication,
				                       translation, same-story; FROM and TO in either order)
				Exit status: 0 done, 1 some article files could not be read, 2 usage or I/O error."""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		CorpusOptions options = CorpusOptions.parse(args, Set.of("--corpus", "--format", "--confirm", "--reject")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Path folder = options.corpus();
		String format = options.values.getOrDefault("--format", "text"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!FORMATS.contains(format)) {
			throw new UsageException("unknown --format '" + format + "' (text, json or dot)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!options.operands.isEmpty()) {
			throw new UsageException("unexpected argument '" + options.operands.get(0) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<String[]> decisions = new ArrayList<>();
		for (String option : new String[] { "--confirm", "--reject" }) { //$NON-NLS-1$ //$NON-NLS-2$
			String value = options.values.get(option);
			if (value != null) {
				String[] parts = value.split(":"); //$NON-NLS-1$
				if (parts.length != 3) {
					throw new UsageException(option + " takes FROM:TO:TYPE, not '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				try {
					LinkType.ofId(parts[2]);
				} catch (IllegalArgumentException e) {
					throw new UsageException(e.getMessage());
				}
				decisions.add(new String[] { option, parts[0], parts[1], parts[2] });
			}
		}
		if (!Files.isRegularFile(folder.resolve(Corpus.DESCRIPTOR))) {
			console.error(folder + " is not a corpus (no " + Corpus.DESCRIPTOR + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.USAGE_OR_IO;
		}
		try {
			Corpus corpus = Corpus.open(folder);
			Lineage.Result result = Lineage.compute(corpus);
			LineageFile file = result.file();
			if (!decisions.isEmpty()) {
				for (String[] decision : decisions) {
					LinkStatus status = decision[0].equals("--confirm") ? LinkStatus.CONFIRMED : LinkStatus.REJECTED; //$NON-NLS-1$
					if (file.decide(decision[1], decision[2], LinkType.ofId(decision[3]), status).isEmpty()) {
						console.error("no " + decision[3] + " link between " + decision[1] + " and " + decision[2]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						return ExitCode.USAGE_OR_IO;
					}
				}
				file.write(); // a rejected link stays in the file as a decision and is proposed no more
			}
			List<LineageLink> links = file.current();
			switch (format) {
			case "json" -> console.out().println(LineageFile.toJson(links)); //$NON-NLS-1$
			case "dot" -> printDot(corpus, links, console.out()); //$NON-NLS-1$
			default -> printText(corpus, links, file.links().size() - links.size(), console.out());
			}
			console.err().printf("linked %d articles: %d links%n", result.articles(), links.size()); //$NON-NLS-1$
			for (String problem : corpus.problems()) {
				console.error("cannot read " + problem); //$NON-NLS-1$
			}
			return corpus.problems().isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
		} catch (IOException e) {
			console.error("lineage failed: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.USAGE_OR_IO;
		}
	}

	private static void printText(Corpus corpus, List<LineageLink> links, int rejected, PrintStream out) throws IOException {
		for (LineageLink link : links) {
			out.printf(Locale.ROOT, "%-13s %.2f  %s %s %s  [%s]%n", link.type().id(), link.score(), //$NON-NLS-1$
					describe(corpus, link.from()), link.directed() ? "->" : "--", describe(corpus, link.to()), //$NON-NLS-1$ //$NON-NLS-2$
					link.status().id());
			for (Evidence evidence : link.evidence()) {
				out.println("    " + Console.printable(evidence.toString())); //$NON-NLS-1$
			}
		}
		out.printf("%d links%s%n", links.size(), rejected > 0 ? " (" + rejected + " rejected, not shown)" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static void printDot(Corpus corpus, List<LineageLink> links, PrintStream out) throws IOException {
		out.println("digraph lineage {"); //$NON-NLS-1$
		out.println("  rankdir=LR;"); //$NON-NLS-1$
		Set<String> ids = new LinkedHashSet<>();
		for (LineageLink link : links) {
			ids.add(link.from());
			ids.add(link.to());
		}
		for (String id : ids) {
			out.printf("  %s [label=%s];%n", quote(id), quote(describe(corpus, id))); //$NON-NLS-1$
		}
		for (LineageLink link : links) {
			String style = link.type() == LinkType.SAME_STORY ? ", style=dashed, dir=none" //$NON-NLS-1$
					: link.directed() ? "" : ", dir=none"; //$NON-NLS-1$ //$NON-NLS-2$
			out.printf(Locale.ROOT, "  %s -> %s [label=%s%s];%n", quote(link.from()), quote(link.to()), //$NON-NLS-1$
					quote(String.format(Locale.ROOT, "%s %.2f", link.type().id(), link.score())), style); //$NON-NLS-1$
		}
		out.println("}"); //$NON-NLS-1$
	}

	/** "id (language, publisher, date)" of an article, as much as is known. */
	private static String describe(Corpus corpus, String id) throws IOException {
		Optional<Article> article = corpus.get(id);
		if (article.isEmpty()) {
			return id + " (not in the corpus)"; //$NON-NLS-1$
		}
		List<String> parts = new ArrayList<>();
		parts.add(article.get().language());
		if (article.get().publisher() != null) {
			parts.add(Console.printable(article.get().publisher()));
		}
		if (article.get().published() != null) {
			parts.add(article.get().published());
		}
		return id + " (" + String.join(", ", parts) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
