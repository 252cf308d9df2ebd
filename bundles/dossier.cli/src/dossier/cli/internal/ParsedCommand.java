// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Stack;

import org.eclipse.jdt.annotation.NonNullByDefault;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.Subcommand;
import dossier.cli.UsageException;

/**
 * A subcommand whose arguments picocli parses from the annotations on its fields ({@code @Command},
 * {@code @Option}, {@code @Parameters}), so that every command follows the same rules: {@code --format=json} and
 * {@code --format json}, short options that cluster ({@code -qc DIR}), {@code --} ending the options, {@code -}
 * an operand (standard input); and its help, its usage errors and the bash completion come from the same
 * definitions. The command's {@code header} is its one-line summary, {@code exitCodeList} its exit statuses.
 */
public abstract class ParsedCommand implements Subcommand {

	/** Long lines in help: the usage text wraps at this width. */
	static final int HELP_WIDTH = 100;

	@Option(names = { "-q", "--quiet" }, order = 90, description = "no progress and no closing counts on stderr (errors are still printed)")
	boolean quiet;

	@Option(names = { "-h", "--help" }, order = 91, usageHelp = true, description = "show this help")
	boolean help;

	private CommandLine parser;

	/** The parser of this command, configured as every Dossier command is. */
	final CommandLine parser() {
		if (parser == null) {
			parser = configure();
		}
		return parser;
	}

	/** The parser of this command; a command overrides it to change a rule for itself, and says why. */
	CommandLine configure() {
		return standard(new CommandLine(this));
	}

	/** {@code commandLine} with the rules of every Dossier command. */
	static CommandLine standard(CommandLine commandLine) {
		commandLine.setUsageHelpWidth(HELP_WIDTH);
		commandLine.setUsageHelpLongOptionsMaxWidth(24);
		commandLine.setOverwrittenOptionsAllowed(false);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setToggleBooleanFlags(false);
		// options in the order the command declares them (its own first, then --quiet and --help)
		commandLine.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false);
		return commandLine;
	}

	@Override
	public String name() {
		return parser().getCommandName();
	}

	@Override
	public String summary() {
		return String.join(" ", parser().getCommandSpec().usageMessage().header()); //$NON-NLS-1$
	}

	@Override
	public String usage() {
		// the synopsis names the program too: "usage: dossier import ..."
		return parser().getUsageMessage(Help.Ansi.OFF).stripTrailing().replaceFirst("(?m)^usage: ", "usage: dossier "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public final int run(List<String> args, Console console) throws UsageException {
		CommandLine commandLine = parser();
		try {
			commandLine.parseArgs(args.toArray(new String[0]));
		} catch (ParameterException e) {
			throw new UsageException(oneLine(e));
		}
		if (commandLine.isUsageHelpRequested()) {
			console.out().println(usage());
			return ExitCode.OK;
		}
		Choices.check(commandLine.getCommandSpec());
		return execute(console.quietly(quiet));
	}

	/**
	 * Runs the command with its fields set from the command line.
	 *
	 * @param console where results, diagnostics and progress go ({@code --quiet} applied)
	 * @return an {@link ExitCode}
	 * @throws UsageException when the arguments are wrong in a way the annotations cannot say
	 */
	protected abstract int execute(Console console) throws UsageException;

	/** {@code value} in lower case, as the {@link Choices} compare it. */
	static String lower(String value) {
		return value.toLowerCase(Locale.ROOT);
	}

	/** picocli's diagnostic in Dossier's words, one line. */
	static String oneLine(ParameterException e) {
		// an unknown option is said first, even when picocli stopped at a missing one: it is often the cause
		List<String> unknown = e instanceof UnmatchedArgumentException unmatched ? unmatched.getUnmatched()
				: e.getCommandLine() == null ? List.of() : e.getCommandLine().getUnmatchedArguments();
		if (!unknown.isEmpty()) {
			String argument = unknown.get(0);
			if (argument.startsWith("-") && argument.length() > 1) { //$NON-NLS-1$
				List<String> suggestions = e instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
				return "unknown option '" + argument + "'" //$NON-NLS-1$ //$NON-NLS-2$
						+ (suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			return "unexpected argument '" + argument + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
				&& missing.getMissing().get(0) instanceof OptionSpec option) {
			boolean absent = e.getMessage() != null && e.getMessage().startsWith("Missing required option"); //$NON-NLS-1$
			return option.longestName() + (absent ? " " + option.paramLabel() + " is required" : " needs a value"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.strip().replaceAll("\\s*\\R\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * For an option whose value is optional and attached only ({@code --wait} or {@code --wait=SECONDS}): a value
	 * after a space is an operand, not the option's ({@code --wait samples/} imports samples/). The bare option
	 * gets the empty string.
	 */
	public static final class AttachedValueOnly implements IParameterPreprocessor {
		@Override
		@NonNullByDefault({}) // picocli's interface carries no null annotations
		public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
			if (args != null && info != null && " ".equals(info.get("separator"))) { //$NON-NLS-1$ //$NON-NLS-2$
				args.push(""); //$NON-NLS-1$
			}
			return false;
		}
	}
}
