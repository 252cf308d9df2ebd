// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.core.model.Article;
import dossier.core.store.Corpus;

/**
 * The job on a real Spark standalone cluster (a master and two workers on localhost, started from the Spark jars),
 * submitted with spark-submit over a web archive of real articles and the import tests' hostile files, gives for
 * every article the licence, findings and entities that the product's own command line ({@code dossier check},
 * {@code dossier entities}) gives on one machine; bad files are listed, not fatal, and nothing leaks.
 */
class SparkClusterIT {

	/**
	 * Options for this test's JVMs: each of them (daemons, driver, executors, the two commands) runs for a minute
	 * or less, where the optimising compiler's work costs more CPU than it saves — a third to a half of a command's
	 * CPU over these pages (docs/benchmarks.md, "The build's own time"). What they compute is the same.
	 */
	private static final String SHORT_LIVED = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

	private static Path root;
	/** The archive's pages: a few thousand (issue 21), and at least one for every real notice line and article. */
	private static int pages;
	private static Path work;
	private static Path input;

	@BeforeAll
	static void crawl() throws IOException {
		root = Path.of(System.getProperty("dossier.root", "..")).toAbsolutePath().normalize();
		work = Path.of("target", "spark-it").toAbsolutePath();
		deleteTree(work);
		input = Files.createDirectories(work.resolve("input"));
		Crawl crawl = new Crawl(root);
		pages = Math.max(2000, crawl.everyLineOnce());
		crawl.writeWarc(input.resolve("crawl.warc.gz"), pages);
		Crawl.writeHostileFiles(input, Files.createDirectories(work.resolve("private")).resolve("secret.txt"));
	}

