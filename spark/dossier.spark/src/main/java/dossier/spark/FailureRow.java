// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.io.Serializable;

/** A file or record that could not be read: where, and why in one line ({@code failures/}). */
public class FailureRow implements Serializable {

	private static final long serialVersionUID = 1L;

	private String source;
	private String failure;

	public FailureRow() {
	}

	FailureRow(String source, String failure) {
		this.source = source;
		this.failure = failure;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getFailure() {
		return failure;
	}

	public void setFailure(String failure) {
		this.failure = failure;
	}
}
