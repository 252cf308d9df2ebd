// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.UsageException;
import dossier.core.store.Corpus;
import dossier.index.CorpusIndex;
import dossier.index.CorpusIndexes;
import dossier.index.Hit;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchRequest;
import dossier.index.SearchResult;
import dossier.index.SortKey;
import dossier.solr.SolrCollection;
import dossier.solr.SolrUnavailableException;

/**
 * {@code dossier search --corpus DIR [--format text|json] [--limit N] [--sort KEY] QUERY...}: searches a
 * corpus's index (building it first when missing, stale or damaged) and prints the hits. With
 * {@code --solr URL --collection NAME} instead of {@code --corpus}, searches a shared index on Solr
 * ({@link SolrCollection}: the same syntax, hits, passages and facets), read-only.
 */
@Command(name = "search", header = "search a corpus: words, \"phrases\", field:value, AND/OR/NOT", //$NON-NLS-1$ //$NON-NLS-2$
		synopsisHeading = "usage: ", descriptionHeading = "%n", optionListHeading = "%n", footerHeading = "%n", exitCodeListHeading = "%nExit status:%n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		description = "Searches the corpus in DIR (building its index first when it is missing, stale or damaged) and prints the hits. " //$NON-NLS-1$
				+ "Options come before the QUERY: from its first word on, the rest of the line is the query (so -word excludes a word; " //$NON-NLS-1$
				+ "give -- before a query that starts with -). With --solr URL --collection NAME instead of --corpus, searches a shared " //$NON-NLS-1$
				+ "index on Solr (dossier index push) in the same way.", //$NON-NLS-1$
		footer = { "Query: words (all must occur, in any inflected form: كوريا also finds وكوريا), \"a phrase\", " //$NON-NLS-1$
				+ "field:value with title author publisher language licence year id, year:[2020 TO 2024], " //$NON-NLS-1$
				+ "AND OR NOT (or + -), parentheses, prefix*. Matches are marked <b>...</b> in snippets." }, //$NON-NLS-1$
		exitCodeList = { "0:searched (with or without hits)", "2:usage error, a query that cannot be parsed, no corpus, or Solr cannot be reached" }) //$NON-NLS-1$ //$NON-NLS-2$
public final class SearchCommand extends ParsedCommand {

	private static final int DEFAULT_LIMIT = 10;

