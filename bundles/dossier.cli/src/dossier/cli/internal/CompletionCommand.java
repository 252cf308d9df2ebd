// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.util.List;
import java.util.function.Supplier;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Parameters;

import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.Subcommand;
import dossier.cli.UsageException;

/**
 * {@code dossier completion bash}: a bash completion script made by picocli's {@link AutoComplete} from the same
 * definitions that parse the commands, so it completes every command, its options and the values of
 * {@code --format} and {@code --sort}.
 */
@Command(name = "completion", header = "print a shell completion script: source <(dossier completion bash)", //$NON-NLS-1$ //$NON-NLS-2$
		synopsisHeading = "usage: ", descriptionHeading = "%n", optionListHeading = "%n", exitCodeListHeading = "%nExit status:%n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		description = "Prints a completion script for SHELL on stdout. For the current bash: source <(dossier completion bash); " //$NON-NLS-1$
				+ "for every new one, write it to ~/.local/share/bash-completion/completions/dossier.", //$NON-NLS-1$
		exitCodeList = { "0:printed", "2:usage error (a shell other than bash)" }) //$NON-NLS-1$ //$NON-NLS-2$
public final class CompletionCommand extends ParsedCommand {

	/** The shells a script is made for. */
	public static final class Shells extends Choices {
		public Shells() {
			super("bash"); //$NON-NLS-1$
		}
	}

	private final Supplier<List<Subcommand>> commands;

	@Parameters(paramLabel = "SHELL", arity = "0..1", completionCandidates = Shells.class, description = "bash (the one shell supported)") //$NON-NLS-1$ //$NON-NLS-2$
	String shell;

	/** @param commands the commands the script completes, this one among them */
	public CompletionCommand(Supplier<List<Subcommand>> commands) {
		this.commands = commands;
	}

	@Override
	protected int execute(Console console) throws UsageException {
		if (shell == null || !shell.equals("bash")) { //$NON-NLS-1$
			throw new UsageException(shell == null ? "which shell? bash is the one supported" : "no completion for '" + shell + "' (bash is the one shell supported)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		console.out().print(AutoComplete.bash("dossier", tree(commands.get()))); //$NON-NLS-1$
		return ExitCode.OK;
	}

	/** {@code dossier} with each command under it, {@code help} and {@code version} too. */
	static CommandLine tree(List<Subcommand> subcommands) {
		CommandSpec root = CommandSpec.create().name("dossier"); //$NON-NLS-1$
		root.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("print the version").build()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		root.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("list the commands").build()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		CommandLine tree = ParsedCommand.standard(new CommandLine(root));
		List<String> names = subcommands.stream().map(Subcommand::name).toList();
		for (Subcommand subcommand : subcommands) {
			if (subcommand instanceof ParsedCommand parsed) {
				tree.addSubcommand(parsed.name(), parsed.configure());
			} else {
				// a command that parses its own arguments: completed by its name only
				tree.addSubcommand(subcommand.name(), new CommandLine(CommandSpec.create().name(subcommand.name())));
			}
		}
		CommandSpec help = CommandSpec.create().name("help"); //$NON-NLS-1$
		help.addPositional(PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..1").completionCandidates(names).build()); //$NON-NLS-1$ //$NON-NLS-2$
		tree.addSubcommand("help", new CommandLine(help)); //$NON-NLS-1$
		tree.addSubcommand("version", new CommandLine(CommandSpec.create().name("version"))); //$NON-NLS-1$ //$NON-NLS-2$
		return tree;
	}
}
