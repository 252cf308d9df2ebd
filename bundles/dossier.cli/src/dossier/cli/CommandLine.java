// SPDX-License-Identifier: EPL-2.0
package dossier.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.cli.internal.ParsedCommand;
import dossier.cli.internal.Subcommands;

/**
 * Dispatches {@code dossier [--version | help [COMMAND] | COMMAND ARGS...]} to a {@link Subcommand}, whose
 * arguments picocli parses (the built-in ones are {@link ParsedCommand}s: one set of option rules, help from
 * the same definitions). Plain Java: the Eclipse application and the tests both drive it.
 */
public final class CommandLine {

	private final Console console;
	private final String version;
	private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();

	public CommandLine(Console console, String version) {
		this(console, version, Subcommands.builtIn());
	}

	public CommandLine(Console console, String version, List<Subcommand> available) {
		this.console = console;
		this.version = version;
		for (Subcommand subcommand : available) {
			subcommands.put(subcommand.name(), subcommand);
		}
	}

	/** Runs one command line and returns its {@link ExitCode}. */
	public int run(String... args) {
		if (args.length == 0) {
			printUsage(console.err());
			return ExitCode.USAGE_OR_IO;
		}
		String first = args[0];
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (("-q".equals(first) || "--quiet".equals(first)) && !rest.isEmpty()) { //$NON-NLS-1$ //$NON-NLS-2$
			// --quiet before the command, as git and docker take their global options: the command gets it
			List<String> moved = new ArrayList<>(rest.subList(1, rest.size()));
			moved.add(0, "--quiet"); //$NON-NLS-1$
			first = rest.get(0);
			rest = moved;
		}
		switch (first) {
		case "--version", "-V", "version": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			console.out().println("dossier " + version); //$NON-NLS-1$
			return ExitCode.OK;
		case "help", "--help", "-h": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return help(rest);
		default:
			Subcommand subcommand = subcommands.get(first);
			if (subcommand == null) {
				console.error("unknown command '" + first + "'"); //$NON-NLS-1$ //$NON-NLS-2$
				printUsage(console.err());
				return ExitCode.USAGE_OR_IO;
			}
			return runSubcommand(subcommand, rest);
		}
	}

	private int runSubcommand(Subcommand subcommand, List<String> args) {
		boolean parsed = subcommand instanceof ParsedCommand;
		// a parsed command reads -h and --help itself, as options (after "--" they are operands)
		if (!parsed && (args.contains("--help") || args.contains("-h"))) { //$NON-NLS-1$ //$NON-NLS-2$
			console.out().println(subcommand.usage());
			return ExitCode.OK;
		}
		try {
			int code = subcommand.run(args, console);
			if (console.out().checkError() && code != ExitCode.USAGE_OR_IO) {
				// a full disk, a closed pipe, /dev/full: what was printed is cut, so the run did not succeed
				// (a command that found out itself has said so already)
				console.error("'" + subcommand.name() + "' could not write its output (standard output failed: disk full or pipe closed?)"); //$NON-NLS-1$ //$NON-NLS-2$
				return ExitCode.USAGE_OR_IO;
			}
			return code;
		} catch (VirtualMachineError e) {
			// out of memory or stack: never a success, one line, and the advice that helps
			console.error("'" + subcommand.name() + "' ran out of " + (e instanceof StackOverflowError ? "stack" : "memory") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ "; give it more with DOSSIER_VMARGS=-Xmx4g, or smaller inputs (--max-size)"); //$NON-NLS-1$
			return ExitCode.USAGE_OR_IO;
		} catch (UsageException e) {
			if (parsed) {
				// one line: what is wrong and where the options are listed
				console.error(e.getMessage() + " (dossier help " + subcommand.name() + " lists the options)"); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				console.error(e.getMessage());
				console.err().println(subcommand.usage());
			}
			return ExitCode.USAGE_OR_IO;
		} catch (RuntimeException | LinkageError e) {
			// A defect, not the user's fault: one line, the details only when asked for.
			console.error("internal error in '" + subcommand.name() + "': " + e); //$NON-NLS-1$ //$NON-NLS-2$
			if (System.getenv("DOSSIER_DEBUG") != null) { //$NON-NLS-1$
				e.printStackTrace(console.err());
			} else {
				console.err().println("(set DOSSIER_DEBUG=1 for the stack trace)"); //$NON-NLS-1$
			}
			return ExitCode.USAGE_OR_IO;
		}
	}

	private int help(List<String> args) {
		if (args.isEmpty()) {
			printUsage(console.out());
			return ExitCode.OK;
		}
		Subcommand subcommand = subcommands.get(args.get(0));
		if (subcommand == null) {
			console.error("no help for unknown command '" + args.get(0) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			printUsage(console.err());
			return ExitCode.USAGE_OR_IO;
		}
		console.out().println(subcommand.usage());
		return ExitCode.OK;
	}

	private void printUsage(PrintStream stream) {
		stream.println("usage: dossier [--version] [help [COMMAND]] [-q] COMMAND [ARGS...]"); //$NON-NLS-1$
		stream.println();
		stream.println("Without a command, ./dossier opens the workbench. Commands:"); //$NON-NLS-1$
		int width = subcommands.keySet().stream().mapToInt(String::length).max().orElse(4);
		for (Subcommand subcommand : subcommands.values()) {
			stream.printf("  %-" + width + "s  %s%n", subcommand.name(), subcommand.summary()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		stream.printf("  %-" + width + "s  %s%n", "help", "show this list, or a command's options"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		stream.println();
		stream.println("Every command takes --opt=VALUE or --opt VALUE, -h/--help and -q/--quiet; -- ends the options;"); //$NON-NLS-1$
		stream.println("a PATH of - reads standard input (import, check, entities). Output is UTF-8 whatever the locale."); //$NON-NLS-1$
		stream.println();
		stream.println("Exit status: 0 success, 1 problems found, 2 usage or I/O error."); //$NON-NLS-1$
	}
}
