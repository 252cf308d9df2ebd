// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dossier.cli.CommandLine;
import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.Subcommand;
import dossier.cli.UsageException;

class CommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** A subcommand that echoes its arguments, fails on "--bad" and reports problems on "--problem". */
	private static final Subcommand ECHO = new Subcommand() {
		@Override
		public String name() {
			return "echo";
		}

		@Override
		public String summary() {
			return "print the arguments";
		}

		@Override
		public String usage() {
			return "usage: dossier echo [--problem] WORD...";
		}

		@Override
		public int run(List<String> args, Console console) throws UsageException {
			if (args.contains("--crash")) {
				throw new IllegalStateException("boom");
			}
			if (args.contains("--oom")) {
				throw new OutOfMemoryError("Java heap space");
			}
			if (args.contains("--bad")) {
				throw new UsageException("unknown option --bad");
			}
			console.out().println(String.join(" ", args));
			return args.contains("--problem") ? ExitCode.PROBLEMS : ExitCode.OK;
		}
	};

	private int run(String... args) {
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CommandLine(console, "9.8.7", List.of(ECHO)).run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "--version", "version", "-V" })
	void versionPrintsTheVersionOnStdout(String flag) {
		assertEquals(ExitCode.OK, run(flag));
		assertEquals("dossier 9.8.7", out().strip());
		assertEquals("", err());
	}

	@Test
	void runningOutOfMemoryIsAnErrorNeverASuccess() {
		assertEquals(ExitCode.USAGE_OR_IO, run("echo", "--oom"));
		assertTrue(err().contains("ran out of memory"), err());
		assertEquals(1, err().strip().lines().count(), "one line: " + err());
	}

	@Test
	void anOutputThatCannotBeWrittenIsAnError() {
		OutputStream full = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}
		};
		Console console = new Console(new PrintStream(full, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(ExitCode.USAGE_OR_IO, new CommandLine(console, "9.8.7", List.of(ECHO)).run("echo", "hello"));
		assertTrue(err().contains("could not write its output"), err());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "check", "entities" })
	void aCommandWhoseResultCannotBeWrittenSaysSoAndClaimsNothing(String command, @TempDir Path dir) throws IOException {
		Path article = dir.resolve("a.txt");
		Files.writeString(article, "Ponti sul Dnipro\n\nIl sindaco Mario Bianchi ha presentato il piano a Kyiv.\n\nTesto con licenza CC BY 4.0\n");
		OutputStream full = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}
		};
		Console console = new Console(new PrintStream(full, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(ExitCode.USAGE_OR_IO, new CommandLine(console, "9.8.7").run(command, article.toString()));
		assertTrue(err().contains("cannot write the re"), err());
		assertTrue(!err().contains("checked 1") && !err().contains("1 article(s)"), "no closing count after a failed write: " + err());
	}

	@Test
	void namesAndTitlesCannotForgeLinesOrDriveTheTerminal() {
		assertEquals("evil\\nimported 999, failed 0", Console.printable("evil\nimported 999, failed 0"));
		assertEquals("bell\\u0007 esc\\u001B[2J rlo\\u202Etxt.exe", Console.printable("bell\u0007 esc\u001B[2J rlo\u202Etxt.exe"));
		assertEquals("بوتين — Putin, ordinary text", Console.printable("بوتين — Putin, ordinary text"), "ordinary text untouched");
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		console.error("cannot read a\nb.txt");
		assertEquals(1, err().strip().lines().count(), err());
	}

	@Test
	void helpListsEveryCommandAndTheExitCodes() {
		assertEquals(ExitCode.OK, run("help"));
		assertTrue(out().contains("echo  print the arguments"), out());
		assertTrue(out().contains("2 usage or I/O error"), out());
	}

	@Test
	void helpForACommandPrintsItsUsage() {
		assertEquals(ExitCode.OK, run("help", "echo"));
		assertEquals("usage: dossier echo [--problem] WORD...", out().strip());
	}

	@Test
	void unknownCommandExitsTwoWithUsageOnStderr() {
		assertEquals(ExitCode.USAGE_OR_IO, run("bogus"));
		assertTrue(err().startsWith("dossier: unknown command 'bogus'"), err());
		assertTrue(err().contains("usage: dossier"), err());
		assertEquals("", out());
	}

	@Test
	void noArgumentsExitsTwo() {
		assertEquals(ExitCode.USAGE_OR_IO, run());
		assertTrue(err().contains("usage: dossier"), err());
	}

	@Test
	void helpForUnknownCommandExitsTwo() {
		assertEquals(ExitCode.USAGE_OR_IO, run("help", "bogus"));
	}

	@Test
	void subcommandReceivesItsArgumentsAndItsExitCodeIsReturned() {
		assertEquals(ExitCode.OK, run("echo", "a", "b"));
		assertEquals("a b", out().strip());
		assertEquals(ExitCode.PROBLEMS, run("echo", "--problem"));
	}

	@Test
	void subcommandUsageErrorExitsTwoWithTheReason() {
		assertEquals(ExitCode.USAGE_OR_IO, run("echo", "--bad"));
		assertTrue(err().startsWith("dossier: unknown option --bad"), err());
		assertTrue(err().contains("usage: dossier echo"), err());
	}

	@Test
	void aDefectInASubcommandIsOneLineAndExitTwoNotASilentSuccess() {
		assertEquals(ExitCode.USAGE_OR_IO, run("echo", "--crash"));
		assertTrue(err().startsWith("dossier: internal error in 'echo': java.lang.IllegalStateException: boom"), err());
		assertEquals("", out());
	}

	@Test
	void subcommandHelpFlagPrintsUsage() {
		assertEquals(ExitCode.OK, run("echo", "--help"));
		assertEquals("usage: dossier echo [--problem] WORD...", out().strip());
	}
}
