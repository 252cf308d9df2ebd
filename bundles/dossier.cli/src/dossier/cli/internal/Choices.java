// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import dossier.cli.UsageException;

/**
 * The values an option takes ({@code --format text|json}), named once: picocli lists them in the help and in
 * the bash completion ({@code completionCandidates}), and {@link #check} refuses any other in one line. A
 * subclass with a public no-argument constructor per option, as picocli creates it.
 */
public abstract class Choices implements Iterable<String> {

	private final List<String> values;

	protected Choices(String... values) {
		this.values = List.of(values);
	}

	@Override
	public Iterator<String> iterator() {
		return values.iterator();
	}

	/** "text, json or dot". */
	String describe() {
		if (values.size() == 1) {
			return values.get(0);
		}
		return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Refuses a value of an option of {@code spec} that its {@link Choices} do not hold (case does not matter). */
	static void check(CommandSpec spec) throws UsageException {
		for (OptionSpec option : spec.options()) {
			if (option.completionCandidates() instanceof Choices choices && option.getValue() instanceof String value
					&& !choices.values.contains(value.toLowerCase(Locale.ROOT))) {
				throw new UsageException("unknown " + option.longestName() + " '" + value + "' (" + choices.describe() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
	}
}
