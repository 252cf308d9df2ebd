// SPDX-License-Identifier: EPL-2.0
package dossier.cli;

import java.util.List;

/**
 * One {@code dossier <name> ...} subcommand.
 */
public interface Subcommand {

	/** The word that selects this subcommand, for example {@code check}. */
	String name();

	/** One line for {@code dossier help}. */
	String summary();

	/** The usage text for {@code dossier help <name>}: synopsis, then options. */
	String usage();

	/**
	 * Runs the subcommand.
	 *
	 * @param args the arguments after the subcommand's name
	 * @param console where results (stdout) and diagnostics and progress (stderr) go
	 * @return an {@link ExitCode}
	 * @throws UsageException when the arguments are wrong; the front end prints its message and the usage
	 */
	int run(List<String> args, Console console) throws UsageException;
}
