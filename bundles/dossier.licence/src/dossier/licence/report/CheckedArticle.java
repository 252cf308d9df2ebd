// SPDX-License-Identifier: EPL-2.0
package dossier.licence.report;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.TextSpan;
import dossier.licence.LicenceReport;

/**
 * One checked article as the reports show it.
 *
 * @param path the file (or archive entry) it was read from, as the user named it
 * @param report the checker's result
 * @param original the file's own text when it differs from the article's canonical text (an importer dropped
 *        a header or site noise), so SARIF regions can point into the file; null when unknown or the same
 */
public record CheckedArticle(String path, LicenceReport report, @Nullable String original) {

	public CheckedArticle(String path, LicenceReport report) {
		this(path, report, null);
	}

	/** The text regions index: the original file's when known, else the article's. */
	public String regionText() {
		return original != null ? original : report.analysis().article().text();
	}

	/**
	 * {@code span} of the article's text as a span of {@link #regionText()}: the same occurrence (first,
	 * second...) of the same characters; the span unchanged when the texts are the same or it cannot be found.
	 */
	public @Nullable TextSpan toRegion(TextSpan span) {
		String text = report.analysis().article().text();
		if (original == null || original.equals(text)) {
			return span;
		}
		String needle = span.of(text);
		if (needle.isEmpty()) {
			return null;
		}
		int ordinal = 0;
		for (int at = text.indexOf(needle); at >= 0 && at < span.start(); at = text.indexOf(needle, at + 1)) {
			ordinal++;
		}
		int found = -1;
		for (int i = 0; i <= ordinal; i++) {
			found = original.indexOf(needle, found + 1);
			if (found < 0) {
				return null;
			}
		}
		return new TextSpan(found, found + needle.length());
	}
}
