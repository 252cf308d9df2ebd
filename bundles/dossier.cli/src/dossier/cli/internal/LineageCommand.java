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

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.UsageException;
import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.entities.store.EntityStore;
import dossier.lineage.EntityIds;
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
@Command(name = "lineage", header = "find each article's original, translations and republications in a corpus", //$NON-NLS-1$ //$NON-NLS-2$
		synopsisHeading = "usage: ", descriptionHeading = "%n", optionListHeading = "%n", exitCodeListHeading = "%nExit status:%n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		description = "Links every article of the corpus in DIR to its likely original and copies: duplicate, republication, " //$NON-NLS-1$
				+ "translation (found across languages and scripts without machine translation) or same-story, each with a score " //$NON-NLS-1$
				+ "and its evidence. The links and the analysts' decisions are stored in DIR/lineage.json (docs/format.md, " //$NON-NLS-1$
				+ "docs/lineage.md); a rejected link is never proposed again. Lists the links that are not rejected: as text " //$NON-NLS-1$
				+ "(default), JSON (the lineage.json form) or Graphviz dot.", //$NON-NLS-1$
		exitCodeList = { "0:done", "1:some article files could not be read", "2:usage or I/O error" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
public class LineageCommand extends ParsedCommand {

	/** The values of {@code --format}. */
	public static final class Formats extends Choices {
		public Formats() {
			super("text", "json", "dot"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	@Option(names = { "-c", "--corpus" }, paramLabel = "DIR", required = true, order = 1, description = "the corpus folder") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	Path folder;

	@Option(names = { "-f", "--format" }, paramLabel = "F", order = 2, completionCandidates = Formats.class, description = "text (default), json or dot") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	String formatName = "text"; //$NON-NLS-1$

	@Option(names = "--confirm", paramLabel = "FROM:TO:TYPE", order = 3, description = //$NON-NLS-1$ //$NON-NLS-2$
			"record an analyst's confirmation of a link first (TYPE: duplicate, republication, translation, same-story; FROM and TO in either order); may be repeated") //$NON-NLS-1$
	List<String> confirm = new ArrayList<>();

	@Option(names = "--reject", paramLabel = "FROM:TO:TYPE", order = 4, description = "record an analyst's rejection of a link first; may be repeated") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	List<String> reject = new ArrayList<>();

	@Override
	protected int execute(Console console) throws UsageException {
		String format = lower(formatName);
		List<String[]> decisions = new ArrayList<>();
		for (String option : new String[] { "--confirm", "--reject" }) { //$NON-NLS-1$ //$NON-NLS-2$
			for (String value : option.equals("--confirm") ? confirm : reject) { //$NON-NLS-1$
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
			noteArticlesWithoutEntityIds(corpus, console);
			Lineage.Result result;
			// the engine reports nothing while it links: on a terminal the line says what runs and for how long
			try (ProgressLine line = new ProgressLine(console, "lineage")) { //$NON-NLS-1$
				line.tick(String.format(Locale.ROOT, "linking %,d articles", corpus.size())); //$NON-NLS-1$
				result = Lineage.compute(corpus, storedEntityIds(corpus));
			}
			LineageFile file = result.file();
			if (!decisions.isEmpty()) {
				// recorded in the file as it is under the corpus's lock (the workbench may have decided meanwhile);
				// all or nothing: one decision that names no link and none is written
				List<String> missing = new ArrayList<>();
				file = Lineage.update(corpus, stored -> {
					for (String[] decision : decisions) {
						LinkStatus status = decision[0].equals("--confirm") ? LinkStatus.CONFIRMED : LinkStatus.REJECTED; //$NON-NLS-1$
						if (stored.decide(decision[1], decision[2], LinkType.ofId(decision[3]), status).isEmpty()) {
							missing.add("no " + decision[3] + " link between " + decision[1] + " and " + decision[2]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						}
					}
					return missing.isEmpty(); // a rejected link stays in the file as a decision and is proposed no more
				});
				if (!missing.isEmpty()) {
					console.error(missing.get(0));
					return ExitCode.USAGE_OR_IO;
				}
			}
			// the links of articles the corpus still holds: a removed article's decisions stay in the file, unseen
			Set<String> held = Set.copyOf(corpus.ids());
			List<LineageLink> links = file.current(held);
			switch (format) {
			case "json" -> console.out().println(LineageFile.toJson(links)); //$NON-NLS-1$
			case "dot" -> printDot(corpus, links, console.out()); //$NON-NLS-1$
			default -> printText(corpus, links, file.rejected(held), console.out());
			}
			console.notes().printf("linked %d articles: %d links%n", result.articles(), links.size()); //$NON-NLS-1$
			for (String problem : corpus.problems()) {
				console.error("cannot read " + problem); //$NON-NLS-1$
			}
			return corpus.problems().isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
		} catch (IOException e) {
			console.error("lineage failed: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.USAGE_OR_IO;
		}
	}

	/**
	 * Each article's entity ids as the corpus stores them (its mentions file, written by {@code dossier import}, the
	 * workbench's recognition and the Entity Editor), for the lineage fingerprint: "Japan" and "Japon" match. Nothing
	 * is recognised here: an article without stored mentions links on its text alone (recognising every article on
	 * each linking would cost about 6 ms each, more than twice the linking's own work; see docs/lineage.md). {@code dossier lineage}, {@code dossier import
	 * --link} and {@code dossier check} link with the same ids.
	 */
	static EntityIds storedEntityIds(Corpus corpus) {
		EntityStore store = new EntityStore(corpus.folder());
		return article -> store.linkedEntityIds(article.id());
	}

	/**
	 * Says once, on standard error, how many of the corpus's articles have no stored mentions (imported with
	 * {@code --no-entities} or before imports recognised): they link without entity ids, and how to give them some.
	 */
	static void noteArticlesWithoutEntityIds(Corpus corpus, Console console) {
		EntityStore store = new EntityStore(corpus.folder());
		List<String> ids = corpus.ids();
		long without = ids.stream().filter(id -> !store.hasMentions(id)).count();
		if (without > 0) {
			console.notes().printf(Locale.ROOT, "note: %s of %d articles have no stored entity mentions, so they link without " //$NON-NLS-1$
					+ "entity ids (a translation that spells its people and places in its own language may be missed); " //$NON-NLS-1$
					+ "'dossier import --corpus %s PATH...' without --no-entities recognises and stores them, also for " //$NON-NLS-1$
					+ "articles imported again, as opening the corpus in the workbench does%n", //$NON-NLS-1$
					without == ids.size() ? "all" : String.valueOf(without), ids.size(), corpus.folder()); //$NON-NLS-1$
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
		String publisher = article.get().publisher();
		if (publisher != null) {
			parts.add(Console.printable(publisher));
		}
		String published = article.get().published();
		if (published != null) {
			parts.add(published);
		}
		return id + " (" + String.join(", ", parts) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
