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

	/**
	 * Checks one analysed article knowing what it was made from: the checker calls this one. A rule about the
	 * chain (an original's licence, its credit, its exclusions) overrides it; every other rule keeps this default,
	 * which ignores the chain.
	 *
	 * @param chain the article's originals as the caller knows them; {@link LicenceChain#none()} when unknown
	 * @return the violations, empty when the rule is satisfied or does not apply
	 */
	default List<Violation> check(LicenceAnalysis analysis, Policy policy, LicenceChain chain) {
		return check(analysis, policy);
	}
}
