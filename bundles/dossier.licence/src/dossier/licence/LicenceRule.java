// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.List;

/**
 * One check of an article against licence terms. Implementations are contributed through the extension point
 * {@code dossier.licenceRules} (see its schema) or listed in {@link LicenceRules#builtIn()}; they must be
 * stateless and thread-safe, and have a public no-argument constructor when contributed.
 */
@FunctionalInterface
public interface LicenceRule {

	/**
	 * Checks one analysed article.
	 *
	 * @return the violations, empty when the rule is satisfied or does not apply
	 */
	List<Violation> check(LicenceAnalysis analysis, Policy policy);
}
