// SPDX-License-Identifier: EPL-2.0
package dossier.core.store;

import java.io.IOException;

/**
 * A folder holds a corpus this version of Dossier cannot read: a newer or unknown format. The message is one
 * line for the user.
 */
public class CorpusFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	public CorpusFormatException(String message) {
		super(message);
	}
}
