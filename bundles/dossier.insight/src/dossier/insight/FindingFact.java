// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.Objects;

/**
 * A licence finding on an article.
 *
 * @param rule the rule's id
 * @param severity {@code error}, {@code warning} or {@code info}
 */
public record FindingFact(String rule, String severity) {

	public FindingFact {
		Objects.requireNonNull(rule, "rule"); //$NON-NLS-1$
		Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
	}
}
