// SPDX-License-Identifier: EPL-2.0
package dossier.ingest;

/**
 * A source that cannot be imported, with a one-line reason for the user ("truncated WARC record at byte 5120",
 * "feed declares a DOCTYPE, refused").
 */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ImportException(String reason) {
		super(reason);
	}

	public ImportException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
