// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.tests.faults.DossierProcess;
import dossier.core.model.Article;
import dossier.core.store.Corpus;

/**
 * The rules every command follows (issue 19, item 5): one option syntax, {@code -} for standard input,
 * {@code --quiet}, UTF-8 output whatever the locale, the progress line on a terminal only, help and bash completion
 * from the same definitions as the parsing.
 */
class CommandLineConventionsTest {

	private static final String ARABIC_TITLE = "بوتين يزور كوريا الشمالية";

	@TempDir
	Path dir;

	private final InProcessDossier dossier = new InProcessDossier();

	private Path article(String name, String title, String word) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, title + "\n\nThe harbour council met on Tuesday to discuss the " + word
				+ " and the new bridge.\n\nText under the licence CC BY 4.0\n");
		return file;
	}

	private Path corpusWithTwoArticles() throws IOException {
		Path input = Files.createDirectories(dir.resolve("input"));
		Files.writeString(input.resolve("a.txt"), ARABIC_TITLE + "\n\nزار الرئيس بوتين كوريا الشمالية. conventionmarker\n");
		Files.writeString(input.resolve("b.txt"), "Bridges over the Dnipro\n\nThe council met. conventionmarker\n");
		Path corpus = dir.resolve("corpus");
		assertEquals(ExitCode.OK, dossier.run("import", "--corpus", corpus.toString(), input.toString()), dossier.err());
		return corpus;
	}

	@Test
	void everyFormOfAnOptionWithAValueMeansTheSame() throws IOException {
		Path corpus = corpusWithTwoArticles();
		String c = corpus.toString();
		List<List<String>> forms = List.of(
				List.of("search", "--corpus", c, "--format", "json", "conventionmarker"),
				List.of("search", "--corpus=" + c, "--format=json", "conventionmarker"),
				List.of("search", "-c", c, "-f", "json", "conventionmarker"),
				List.of("search", "-c" + c, "-fjson", "conventionmarker"),
				List.of("search", "-f", "JSON", "--corpus", c, "--", "conventionmarker"));
		String first = null;
		for (List<String> form : forms) {
			assertEquals(ExitCode.OK, dossier.run(form.toArray(new String[0])), form + ": " + dossier.err());
			if (first == null) {
				first = dossier.out();
				assertTrue(first.contains("\"total\": 2"), first);
			}
			assertEquals(first, dossier.out(), String.join(" ", form));
		}
		for (String command : new String[] { "lineage", "export" }) {
			String format = command.equals("lineage") ? "json" : "jsonl";
			assertEquals(ExitCode.OK, dossier.run(command, "--corpus", c, "--format", format), dossier.err());
			String spaced = dossier.out();
			assertEquals(ExitCode.OK, dossier.run(command, "--corpus=" + c, "--format=" + format), dossier.err());
			assertEquals(spaced, dossier.out(), command);
			assertEquals(ExitCode.OK, dossier.run(command, "-c", c, "-f", format), dossier.err());
			assertEquals(spaced, dossier.out(), command);
		}
		Path file = article("one.txt", "Harbour news", "ferry");
		int exit = dossier.run("check", "--format", "json", file.toString()); // 1: the credit lacks its elements
		assertTrue(exit != ExitCode.USAGE_OR_IO, dossier.err());
		String spaced = dossier.out();
		assertEquals(exit, dossier.run("check", "--format=json", file.toString()));
		assertEquals(spaced, dossier.out());
		assertEquals(exit, dossier.run("check", file.toString(), "-f", "json"), "options after operands too");
		assertEquals(spaced, dossier.out());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "import", "export", "search", "check", "entities", "lineage", "about", "completion" })
	void anUnknownOptionIsOneLineAndExitTwo(String command) {
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run(command, "--bogus", "x"));
		assertEquals("", dossier.out());
		assertEquals(1, dossier.err().strip().lines().count(), "one line: " + dossier.err());
		assertTrue(dossier.err().startsWith("dossier: unknown option '--bogus'"), dossier.err());
		assertTrue(dossier.err().contains("dossier help " + command), dossier.err());
	}

	@Test
	void usageErrorsKeepTheirExitStatusAndSayWhatIsMissing() {
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("search", "--corpus"));
		assertEquals("dossier: --corpus needs a value (dossier help search lists the options)", dossier.err().strip());
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("export", "--format", "jsonl"));
		assertTrue(dossier.err().startsWith("dossier: --corpus DIR is required"), dossier.err());
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("check", "--format=pdf", "x"));
		assertTrue(dossier.err().startsWith("dossier: unknown --format 'pdf' (text, json, sarif or markdown)"), dossier.err());
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("about", "extra"));
		assertTrue(dossier.err().startsWith("dossier: unexpected argument 'extra'"), dossier.err());
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("import", "--corpus", "c", "--corpus", "d", "x"));
		assertEquals(1, dossier.err().strip().lines().count(), dossier.err());
	}

	@Test
	void doubleDashEndsTheOptionsSoANameMayStartWithADash() throws IOException {
		Path file = article("harbour.txt", "Harbour news", "ferry");
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("check", "-f", "json", "-odd-name.txt"));
		assertTrue(dossier.err().startsWith("dossier: unknown option '-odd-name.txt'"), dossier.err());
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("check", "-f", "json", "--", "-odd-name.txt", "--help"));
		assertTrue(dossier.err().contains("dossier: -odd-name.txt: no such file or folder"), "an operand after --: " + dossier.err());
		assertTrue(dossier.err().contains("dossier: --help: no such file or folder"), "even --help: " + dossier.err());
		assertTrue(dossier.run("check", "-f", "json", "--", file.toString()) != ExitCode.USAGE_OR_IO, dossier.err());
		assertTrue(dossier.out().contains("harbour.txt"), dossier.out());
	}

	@Test
	void aDashReadsStandardInputAndProvenanceSaysStdin() throws IOException {
		byte[] text = (ARABIC_TITLE + "\n\nزار الرئيس بوتين كوريا الشمالية. stdinmarker\n").getBytes(StandardCharsets.UTF_8);
		Path corpus = dir.resolve("corpus");
		dossier.input(text);
		assertEquals(ExitCode.OK, dossier.run("import", "--corpus", corpus.toString(), "-"), dossier.err());
		assertTrue(dossier.out().startsWith("imported 1, updated 0, duplicates 0, failed 0"), dossier.out());
		assertTrue(dossier.err().contains("[1/1] stdin"), dossier.err());
		List<Article> articles = Corpus.open(corpus).articles().toList();
		assertEquals(1, articles.size());
		assertEquals(ARABIC_TITLE, articles.get(0).title());
		assertEquals("stdin", articles.get(0).provenance().source());
		assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().startsWith("dossier-stdin")));

		dossier.input("Harbour news\n\nThe council met.\n\nText under the licence CC BY-NC 4.0\n".getBytes(StandardCharsets.UTF_8));
		int exit = dossier.run("check", "--format", "json", "-");
		assertTrue(exit == ExitCode.OK || exit == ExitCode.PROBLEMS, dossier.err());
		assertTrue(dossier.out().contains("\"stdin\""), "the report names stdin: " + dossier.out());
		assertFalse(dossier.out().contains("dossier-stdin"), "no temporary name in the report: " + dossier.out());

		dossier.input(new byte[0]);
		assertEquals(ExitCode.PROBLEMS, dossier.run("import", "--corpus", corpus.toString(), "-"));
		assertTrue(dossier.out().contains("failed: stdin: empty file"), dossier.out());
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("import", "--corpus", corpus.toString(), "-", "-"));
		assertTrue(dossier.err().startsWith("dossier: '-' (standard input) can be given once"), dossier.err());
	}

	@Test
	void quietLeavesOutProgressAndCountsButNotErrors() throws IOException {
		Path input = Files.createDirectories(dir.resolve("input"));
		article("input/a.txt", "Harbour news", "ferry");
		Path corpus = dir.resolve("corpus");
		assertEquals(ExitCode.OK, dossier.run("import", "--quiet", "--corpus", corpus.toString(), input.toString()));
		assertEquals("", dossier.out());
		assertEquals("", dossier.err());
		assertEquals(ExitCode.OK, dossier.run("export", "-q", "-c", corpus.toString()));
		assertEquals(1, dossier.out().lines().count(), "the result stays: " + dossier.out());
		assertEquals("", dossier.err());
		assertTrue(dossier.run("check", "-q", input.toString()) != ExitCode.USAGE_OR_IO, dossier.err());
		assertFalse(dossier.err().contains("checked"), dossier.err());
		assertTrue(dossier.out().contains("a.txt"), dossier.out());

		Files.write(input.resolve("empty.txt"), new byte[0]);
		assertEquals(ExitCode.PROBLEMS, dossier.run("import", "-q", "-c", corpus.toString(), input.toString()));
		assertTrue(dossier.out().contains("failed: " + input.resolve("empty.txt") + ": empty file"), dossier.out());
		assertFalse(dossier.out().contains("imported"), dossier.out());
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("search", "-q", "-c", dir.resolve("none").toString(), "x"));
		assertTrue(dossier.err().startsWith("dossier: no corpus in"), "errors are still printed: " + dossier.err());
	}

	@Test
	void quietMayComeBeforeTheCommand() throws IOException {
		Path input = Files.createDirectories(dir.resolve("input"));
		article("input/a.txt", "Harbour news", "ferry");
		Path corpus = dir.resolve("corpus");
		assertEquals(ExitCode.OK, dossier.run("-q", "import", "--corpus", corpus.toString(), input.toString()));
		assertEquals("", dossier.out());
		assertEquals("", dossier.err(), "as quiet as 'import -q'");
		assertEquals(ExitCode.OK, dossier.run("--quiet", "export", "-c", corpus.toString()));
		assertEquals(1, dossier.out().lines().count(), "the result stays: " + dossier.out());
		assertEquals(ExitCode.OK, dossier.run("import", "--corpus", dir.resolve("loud").toString(), input.toString()));
		assertTrue(dossier.out().contains("imported") || dossier.err().contains("imported"), "without it, the counts are told: "
				+ dossier.out() + dossier.err());
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("-q", "nosuchcommand"));
		assertTrue(dossier.err().contains("unknown command 'nosuchcommand'"), dossier.err());
	}

	@Test
	void aTerminalGetsAProgressLineRewrittenInPlaceAndAPipeNothingExtra() throws IOException {
		Path input = Files.createDirectories(dir.resolve("many"));
		for (int i = 0; i < 30; i++) {
			Files.writeString(input.resolve("a" + i + ".txt"), "Article " + i + "\n\nThe harbour council met, item " + i + ".\n");
		}
		dossier.progressLine(true);
		assertEquals(ExitCode.OK, dossier.run("import", "--corpus", dir.resolve("c1").toString(), input.toString()), dossier.err());
		String err = dossier.err();
		assertTrue(err.startsWith("\rimport: "), "drawn at once, rewritten with \\r: " + err);
		assertTrue(err.contains(" of 30"), err);
		assertFalse(err.contains("[1/30]"), "no line per file under the progress line: " + err);
		assertTrue(err.endsWith("\r"), "wiped at the end, so the summary starts on a clean line: " + err);
		assertTrue(dossier.out().startsWith("imported 30,"), dossier.out());

		assertEquals(ExitCode.OK, dossier.run("import", "-q", "--corpus", dir.resolve("c2").toString(), input.toString()));
		assertEquals("", dossier.err(), "--quiet wins over the terminal");

		dossier.progressLine(false);
		assertEquals(ExitCode.OK, dossier.run("import", "--corpus", dir.resolve("c3").toString(), input.toString()));
		assertFalse(dossier.err().contains("\r"), dossier.err());
		assertTrue(dossier.err().startsWith("[1/30] "), dossier.err());

		assertTrue(Console.progressLineWanted("always", false));
		assertFalse(Console.progressLineWanted("never", true));
		assertTrue(Console.progressLineWanted(null, true));
		assertFalse(Console.progressLineWanted("", false));
	}

	@Test
	void aProcessWithoutATerminalDrawsTheLineOnlyWhenForced() throws Exception {
		Path input = Files.createDirectories(dir.resolve("many"));
		for (int i = 0; i < 5; i++) {
			Files.writeString(input.resolve("a" + i + ".txt"), "Article " + i + "\n\nThe harbour council met, item " + i + ".\n");
		}
		Map<String, String> forced = Map.of("DOSSIER_PROGRESS", "always");
		DossierProcess.Output drawn = DossierProcess.runForBytes(dir, forced, List.of("-Xmx256m"), "import", "--corpus",
				dir.resolve("c1").toString(), input.toString());
		assertEquals(ExitCode.OK, drawn.exit(), new String(drawn.err(), StandardCharsets.UTF_8));
		assertTrue(new String(drawn.err(), StandardCharsets.UTF_8).startsWith("\rimport: "), new String(drawn.err(), StandardCharsets.UTF_8));
		Map<String, String> unset = new HashMap<>();
		unset.put("DOSSIER_PROGRESS", null);
		DossierProcess.Output plain = DossierProcess.runForBytes(dir, unset, List.of("-Xmx256m"), "import", "--corpus",
				dir.resolve("c2").toString(), input.toString());
		assertEquals(ExitCode.OK, plain.exit());
		assertFalse(new String(plain.err(), StandardCharsets.UTF_8).contains("\r"), "a file is no terminal");
	}

	@Test
	void underTheCLocaleArabicIsPrintedAsUtf8NotQuestionMarks() throws Exception {
		Path corpus = corpusWithTwoArticles();
		Map<String, String> locale = new HashMap<>();
		locale.put("LANG", "C");
		locale.put("LC_ALL", "C");
		locale.put("LC_CTYPE", null);
		locale.put("JAVA_TOOL_OPTIONS", null);
		// what the JVM chooses under LANG=C, said outright so that a UTF-8 default of a newer JDK cannot hide a fault
		List<String> ascii = List.of("-Xmx256m", "-Dfile.encoding=ANSI_X3.4-1968", "-Dsun.stdout.encoding=ANSI_X3.4-1968",
				"-Dsun.stderr.encoding=ANSI_X3.4-1968", "-Dstdout.encoding=ANSI_X3.4-1968");
		DossierProcess.Output result = DossierProcess.runForBytes(dir, locale, ascii, "search", "--corpus", corpus.toString(),
				"conventionmarker");
		assertEquals(ExitCode.OK, result.exit(), new String(result.err(), StandardCharsets.UTF_8));
		byte[] expected = ARABIC_TITLE.getBytes(StandardCharsets.UTF_8);
		assertTrue(indexOf(result.out(), expected) >= 0, "UTF-8 Arabic in: " + new String(result.out(), StandardCharsets.ISO_8859_1));
		assertFalse(new String(result.out(), StandardCharsets.UTF_8).contains("??"), "no question marks");
		assertArrayEquals(new byte[] { (byte) 0xD8, (byte) 0xA8 }, new byte[] { expected[0], expected[1] }, "ب is D8 A8 in UTF-8");
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	@Test
	void helpIsGeneratedFromTheDefinitionsThatParse() {
		assertEquals(ExitCode.OK, dossier.run("help", "import"));
		String help = dossier.out();
		assertTrue(help.startsWith("import text, HTML"), help);
		assertTrue(help.contains("usage: import") || help.contains("usage: dossier import"), help);
		for (String option : new String[] { "-c, --corpus=DIR", "--max-size=MB", "--follow-links", "--wait[=SECONDS]", "-q, --quiet", "-h, --help", "Exit status:", "2   usage or I/O error" }) {
			assertTrue(help.contains(option), option + " in " + help);
		}
		assertEquals(ExitCode.OK, dossier.run("import", "--help"));
		assertEquals(help, dossier.out());
		assertEquals(ExitCode.OK, dossier.run("help"));
		assertTrue(dossier.out().contains("completion"), dossier.out());
		assertTrue(dossier.out().contains("--opt=VALUE or --opt VALUE"), dossier.out());
	}

	@Test
	void completionBashPrintsAScriptWithEveryCommand() {
		assertEquals(ExitCode.OK, dossier.run("completion", "bash"), dossier.err());
		String script = dossier.out();
		assertTrue(script.contains("complete -F"), script.substring(0, Math.min(400, script.length())));
		for (String command : new String[] { "import", "export", "search", "check", "entities", "lineage", "about", "completion", "help" }) {
			assertTrue(script.contains(command), command);
		}
		assertTrue(script.contains("sarif"), "the values of --format are completed");
		assertTrue(script.contains("--follow-links"), "and the options");
		assertEquals(ExitCode.USAGE_OR_IO, dossier.run("completion", "fish"));
		assertEquals(1, dossier.err().strip().lines().count(), dossier.err());
	}
}
