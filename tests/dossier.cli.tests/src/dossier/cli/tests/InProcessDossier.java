// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import dossier.cli.CommandLine;
import dossier.cli.Console;

/** The command line run in the test's own process, its standard output and error kept for the assertions. */
public final class InProcessDossier {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs {@code dossier ARGS} and returns its exit status; what it printed replaces what the last run printed. */
	public int run(String... args) {
		out.reset();
		err.reset();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CommandLine(console, "test").run(args);
	}

	public String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	public String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
