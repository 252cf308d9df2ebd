// SPDX-License-Identifier: EPL-2.0
package dossier.cli;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Thrown by a {@link Subcommand} whose arguments are wrong. The message is one line for the user.
 */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(@Nullable String message) {
		super(message);
	}
}
