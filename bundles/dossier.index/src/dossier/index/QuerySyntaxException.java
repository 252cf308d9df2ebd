// SPDX-License-Identifier: EPL-2.0
package dossier.index;

/** Thrown for a query that cannot be parsed; the message is one line for the user. */
public class QuerySyntaxException extends Exception {

	private static final long serialVersionUID = 1L;

	public QuerySyntaxException(String message, Throwable cause) {
		super(message, cause);
	}
}
