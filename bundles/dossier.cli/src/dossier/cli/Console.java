// SPDX-License-Identifier: EPL-2.0
package dossier.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The streams of a command line run: results on {@link #out()}, diagnostics and progress on {@link #err()}, so
 * that {@code dossier search ... > hits.json} captures only the results; {@link #in()} is what a {@code -} path
 * reads.
 *
 * @param in standard input, read when a command is given {@code -} as a path
 * @param out the results
 * @param err diagnostics, progress and closing counts
 * @param quiet {@code --quiet}: no progress and no closing counts ({@link #notes()} discards them); errors are
 *            still printed
 * @param progressLine whether long work may draw a progress line on {@link #err()}, rewritten in place: when
 *            standard error is a terminal
 */
public record Console(InputStream in, PrintStream out, PrintStream err, boolean quiet, boolean progressLine) {

	/** Forces the progress line on ({@code always}) or off ({@code never}) whatever standard error is. */
	public static final String PROGRESS_VARIABLE = "DOSSIER_PROGRESS"; //$NON-NLS-1$

	private static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);

	/** Results to {@code out}, the rest to {@code err}, nothing to read, no progress line. */
	public Console(PrintStream out, PrintStream err) {
		this(InputStream.nullInputStream(), out, err, false, false);
	}

	/**
	 * The process's own streams, always written in UTF-8 whatever the locale ({@code LANG=C} would make Java write
	 * Arabic as {@code ?}); {@link System#out} and {@link System#err} are replaced by the same streams, so what the
	 * engines log is UTF-8 too. The progress line is drawn when the process has a terminal, or as
	 * {@value #PROGRESS_VARIABLE} says.
	 */
	public static Console system() {
		PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
				false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		System.setOut(out);
		System.setErr(err);
		return new Console(System.in, out, err, false, progressLineWanted(System.getenv(PROGRESS_VARIABLE), System.console() != null));
	}

	/** Whether to draw the progress line: {@value #PROGRESS_VARIABLE} {@code always} or {@code never}, else {@code terminal}. */
	public static boolean progressLineWanted(@Nullable String setting, boolean terminal) {
		String value = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return switch (value) {
		case "always", "1", "yes", "true" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		case "never", "0", "no", "false" -> false; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		default -> terminal;
		};
	}

	/** This console, with {@code --quiet} as given. */
	public Console quietly(boolean beQuiet) {
		return beQuiet == quiet ? this : new Console(in, out, err, beQuiet, progressLine);
	}

	/** This console reading {@code input} as standard input. */
	public Console reading(InputStream input) {
		return new Console(input, out, err, quiet, progressLine);
	}

	/** This console with the progress line on or off. */
	public Console withProgressLine(boolean draw) {
		return new Console(in, out, err, quiet, draw);
	}

	/** Where progress and closing counts go: {@link #err()}, or nowhere under {@code --quiet}. */
	public PrintStream notes() {
		return quiet ? DISCARD : err;
	}

	/** Prints one diagnostic line, prefixed with {@code dossier:} as command line tools do; see {@link #printable}. */
	public void error(@Nullable String message) {
		out.flush(); // so that on a terminal the line comes after the results printed before it
		err.println("dossier: " + printable(message)); //$NON-NLS-1$
	}

	/**
	 * {@code text} safe for a terminal and for one line of a summary: control characters (a newline that would forge a
	 * summary line, ESC, BEL) and the bidirectional overrides and isolates that reorder what the reader sees
	 * (U+202A–U+202E, U+2066–U+2069) are written as escapes ({@code \n}, {@code \u001B}, {@code \u202E}).
	 * For human output only: JSON output stays exact.
	 */
	public static String printable(@Nullable String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean unsafe = c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F || c >= 0x202A && c <= 0x202E
					|| c >= 0x2066 && c <= 0x2069;
			if (unsafe && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (out != null) {
				if (!unsafe) {
					out.append(c);
				} else if (c == '\n') {
					out.append("\\n"); //$NON-NLS-1$
				} else if (c == '\t') {
					out.append("\\t"); //$NON-NLS-1$
				} else if (c == '\r') {
					out.append("\\r"); //$NON-NLS-1$
				} else {
					out.append(String.format("\\u%04X", (int) c)); //$NON-NLS-1$
				}
			}
		}
		return out == null ? text : out.toString();
	}
}
