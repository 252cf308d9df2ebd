// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dossier.cli.UsageException;

/**
 * The options of a corpus subcommand: {@code --name VALUE} pairs (or {@code --name=VALUE}) from a known set, and
 * the remaining operands.
 */
final class CorpusOptions {

	final Map<String, String> values = new LinkedHashMap<>();
	final List<String> operands = new ArrayList<>();
	final Set<String> flags = new HashSet<>();

	static CorpusOptions parse(List<String> args, Set<String> withValue) throws UsageException {
		return parse(args, withValue, Set.of());
	}

	/** As {@link #parse(List, Set)}, with options that take no value ({@code --follow-links}). */
	static CorpusOptions parse(List<String> args, Set<String> withValue, Set<String> flagNames) throws UsageException {
		CorpusOptions options = new CorpusOptions();
		boolean onlyOperands = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (onlyOperands || !arg.startsWith("--")) { //$NON-NLS-1$
				options.operands.add(arg);
				continue;
			}
			if (arg.equals("--")) { //$NON-NLS-1$
				onlyOperands = true;
				continue;
			}
			String name = arg;
			String value = null;
			int equals = arg.indexOf('=');
			if (equals > 0) {
				name = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			if (flagNames.contains(name) && value == null) {
				options.flags.add(name);
				continue;
			}
			if (!withValue.contains(name)) {
				throw new UsageException("unknown option " + name); //$NON-NLS-1$
			}
			if (value == null) {
				if (i + 1 >= args.size()) {
					throw new UsageException(name + " needs a value"); //$NON-NLS-1$
				}
				value = args.get(++i);
			}
			options.values.put(name, value);
		}
		return options;
	}

	Path corpus() throws UsageException {
		String corpus = values.get("--corpus"); //$NON-NLS-1$
		if (corpus == null || corpus.isBlank()) {
			throw new UsageException("--corpus DIR is required"); //$NON-NLS-1$
		}
		return Path.of(corpus);
	}
}
