// SPDX-License-Identifier: EPL-2.0
package dossier.examples.housepolicy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.licence.Finding;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceReport;
import dossier.licence.LicenceRules;
import dossier.licence.Policy;
import dossier.licence.RuleDescriptor;
import dossier.licence.Severity;

/**
 * The house rules are active the way {@code dossier check} and the workbench run the checker: from
 * {@link LicenceRules#available()}, which reads the {@code dossier.licenceRules} extension point (this fragment
 * runs inside OSGi).
 */
class HousePolicyContributionTest {

	private static final String NC_ARTICLE = """
			Fishermen return to the harbour
			The boats came back at dawn.
			This article is licensed under CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/).
			""";

	private static final String SA_ARTICLE = """
			Fishermen return to the harbour
			The boats came back at dawn.
			This article is licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
			""";

	@Test
	void bothRulesAreAvailableWithTheirDeclaredSeverities() {
		RuleDescriptor noNc = rule("house-no-nc");
		RuleDescriptor photographer = rule("house-photographer-named");
		assertEquals(Severity.ERROR, noNc.defaultSeverity());
		assertEquals("Newsroom house policy §1 (no NC material)", noNc.reference());
		assertEquals(Severity.WARNING, photographer.defaultSeverity());
		assertEquals("House policy: photo credits name the photographer", photographer.title());
	}

	@Test
	void nonCommercialArticleIsAnErrorEvenForNonCommercialUse() {
		List<Finding> findings = houseFindings(check(NC_ARTICLE, Policy.defaults()), "house-no-nc");
		assertEquals(1, findings.size(), findings.toString());
		Finding finding = findings.get(0);
		assertEquals(Severity.ERROR, finding.severity());
		assertTrue(finding.message().contains("CC BY-NC-SA 4.0"), finding.message());
		assertTrue(finding.evidence().get(0).of(NC_ARTICLE).contains("BY-NC-SA"), finding.evidence().toString());
	}

	@Test
	void shareAlikeArticleDoesNotFireTheNcRule() {
		assertEquals(List.of(), houseFindings(check(SA_ARTICLE, Policy.defaults()), "house-no-nc"));
	}

	@Test
	void aPolicyFileCanDisableTheHouseRule() throws IOException {
		Policy policy = Policy.fromProperties(new StringReader("disabled=house-no-nc\n"));
		assertEquals(List.of(), houseFindings(check(NC_ARTICLE, policy), "house-no-nc"));
	}

	@Test
	void agencyOnlyPhotoCreditIsReportedAndANamedPhotographerIsNot() {
		String text = SA_ARTICLE + """

				Photo: Reuters
				Boats in the harbour at dawn.

				© Mario Rossi / AFP
				""";
		List<Finding> findings = houseFindings(check(text, Policy.defaults()), "house-photographer-named");
		assertEquals(1, findings.size(), findings.toString());
		assertTrue(findings.get(0).evidence().get(0).of(text).contains("Reuters"), findings.toString());
		assertEquals(Severity.WARNING, findings.get(0).severity());
	}

	private static LicenceReport check(String text, Policy policy) {
		return new LicenceChecker(LicenceRules.available(), policy).checkText(text);
	}

	private static List<Finding> houseFindings(LicenceReport report, String rule) {
		return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
	}

	private static RuleDescriptor rule(String id) {
		return LicenceRules.available().stream().filter(r -> r.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError(id + " is not among " + LicenceRules.available()));
	}
}
