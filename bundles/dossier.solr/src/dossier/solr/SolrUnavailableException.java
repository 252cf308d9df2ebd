// SPDX-License-Identifier: EPL-2.0
package dossier.solr;

import java.io.IOException;

import org.eclipse.jdt.annotation.Nullable;

/** Solr cannot be reached, has no such collection, or refused a request; the message says which, in one line. */
public final class SolrUnavailableException extends IOException {

	private static final long serialVersionUID = 1L;

	public SolrUnavailableException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}
}
