// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.cli.CommandLine;
import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.core.model.Article;
import dossier.core.store.Corpus;

class SearchCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private Path folder;

	@BeforeEach
	void corpusWithAnArabicArticle() throws IOException {
		folder = Files.createTempDirectory("dossier-search");
		Corpus corpus = Corpus.open(folder);
		String text = "كوريا الشمالية.كيف سار اللقاء بين فلاديمير بوتين وكيم جونغ أون؟\n\n"
				+ "أصبحت العلاقات بين روسيا وكوريا الشمالية أكثر قربا، وقدم كيم هدية لبوتين في ختام الزيارة.";
		corpus.put(Article.builder(text).title("كوريا الشمالية.كيف سار اللقاء بين فلاديمير بوتين وكيم جونغ أون؟")
				.publisher("Lifegate").language("ar").published("2024-06-19").build(), text.getBytes(StandardCharsets.UTF_8));
	}

	@AfterEach
	void deleteCorpus() throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private int run(String... args) {
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CommandLine(console, "test").run(args);
	}

	@Test
	void jsonHitHasIdTitlePathScoreAndHighlightedSnippet() {
		int exit = run("search", "--corpus", folder.toString(), "--format", "json", "بوتين");
		String json = out.toString(StandardCharsets.UTF_8);
		assertEquals(ExitCode.OK, exit, err.toString(StandardCharsets.UTF_8));
		assertTrue(json.contains("\"total\": 1"), json);
		assertTrue(json.contains("<b>بوتين</b>") || json.contains("<b>لبوتين</b>"), json);
		assertTrue(json.contains("\"title\": \"كوريا الشمالية"), json);
		assertTrue(json.contains("\"path\": \"" + folder.toAbsolutePath().normalize().resolve("articles")), json);
		assertTrue(json.contains("\"score\":"), json);
		assertTrue(json.contains("\"language\": {\n      \"ar\": 1"), json);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("index was missing"), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void textOutputListsHitsAndFacets() {
		assertEquals(ExitCode.OK, run("search", "--corpus", folder.toString(), "--limit", "5", "كوريا", "AND", "publisher:lifegate"));
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.startsWith("1 hit for كوريا AND publisher:lifegate"), text);
		assertTrue(text.contains("<b>وكوريا</b>"), text);
		assertTrue(text.contains("publisher: Lifegate (1)"), text);
	}

	@Test
	void badQueryOrMissingCorpusIsOneLineAndExitTwo() throws IOException {
		assertEquals(ExitCode.USAGE_OR_IO, run("search", "--corpus", folder.toString(), "(كوريا"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("dossier: cannot parse query"), err.toString(StandardCharsets.UTF_8));
		err.reset();
		Path empty = Files.createTempDirectory("dossier-nocorpus");
		assertEquals(ExitCode.USAGE_OR_IO, run("search", "--corpus", empty.toString(), "كوريا"));
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("dossier: no corpus in"), err.toString(StandardCharsets.UTF_8));
		Files.delete(empty);
		assertEquals(ExitCode.USAGE_OR_IO, run("search", "كوريا"));
	}
}