	@Test
	void twoWorkersGiveWhatTheCommandLineGivesForEveryArticle() throws Exception {
		Path output = work.resolve("output");
		int status;
		try (LocalCluster cluster = LocalCluster.start(Path.of(System.getProperty("dossier.spark.home")), work,
				System.getProperty("dossier.spark.moduleOptions", "") + " " + SHORT_LIVED, 2)) {
			status = cluster.submit(Path.of(System.getProperty("dossier.spark.jobJar")), Duration.ofMinutes(6),
					List.of("spark.executor.extraJavaOptions=" + SHORT_LIVED),
					"--input", input.toUri().toString(), "--output", output.toUri().toString(), "--partitions", "8",
					"--corpus", work.resolve("corpus").toString());
		}
		assertEquals(0, status, "spark-submit failed:\n" + LocalCluster.tail(work.resolve("submit.log"), 60));

		JsonObject summary = JsonParser.parseString(Files.readString(output.resolve("summary.json"))).getAsJsonObject();
		assertEquals(2, summary.get("executors").getAsInt(), "both workers ran an executor: " + summary);
		Map<String, JsonObject> rows = new TreeMap<>();
		for (JsonObject row : jsonLines(output.resolve("articles-jsonl"))) {
			assertFalse(rows.containsKey(row.get("source").getAsString()), "one row per article: " + row.get("source"));
			rows.put(row.get("source").getAsString(), row);
		}
		assertEquals(summary.get("articles").getAsLong(), rows.size());
		assertTrue(rows.size() >= pages, "every page of the archive is an article: " + rows.size());
		assertTrue(Files.exists(output.resolve("articles")) && listParts(output.resolve("articles"), ".parquet") > 0, "Parquet written");

		// the same input through the product's command line, on this machine
		JsonObject checked = JsonParser.parseString(cli("check", "--format", "json", input.toString())).getAsJsonObject();
		JsonObject recognised = JsonParser.parseString(cli("entities", "--format", "json", input.toString())).getAsJsonObject();
		Map<String, JsonObject> byPath = new TreeMap<>();
		for (JsonElement article : checked.getAsJsonArray("articles")) {
			byPath.put(article.getAsJsonObject().get("path").getAsString(), article.getAsJsonObject());
		}
		assertEquals(byPath.keySet(), rows.keySet(), "the same articles");
		Map<String, JsonObject> entitiesById = new TreeMap<>();
		for (JsonElement article : recognised.getAsJsonArray("articles")) {
			entitiesById.put(article.getAsJsonObject().get("id").getAsString(), article.getAsJsonObject());
		}
		int licensed = 0;
		int withEntities = 0;
		for (Map.Entry<String, JsonObject> entry : rows.entrySet()) {
			JsonObject row = entry.getValue();
			JsonObject cli = byPath.get(entry.getKey());
			String where = entry.getKey();
			JsonElement licence = cli.get("licence");
			String cliLicence = licence.isJsonNull() ? null : licence.getAsJsonObject().get("id").getAsString();
			assertEquals(cliLicence, string(row, "licence"), "licence of " + where);
			licensed += cliLicence == null ? 0 : 1;
			assertEquals(cli.getAsJsonObject("translation").get("detected").getAsBoolean(), row.get("translation").getAsBoolean(),
					"translation of " + where);
			assertEquals(rules(cli.getAsJsonArray("findings")), rules(row.getAsJsonArray("findings")), "findings of " + where);
			Map<String, Integer> expected = entities(entitiesById.get(row.get("id").getAsString()).getAsJsonArray("entities"), true);
			assertEquals(expected, entities(row.getAsJsonArray("entities"), false), "entities of " + where);
			withEntities += expected.isEmpty() ? 0 : 1;
		}
		assertTrue(licensed > pages / 10 && withEntities > pages * 9 / 10, licensed + " licensed, " + withEntities + " with entities");

		// bad input: listed with the file it came from, never fatal, nothing read through an external entity
		TreeSet<String> failed = new TreeSet<>();
		for (JsonObject failure : jsonLines(output.resolve("failures"))) {
			failed.add(Path.of(failure.get("source").getAsString().replaceFirst("!.*", "")).getFileName().toString());
		}
		assertEquals(new TreeSet<>(List.of("bomb.zip", "cut.warc.gz", "empty.txt", "evil.rss", "garbage.html", "lines.jsonl", "traversal.zip")), failed);
		assertEquals(failed.size(), summary.get("failures").getAsLong(), "one failure per bad file here");
		try (Stream<Path> files = Files.walk(output)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(Crawl.SECRET), file + " leaks");
			}
		}
		// the corpus folder the workbench and the command line open: one article per page, from that page; a text
		// that two pages give alike is kept once per address, the second as a republication under an id of its own
		// (docs/format.md), so every row's id is there and a few more may be
		List<Article> stored;
		try (Stream<Article> articles = Corpus.open(work.resolve("corpus")).articles()) {
			stored = articles.toList();
		}
		assertEquals(rows.keySet(), new TreeSet<>(stored.stream().map(article -> article.provenance().source()).toList()));
		TreeSet<String> storedIds = new TreeSet<>(stored.stream().map(Article::id).toList());
		assertTrue(storedIds.containsAll(rows.values().stream().map(row -> row.get("id").getAsString()).toList()),
				"every row's article is stored under its id");
		assertEquals(rows.size(), summary.get("stored").getAsLong());
		// the aggregates
		List<JsonObject> byRule = jsonLines(output.resolve("findings-by-rule-jsonl"));
		assertFalse(byRule.isEmpty());
		long findings = rows.values().stream().mapToLong(row -> row.getAsJsonArray("findings").size()).sum();
		assertEquals(findings, byRule.stream().mapToLong(rule -> rule.get("findings").getAsLong()).sum());
		List<JsonObject> publishers = jsonLines(output.resolve("licences-by-publisher-jsonl"));
		assertEquals(rows.size(), publishers.stream().mapToLong(p -> p.get("articles").getAsLong()).sum());
		assertFalse(jsonLines(output.resolve("entities-jsonl")).isEmpty());
	}

	/** Runs the product's start script headless; its standard output. */
	private static String cli(String... args) throws IOException, InterruptedException {
		Path script = root.resolve("releng/dossier.repository/target/products/dossier/linux/gtk/x86_64/dossier/dossier");
		assertTrue(Files.isExecutable(script), "the product is built before this module (releng): " + script);
		List<String> command = new ArrayList<>(List.of(script.toString(), "-q"));
		command.addAll(List.of(args));
		Path out = work.resolve("cli-" + args[0] + ".json");
		Path err = work.resolve("cli-" + args[0] + ".err");
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().put("XDG_CACHE_HOME", work.resolve("cli-cache").toString());
		builder.environment().put("DOSSIER_VMARGS", SHORT_LIVED);
		Process process = builder.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("dossier " + args[0] + " did not finish");
		}
		assertTrue(process.exitValue() <= 2, "dossier " + args[0] + " exited " + process.exitValue() + ": " + Files.readString(err));
		return Files.readString(out);
	}

	private static List<String> rules(JsonArray findings) {
		List<String> rules = new ArrayList<>();
		for (JsonElement finding : findings) {
			rules.add(finding.getAsJsonObject().get("rule").getAsString());
		}
		return rules;
	}

	/** Entity id → number of mentions, from the command line's mentions arrays or the job's counts. */
	private static Map<String, Integer> entities(JsonArray entities, boolean mentionArrays) {
		Map<String, Integer> counts = new TreeMap<>();
		for (JsonElement element : entities) {
			JsonObject entity = element.getAsJsonObject();
			counts.put(entity.get("id").getAsString() + " " + entity.get("type").getAsString(),
					mentionArrays ? entity.getAsJsonArray("mentions").size() : entity.get("mentions").getAsInt());
		}
		return counts;
	}

	private static String string(JsonObject row, String key) {
		return row.has(key) && !row.get(key).isJsonNull() ? row.get(key).getAsString() : null;
	}

	private static List<JsonObject> jsonLines(Path folder) throws IOException {
		List<JsonObject> lines = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
				for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
					if (!line.isBlank()) {
						lines.add(JsonParser.parseString(line).getAsJsonObject());
					}
				}
			}
		}
		return lines;
	}

	private static long listParts(Path folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(suffix)).count();
		}
	}

	private static void deleteTree(Path path) throws IOException {
		if (Files.exists(path)) {
			try (Stream<Path> files = Files.walk(path)) {
				for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
					Files.delete(file);
				}
			}
		}
	}
}