	/** The values of {@code --format}. */
	public static final class Formats extends Choices {
		public Formats() {
			super("text", "json"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The values of {@code --sort}. */
	public static final class SortKeys extends Choices {
		public SortKeys() {
			super("relevance", "date", "title", "publisher", "language", "licence", "license"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		}
	}

	@Option(names = { "-c", "--corpus" }, paramLabel = "DIR", order = 1, description = "the corpus folder (as given to dossier import)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	Path corpusFolder;

	@Option(names = "--solr", paramLabel = "URL", order = 6, description = "instead of --corpus: a Solr server with a shared index (with --collection)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	String solr;

	@Option(names = "--collection", paramLabel = "NAME", order = 7, description = "the collection on --solr") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	String collection;

	@Option(names = { "-f", "--format" }, paramLabel = "F", order = 2, completionCandidates = Formats.class, description = //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"text (default) or json: {\"total\", \"hits\": [{\"id\", \"title\", \"path\", \"score\", \"snippet\", ...}], \"facets\"}") //$NON-NLS-1$
	String formatName = "text"; //$NON-NLS-1$

	@Option(names = { "-n", "--limit" }, paramLabel = "N", order = 3, description = "at most N hits (default " + DEFAULT_LIMIT + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	String limitText;

	@Option(names = { "-s", "--sort" }, paramLabel = "KEY", order = 4, completionCandidates = SortKeys.class, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			description = "relevance (default), date, title, publisher, language, licence") //$NON-NLS-1$
	String sortKey;

	@Option(names = { "-r", "--reverse" }, order = 5, description = "reverse the order (newest first with --sort date)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	boolean reverse;

	@Parameters(paramLabel = "QUERY", description = "the query, in the syntax below") //$NON-NLS-1$ //$NON-NLS-2$
	List<String> words = new ArrayList<>();

	@Override
	CommandLine configure() {
		// the query is the rest of the line: "-word" in it is the query's NOT, not an option
		return super.configure().setStopAtPositional(true);
	}

	@Override
	protected int execute(Console console) throws UsageException {
		int limit = DEFAULT_LIMIT;
		if (limitText != null) {
			try {
				limit = Integer.parseInt(limitText);
			} catch (NumberFormatException e) {
				limit = -1;
			}
			if (limit < 0) {
				throw new UsageException("--limit must be a number >= 0, not '" + limitText + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		SortKey sort = sortKey == null ? SortKey.RELEVANCE : SortKey.valueOf(sortKey.toUpperCase(Locale.ROOT).replace("LICENSE", "LICENCE")); //$NON-NLS-1$ //$NON-NLS-2$
		String format = lower(formatName);
		if (words.isEmpty()) {
			throw new UsageException("a QUERY is required"); //$NON-NLS-1$
		}
		if ((corpusFolder == null) == (solr == null)) {
			throw new UsageException("give either --corpus DIR or --solr URL --collection NAME"); //$NON-NLS-1$
		}
		if ((solr == null) != (collection == null)) {
			throw new UsageException("--solr and --collection go together"); //$NON-NLS-1$
		}
		SearchRequest request = SearchRequest.of(String.join(" ", words), limit).sortedBy(sort, reverse); //$NON-NLS-1$
		if (solr != null) {
			return searchSolr(request, format, console);
		}
		if (!Files.isRegularFile(corpusFolder.resolve(Corpus.DESCRIPTOR))) {
			console.error("no corpus in " + corpusFolder + " (create one with dossier import --corpus " + corpusFolder + " PATH...)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return ExitCode.USAGE_OR_IO;
		}
		try {
			Corpus corpus = Corpus.open(corpusFolder);
			// searching never takes the index's write lock: it works beside an import and on a read-only corpus
			try (CorpusIndex index = CorpusIndexes.openForSearch(corpus)) {
				// every article file that could not be read is named, and the count says what was really indexed
				corpus.problems().forEach(problem -> console.error("not indexed: " + problem)); //$NON-NLS-1$
				index.rebuildReason().ifPresent(reason -> console.notes()
						.println("dossier: indexed " + (corpus.size() - corpus.problems().size()) + " articles (index was " //$NON-NLS-1$ //$NON-NLS-2$
								+ reason + ")")); //$NON-NLS-1$
				index.staleness().ifPresent(console::error);
				SearchResult result = index.search(request);
				if (format.equals("json")) { //$NON-NLS-1$
					console.out().println(json(request, result, corpus.folder()));
				} else {
					printText(request, result, corpus.folder(), console);
				}
			}
		} catch (QuerySyntaxException e) {
			console.error(e.getMessage());
			return ExitCode.USAGE_OR_IO;
		} catch (IOException e) {
			console.error("cannot search " + corpusFolder + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.USAGE_OR_IO;
		}
		return ExitCode.OK;
	}

	/** A shared index on Solr, read-only: the paths of its hits are as the pushing corpus had them (relative). */
	private int searchSolr(SearchRequest request, String format, Console console) {
		try (SolrCollection shared = SolrCollection.open(solr, collection)) {
			SearchResult result = shared.search(request);
			if (format.equals("json")) { //$NON-NLS-1$
				console.out().println(json(request, result, null));
			} else {
				printText(request, result, null, console);
			}
			return ExitCode.OK;
		} catch (SolrUnavailableException | QuerySyntaxException e) {
			console.error(e.getMessage());
			return ExitCode.USAGE_OR_IO;
		} catch (IOException e) {
			console.error("cannot search " + collection + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.USAGE_OR_IO;
		}
	}

	private static @Nullable String pathOf(Hit hit, @Nullable Path corpusFolder) {
		String path = hit.article().path();
		return path == null || corpusFolder == null ? path : corpusFolder.resolve(path).toString();
	}

	static String json(SearchRequest request, SearchResult result, @Nullable Path corpusFolder) {
		JsonObject root = new JsonObject();
		root.addProperty("query", request.query()); //$NON-NLS-1$
		root.addProperty("total", result.total()); //$NON-NLS-1$
		JsonArray hits = new JsonArray();
		for (Hit hit : result.hits()) {
			JsonObject object = new JsonObject();
			object.addProperty("id", hit.id()); //$NON-NLS-1$
			object.addProperty("title", hit.title()); //$NON-NLS-1$
			object.addProperty("path", pathOf(hit, corpusFolder)); //$NON-NLS-1$
			object.addProperty("score", Float.isNaN(hit.score()) ? null : hit.score()); //$NON-NLS-1$
			object.addProperty("snippet", hit.snippet()); //$NON-NLS-1$
			object.addProperty("publisher", hit.article().publisher()); //$NON-NLS-1$
			object.addProperty("language", hit.article().language()); //$NON-NLS-1$
			object.addProperty("published", hit.article().published()); //$NON-NLS-1$
			object.addProperty("licence", hit.article().licence()); //$NON-NLS-1$
			hits.add(object);
		}
		root.add("hits", hits); //$NON-NLS-1$
		JsonObject facets = new JsonObject();
		for (Map.Entry<String, Map<String, Integer>> dimension : result.facets().entrySet()) {
			JsonObject values = new JsonObject();
			dimension.getValue().forEach(values::addProperty);
			facets.add(dimension.getKey(), values);
		}
		root.add("facets", facets); //$NON-NLS-1$
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root);
	}

	private static void printText(SearchRequest request, SearchResult result, @Nullable Path corpusFolder, Console console) {
		console.out().printf("%d %s for %s%n", result.total(), result.total() == 1 ? "hit" : "hits", request.query()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		int rank = request.offset();
		for (Hit hit : result.hits()) {
			rank++;
			console.out().println();
			console.out().printf("%d. %s%n", rank, hit.title().isEmpty() ? "(untitled)" : Console.printable(hit.title())); //$NON-NLS-1$ //$NON-NLS-2$
			console.out().printf("   %s | %s | %s | %s | score %.2f%n", hit.id(), nonNull(hit.article().publisher()), //$NON-NLS-1$
					nonNull(hit.article().published()), hit.article().language(), hit.score());
			String path = pathOf(hit, corpusFolder);
			if (path != null) {
				console.out().println("   " + path); //$NON-NLS-1$
			}
			if (!hit.snippet().isEmpty()) {
				console.out().println("   " + Console.printable(hit.snippet().replace('\n', ' '))); //$NON-NLS-1$
			}
		}
		if (result.total() > 0) {
			console.out().println();
			for (Map.Entry<String, Map<String, Integer>> dimension : result.facets().entrySet()) {
				if (!dimension.getValue().isEmpty()) {
					StringBuilder line = new StringBuilder(dimension.getKey()).append(':');
					dimension.getValue().forEach((value, count) -> line.append(' ').append(value).append(" (").append(count).append(')')); //$NON-NLS-1$
					console.out().println(line);
				}
			}
		}
	}

	private static String nonNull(String value) {
		return value == null ? "-" : value; //$NON-NLS-1$
	}
}
