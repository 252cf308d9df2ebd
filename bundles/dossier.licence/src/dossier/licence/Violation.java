// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.List;

import dossier.core.model.TextSpan;

/**
 * What a {@link LicenceRule} reports; the checker turns it into a {@link Finding} with the rule's id, severity
 * and legal reference.
 *
 * @param message one sentence for the user (externalised by the rule)
 * @param evidence the spans that show it, possibly empty
 * @param fix the suggested fix
 */
public record Violation(String message, List<TextSpan> evidence, String fix) {

	public Violation {
		evidence = List.copyOf(evidence);
	}
}
