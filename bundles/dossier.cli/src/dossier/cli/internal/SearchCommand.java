// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.Subcommand;
import dossier.cli.UsageException;
import dossier.core.store.Corpus;
import dossier.index.CorpusIndex;
import dossier.index.CorpusIndexes;
import dossier.index.Hit;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchRequest;
import dossier.index.SearchResult;
import dossier.index.SortKey;

/**
 * {@code dossier search --corpus DIR [--format text|json] [--limit N] [--sort KEY] QUERY...}: searches a
 * corpus's index (building it first when missing, stale or damaged) and prints the hits.
 */
public final class SearchCommand implements Subcommand {

	private static final int DEFAULT_LIMIT = 10;

	@Override
	public String name() {
		return "search"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "search a corpus: words, \"phrases\", field:value, AND/OR/NOT"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return String.join("\n", //$NON-NLS-1$
				"usage: dossier search --corpus DIR [--format text|json] [--limit N] [--sort KEY [--reverse]] QUERY...", //$NON-NLS-1$
				"", //$NON-NLS-1$
				"  --corpus DIR      the corpus folder (as given to dossier import)", //$NON-NLS-1$
				"  --format F        text (default) or json: {\"total\", \"hits\": [{\"id\", \"title\", \"path\", \"score\", \"snippet\", ...}], \"facets\"}", //$NON-NLS-1$
				"  --limit N         at most N hits (default " + DEFAULT_LIMIT + ")", //$NON-NLS-1$ //$NON-NLS-2$
				"  --sort KEY        relevance (default), date, title, publisher, language, licence", //$NON-NLS-1$
				"  --reverse         reverse the order (newest first with --sort date)", //$NON-NLS-1$
				"", //$NON-NLS-1$
				"Query: words (all must occur, in any inflected form: كوريا also finds وكوريا), \"a phrase\",", //$NON-NLS-1$
				"field:value with title author publisher language licence year id, year:[2020 TO 2024],", //$NON-NLS-1$
				"AND OR NOT (or + -), parentheses, prefix*. Matches are marked <b>...</b> in snippets."); //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		Path corpusFolder = null;
		String format = "text"; //$NON-NLS-1$
		int limit = DEFAULT_LIMIT;
		SortKey sort = SortKey.RELEVANCE;
		boolean reverse = false;
		List<String> words = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--corpus": //$NON-NLS-1$
				corpusFolder = Path.of(value(args, ++i, arg));
				break;
			case "--format": //$NON-NLS-1$
				format = value(args, ++i, arg);
				if (!format.equals("text") && !format.equals("json")) { //$NON-NLS-1$ //$NON-NLS-2$
					throw new UsageException("--format must be text or json, not '" + format + "'"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				break;
			case "--limit": //$NON-NLS-1$
				String number = value(args, ++i, arg);
				try {
					limit = Integer.parseInt(number);
				} catch (NumberFormatException e) {
					limit = -1;
				}
				if (limit < 0) {
					throw new UsageException("--limit must be a number >= 0, not '" + number + "'"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				break;
			case "--sort": //$NON-NLS-1$
				String key = value(args, ++i, arg);
				try {
					sort = SortKey.valueOf(key.toUpperCase(Locale.ROOT).replace("LICENSE", "LICENCE")); //$NON-NLS-1$ //$NON-NLS-2$
				} catch (IllegalArgumentException e) {
					throw new UsageException("unknown sort key '" + key + "'"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				break;
			case "--reverse": //$NON-NLS-1$
				reverse = true;
				break;
			default:
				if (arg.startsWith("--") && words.isEmpty()) { //$NON-NLS-1$
					throw new UsageException("unknown option " + arg); //$NON-NLS-1$
				}
				words.add(arg);
			}
		}
		if (corpusFolder == null) {
			throw new UsageException("--corpus DIR is required"); //$NON-NLS-1$
		}
		if (words.isEmpty()) {
			throw new UsageException("a QUERY is required"); //$NON-NLS-1$
		}
		if (!Files.isRegularFile(corpusFolder.resolve(Corpus.DESCRIPTOR))) {
			console.error("no corpus in " + corpusFolder + " (create one with dossier import --corpus " + corpusFolder + " PATH...)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return ExitCode.USAGE_OR_IO;
		}
		SearchRequest request = SearchRequest.of(String.join(" ", words), limit).sortedBy(sort, reverse); //$NON-NLS-1$
		try {
			Corpus corpus = Corpus.open(corpusFolder);
			// searching never takes the index's write lock: it works beside an import and on a read-only corpus
			try (CorpusIndex index = CorpusIndexes.openForSearch(corpus)) {
				// every article file that could not be read is named, and the count says what was really indexed
				corpus.problems().forEach(problem -> console.error("not indexed: " + problem)); //$NON-NLS-1$
				index.rebuildReason().ifPresent(reason -> console.err()
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

	private static String value(List<String> args, int index, String option) throws UsageException {
		if (index >= args.size()) {
			throw new UsageException(option + " needs a value"); //$NON-NLS-1$
		}
		return args.get(index);
	}

	private static String pathOf(Hit hit, Path corpusFolder) {
		return hit.article().path() == null ? null : corpusFolder.resolve(hit.article().path()).toString();
	}

	static String json(SearchRequest request, SearchResult result, Path corpusFolder) {
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

	private static void printText(SearchRequest request, SearchResult result, Path corpusFolder, Console console) {
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
