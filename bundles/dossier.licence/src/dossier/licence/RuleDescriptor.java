// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A {@link LicenceRule} with what the extension point declares about it.
 *
 * @param id the rule id reported with each finding ({@code licence-link-missing})
 * @param title a short title for lists and SARIF's {@code shortDescription}
 * @param reference the legal reference ("CC BY-SA 4.0 §3(a)(1)(C)")
 * @param helpUri the legal code the reference points into (SARIF {@code helpUri})
 * @param defaultSeverity the severity unless the {@link Policy} overrides it
 * @param versions the licence versions the rule applies to ("2.0", "3.0"...); empty means every version,
 *        including an unstated one
 * @param rule the check
 */
public record RuleDescriptor(String id, String title, String reference, String helpUri, Severity defaultSeverity,
		Set<String> versions, LicenceRule rule) {

	public RuleDescriptor {
		versions = Set.copyOf(versions);
	}

	/** Whether the rule applies to an article whose licence is {@code licence} (null: none stated). */
	public boolean appliesTo(@Nullable LicenceId licence) {
		return versions.isEmpty() || licence != null && licence.version() != null && versions.contains(licence.version());
	}
}
