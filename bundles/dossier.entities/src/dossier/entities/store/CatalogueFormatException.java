// SPDX-License-Identifier: EPL-2.0
package dossier.entities.store;

import java.io.IOException;

/** A catalogue or mentions file that cannot be read. The message is one line for the user. */
public class CatalogueFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	public CatalogueFormatException(String message) {
		super(message);
	}

	public CatalogueFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
