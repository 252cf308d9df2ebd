// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.List;

/**
 * The checker's result for one article.
 *
 * @param analysis what was found
 * @param findings what is wrong, in rule order
 * @param attribution the suggested credit in the article's language (English when the article's language has no
 *        credit template)
 * @param attributionEnglish the suggested credit in English
 */
public record LicenceReport(LicenceAnalysis analysis, List<Finding> findings, SuggestedAttribution attribution,
		SuggestedAttribution attributionEnglish) {

	public LicenceReport {
		findings = List.copyOf(findings);
	}

	public boolean hasErrors() {
		return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
	}
}
