// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.io.Serializable;

/** One licence finding of an article: its rule id, severity ({@code error}, {@code warning}, {@code info}) and message. */
public class FindingRow implements Serializable {

	private static final long serialVersionUID = 1L;

	private String rule;
	private String severity;
	private String message;

	public FindingRow() {
	}

	FindingRow(String rule, String severity, String message) {
		this.rule = rule;
		this.severity = severity;
		this.message = message;
	}

	public String getRule() {
		return rule;
	}

	public void setRule(String rule) {
		this.rule = rule;
	}

	public String getSeverity() {
		return severity;
	}

	public void setSeverity(String severity) {
		this.severity = severity;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}
}
