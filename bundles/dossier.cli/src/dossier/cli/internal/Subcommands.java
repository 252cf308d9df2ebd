// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.util.List;

import dossier.cli.Subcommand;

/**
 * The subcommands this bundle ships, each a {@link ParsedCommand}. Each engine issue adds its own here.
 */
public final class Subcommands {

	private Subcommands() {
	}

	public static List<Subcommand> builtIn() {
		return List.of(
				new ImportCommand(),
				new ExportCommand(),
				new SearchCommand(),
				new IndexCommand(),
				new CheckCommand(),
				new EntitiesCommand(),
				new LineageCommand(),
				new AboutCommand(),
				new CompletionCommand(Subcommands::builtIn));
	}
}
