// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import java.io.IOException;

/**
 * Thrown when an index cannot be opened for writing because another program writes it (a search rebuilding it,
 * another process): nothing is wrong with the index, and it can be opened again once the other writer is done.
 */
public class IndexInUseException extends IOException {

	private static final long serialVersionUID = 1L;

	public IndexInUseException(String message, Throwable cause) {
		super(message, cause);
	}
}
