// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import dossier.cli.CommandLine;
import dossier.cli.Console;

/** The command line run in the test's own process, its standard output and error kept for the assertions. */
public final class InProcessDossier {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private byte[] input = new byte[0];
	private boolean progressLine;

	/** What the next runs read as standard input ({@code -}). */
	public InProcessDossier input(byte[] bytes) {
		input = bytes.clone();
		return this;
	}

	/** Whether the next runs draw the progress line, as they do when standard error is a terminal. */
	public InProcessDossier progressLine(boolean draw) {
		progressLine = draw;
		return this;
	}

	/** Runs {@code dossier ARGS} and returns its exit status; what it printed replaces what the last run printed. */
	public int run(String... args) {
		out.reset();
		err.reset();
		Console console = new Console(new ByteArrayInputStream(input), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false, progressLine);
		return new CommandLine(console, "test").run(args);
	}

	public String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	public String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
