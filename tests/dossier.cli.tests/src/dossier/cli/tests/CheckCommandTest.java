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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.cli.CommandLine;
import dossier.cli.Console;
import dossier.cli.ExitCode;

/** {@code dossier check}: formats, exit codes, bad input. */
class CheckCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	private int run(String... args) {
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CommandLine(console, "test").run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private static final String TRANSLATED = """
			باريس تفتح ضفاف نهر السين للسباحة

			Example

			https://www.example.fr/paris-seine

			للمرة الأولى منذ قرن، سمحت بلدية باريس للسكان بالسباحة في نهر السين بعد سنوات من أعمال التنظيف.

			السباحون على ضفاف النهر © Jean Martin / AFP via Getty Images

			مرخصة تحت: CC-BY-SA
			""";

	private static final String COMPLIANT = """
			How the river came back

			By Jane Doe

			https://example.org/news/river

			The river is clean again, and the fish are back. This is the story of the people who made it happen.

			This article is licensed under CC BY 4.0 https://creativecommons.org/licenses/by/4.0/
			""";

	@Test
	void jsonForAFolderExitsOneOnErrors() throws IOException {
		Files.writeString(dir.resolve("article.txt"), TRANSLATED);
		Files.writeString(dir.resolve("README.md"), "# Notes\n\nNot an article: licensed under nothing.\n");
		int exit = run("check", "--format", "json", dir.toString());
		assertEquals(ExitCode.PROBLEMS, exit, err.toString(StandardCharsets.UTF_8));
		String json = out();
		assertTrue(json.contains("\"id\": \"CC-BY-SA\""), json);
		assertTrue(json.contains("\"version_stated\": false"), json);
		assertTrue(json.contains("\"source_language\": \"fr\""), json);
		assertTrue(json.contains("\"rule\": \"modification-notice-missing\""), json);
		assertTrue(json.contains("\"holder\": \"Jean Martin / AFP via Getty Images\""), json);
		assertTrue(!json.contains("README"), "folder documentation is skipped");
	}

	@Test
	void compliantArticleExitsZeroInEveryFormat() throws IOException {
		Path file = Files.writeString(dir.resolve("good.txt"), COMPLIANT);
		for (String format : new String[] { "text", "json", "sarif", "markdown" }) {
			out.reset();
			assertEquals(ExitCode.OK, run("check", "--format", format, file.toString()), format + ": " + err.toString(StandardCharsets.UTF_8));
			assertTrue(out().contains(format.equals("sarif") ? "\"version\": \"2.1.0\"" : "CC"), format);
		}
	}

	@Test
	void policyMakesAWarningAnError() throws IOException {
		Path file = Files.writeString(dir.resolve("good.txt"), COMPLIANT.replace("By Jane Doe", ""));
		assertEquals(ExitCode.OK, run("check", file.toString()));
		Path policy = Files.writeString(dir.resolve("policy.properties"), "severity.creator-missing = error\n");
		assertEquals(ExitCode.PROBLEMS, run("check", "--policy", policy.toString(), file.toString()));
		Path json = Files.writeString(dir.resolve("policy.json"), "{\"disabled\": [\"creator-missing\"], \"severity\": {\"creator-missing\": \"error\"}}");
		assertEquals(ExitCode.OK, run("check", "--policy", json.toString(), file.toString()));
	}

	@Test
	void badInputIsOneLineAndExitTwo() throws IOException {
		assertEquals(ExitCode.USAGE_OR_IO, run("check"));
		assertEquals(ExitCode.USAGE_OR_IO, run("check", "--format", "pdf", "x"));
		assertEquals(ExitCode.USAGE_OR_IO, run("check", dir.resolve("missing.txt").toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.txt: no such file or folder"));
		Path badPolicy = Files.writeString(dir.resolve("bad.json"), "{\"severity\": {\"x\": \"fatal\"}}");
		Path file = Files.writeString(dir.resolve("good.txt"), COMPLIANT);
		assertEquals(ExitCode.USAGE_OR_IO, run("check", "--policy", badPolicy.toString(), file.toString()));
		Path binary = Files.write(dir.resolve("image.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3 });
		err.reset();
		int exit = run("check", binary.toString());
		assertEquals(ExitCode.USAGE_OR_IO, exit);
		String errors = err.toString(StandardCharsets.UTF_8);
		assertTrue(errors.contains("image.txt"), errors);
	}
}
