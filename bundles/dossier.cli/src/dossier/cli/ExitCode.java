// SPDX-License-Identifier: EPL-2.0
package dossier.cli;

/**
 * Exit codes of the {@code dossier} command line, the contract scripts and CI rely on.
 */
public final class ExitCode {

	/** The command ran and found nothing to report. */
	public static final int OK = 0;

	/** The command ran and found problems (for example licence findings of severity error). */
	public static final int PROBLEMS = 1;

	/** The command line was wrong, or a file could not be read or written. */
	public static final int USAGE_OR_IO = 2;

	private ExitCode() {
	}
}
