// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.List;

import dossier.core.model.TextSpan;

/**
 * One problem a {@link LicenceRule} found in an article.
 *
 * @param rule the rule's id ({@code licence-version-missing})
 * @param severity the effective severity (the rule's default or the policy's override)
 * @param message one sentence for the user, in the user's language
 * @param reference the legal reference ("CC BY-SA 4.0 §3(a)(1)(C)")
 * @param evidence the spans that show it, first the main one; empty when the finding is about something absent
 * @param fix what to do about it
 */
public record Finding(String rule, Severity severity, String message, String reference, List<TextSpan> evidence,
		String fix) {

	public Finding {
		evidence = List.copyOf(evidence);
	}
}
