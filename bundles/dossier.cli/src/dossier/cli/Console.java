package dossier.cli;

import java.io.PrintStream;

/**
 * The two streams of a command line run: results on {@link #out()}, diagnostics and progress on
 * {@link #err()}, so that {@code dossier search ... > hits.json} captures only the results.
 */
public record Console(PrintStream out, PrintStream err) {

	/** Prints one diagnostic line, prefixed with {@code dossier:} as command line tools do. */
	public void error(String message) {
		err.println("dossier: " + message); //$NON-NLS-1$
	}
}
