// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import java.io.IOException;

/**
 * Thrown by every use of a {@link CorpusIndex} after {@link CorpusIndex#close()}: a search or change that started
 * before the closing finishes first (closing waits for it); one that starts after it fails with this exception,
 * never with a half-closed writer or reader.
 */
public class IndexClosedException extends IOException {

	private static final long serialVersionUID = 1L;

	public IndexClosedException(String message) {
		super(message);
	}
}
