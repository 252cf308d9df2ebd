// SPDX-License-Identifier: EPL-2.0
package dossier.core;

import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A problem said in one line, as every Dossier engine, command and view reports one: what went wrong with a file,
 * an index, a catalogue, in words that fit a status line, a failure list or standard error.
 */
public final class OneLine {

	/** The longest a message gets; longer ones are cut with an ellipsis. */
	public static final int MAX = 240;

	/** Line breaks and the spaces around them. */
	private static final Pattern BREAKS = Pattern.compile("\\s*\\R\\s*"); //$NON-NLS-1$
	/** The troubleshooting link some libraries add on a line of its own (Gson's "See https://…"). */
	private static final Pattern SEE_LINK = Pattern.compile("(?m)^\\s*See https?://\\S+\\s*$"); //$NON-NLS-1$

	private OneLine() {
	}

	/** {@code message} on one line: stripped, each line break one space, cut at {@link #MAX}; "" for null. */
	public static String of(@Nullable String message) {
		if (message == null) {
			return ""; //$NON-NLS-1$
		}
		String line = BREAKS.matcher(SEE_LINK.matcher(message).replaceAll("").strip()).replaceAll(" "); //$NON-NLS-1$ //$NON-NLS-2$
		return line.length() > MAX ? line.substring(0, MAX) + "…" : line; //$NON-NLS-1$
	}

	/**
	 * What {@code problem} says, on one line ({@link #of(String)}): its message, or the name of its kind when it has
	 * none. A wrapper lets its cause speak when it says nothing of its own: an {@link UncheckedIOException}, an
	 * exception without a message, or one whose message only repeats its cause's ("x.y.SomeException: …").
	 */
	public static String of(Throwable problem) {
		Throwable speaking = problem;
		for (int depth = 0; depth < 8; depth++) {
			Throwable cause = speaking.getCause();
			if (cause == null || cause == speaking) {
				break;
			}
			String own = speaking.getMessage();
			if (!(speaking instanceof UncheckedIOException) && own != null && !own.isBlank() && !own.equals(cause.toString())) {
				break;
			}
			speaking = cause;
		}
		String message = speaking.getMessage();
		return message == null || message.isBlank() ? speaking.getClass().getSimpleName() : of(message);
	}
}
