// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.TextSpan;

/**
 * What the checker read and where: {@code text} as found, and its {@code span} in the article's text, or a null
 * span when it came from metadata outside the text (a {@code rel=license} link, the importer's publisher field).
 */
public record Evidence(String text, @Nullable TextSpan span) {

	public static Evidence at(String articleText, int start, int end) {
		return new Evidence(articleText.substring(start, end), new TextSpan(start, end));
	}
}
