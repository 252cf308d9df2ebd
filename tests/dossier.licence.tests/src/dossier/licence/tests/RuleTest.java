// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.core.model.LicenceStatement;
import dossier.licence.Finding;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceId;
import dossier.licence.LicenceReport;
import dossier.licence.LicenceRules;
import dossier.licence.Policy;
import dossier.licence.RuleDescriptor;
import dossier.licence.Severity;

/** Every built-in rule, firing and not firing. */
class RuleTest {

	/** A compliant English article: title, author, source, licence with link. */
	private static final String GOOD = """
			How the river came back

			By Jane Doe

			https://example.org/news/river

			The river is clean again, and the fish are back. This is the story of the people who made it happen, with the help of the town and of the region.

			LICENCE_LINE
			""";

	private static String article(String licenceLine) {
		return GOOD.replace("LICENCE_LINE", licenceLine);
	}

	private static List<String> rules(String text) {
		return rules(Article.builder(text).build(), Policy.defaults());
	}

	private static List<String> rules(Article article, Policy policy) {
		return new LicenceChecker(LicenceRules.builtIn(), policy).check(article).findings().stream().map(Finding::rule).toList();
	}

	private static final String GOOD_LICENCE = "Licensed under CC BY 4.0 https://creativecommons.org/licenses/by/4.0/";

	@Test
	void aCompliantArticleHasNoFinding() {
		assertEquals(List.of(), rules(article(GOOD_LICENCE)));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			licence-missing | Published by the town council.
			permission-required | © 2024 Town Council
			licence-version-missing | Licensed under CC BY-SA
			licence-link-missing | Licensed under CC BY-SA 4.0
			nd-adaptation | Licensed under CC BY-ND 4.0 https://creativecommons.org/licenses/by-nd/4.0/\\n\\nTranslated from French by the editors.
			conflicting-licences | Licensed under CC BY 4.0 https://creativecommons.org/licenses/by/4.0/\\n\\nAll rights reserved.
			third-party-not-covered | Licensed under CC BY 4.0 https://creativecommons.org/licenses/by/4.0/\\n\\nPhoto: Reuters
			""")
	void ruleFiresOnItsCase(String rule, String licenceLine) {
		List<String> fired = rules(article(licenceLine.replace("\\n", "\n")));
		assertTrue(fired.contains(rule), () -> rule + " not in " + fired);
	}

	@Test
	void versionAndLinkRulesDoNotFireWhenBothAreGiven() {
		List<String> fired = rules(article("Licensed under CC BY-SA 4.0 https://creativecommons.org/licenses/by-sa/4.0/"));
		assertFalse(fired.contains("licence-version-missing"));
		assertFalse(fired.contains("licence-link-missing"));
		assertFalse(fired.contains("licence-missing"));
	}

	@Test
	void titleIsRequiredBefore40Only() {
		String noTitle = "The river is clean again, and the fish are back. This is the story of the people who made it happen, with the help of the town, of the region, of the volunteers who came every weekend, and of the children who counted the fish.\n\nBy Jane Doe\n\nhttps://example.org/news/river\n\n";
		assertTrue(rules(noTitle + "Licensed under CC BY 3.0 https://creativecommons.org/licenses/by/3.0/").contains("title-missing"));
		assertFalse(rules(noTitle + "Licensed under CC BY 4.0 https://creativecommons.org/licenses/by/4.0/").contains("title-missing"));
		assertFalse(rules(article("Licensed under CC BY 3.0 https://creativecommons.org/licenses/by/3.0/")).contains("title-missing"));
	}

	@Test
	void creatorAndSourceLink() {
		String bare = "How the river came back\n\nThe river is clean again, and the fish are back. This is the story of the people who made it happen.\n\n" + GOOD_LICENCE;
		List<String> fired = rules(bare);
		assertTrue(fired.contains("creator-missing"), fired::toString);
		assertTrue(fired.contains("source-link-missing"), fired::toString);
		List<String> good = rules(article(GOOD_LICENCE));
		assertFalse(good.contains("creator-missing"));
		assertFalse(good.contains("source-link-missing"));
	}

	@Test
	void copyrightNoticeInMetadataMustBeRetained() {
		Article withNotice = Article.builder(article(GOOD_LICENCE))
				.addLicence(new LicenceStatement(LicenceStatement.Origin.META, "© 2024 River News", null, null)).build();
		assertTrue(rules(withNotice, Policy.defaults()).contains("copyright-notice-not-retained"));
		Article retained = Article.builder(article(GOOD_LICENCE + "\n\n© 2024 River News"))
				.addLicence(new LicenceStatement(LicenceStatement.Origin.META, "© 2024 River News", null, null)).build();
		assertFalse(rules(retained, Policy.defaults()).contains("copyright-notice-not-retained"));
	}

	@Test
	void modificationNoticeForATranslation() {
		String translated = "النهر يعود\n\nhttps://www.example.it/fiume\n\nعاد النهر نظيفا وعادت الأسماك. هذه قصة الناس الذين جعلوا ذلك ممكنا.\n\nمرخصة تحت: CC BY-SA 4.0 https://creativecommons.org/licenses/by-sa/4.0/";
		assertTrue(rules(translated).contains("modification-notice-missing"));
		assertFalse(rules(translated + "\n\nترجمة عربية للأصل الإيطالي").contains("modification-notice-missing"));
		assertFalse(rules(article(GOOD_LICENCE)).contains("modification-notice-missing"));
	}

	@Test
	void shareAlikeAndNonCommercialFollowThePolicy() {
		Article bySa = Article.builder(article("Licensed under CC BY-SA 4.0 https://creativecommons.org/licenses/by-sa/4.0/")).build();
		Policy asBy = new Policy(LicenceId.parse("CC-BY-4.0"), false, Map.of(), Set.of());
		Policy asBySa = new Policy(LicenceId.parse("CC-BY-SA-4.0"), false, Map.of(), Set.of());
		assertTrue(rules(bySa, asBy).contains("sharealike-broken"));
		assertFalse(rules(bySa, asBySa).contains("sharealike-broken"));
		Article byNc = Article.builder(article("Licensed under CC BY-NC 4.0 https://creativecommons.org/licenses/by-nc/4.0/")).build();
		assertTrue(rules(byNc, new Policy(null, true, Map.of(), Set.of())).contains("nc-commercial-use"));
		assertFalse(rules(byNc, Policy.defaults()).contains("nc-commercial-use"));
	}

	@Test
	void ndWithoutAdaptationAndConsistentLicencesDoNotFire() {
		assertFalse(rules(article("Licensed under CC BY-ND 4.0 https://creativecommons.org/licenses/by-nd/4.0/")).contains("nd-adaptation"));
		assertFalse(rules(article("Licence: CC BY-SA\n\nhttps://creativecommons.org/licenses/by-sa/4.0/")).contains("conflicting-licences"));
		assertFalse(rules(article(GOOD_LICENCE)).contains("third-party-not-covered"));
		assertFalse(rules(article(GOOD_LICENCE)).contains("permission-required"));
	}

	@Test
	void policyOverridesSeverityAndDisablesRules() {
		Policy policy = new Policy(null, false, Map.of("licence-version-missing", Severity.ERROR), Set.of("licence-link-missing"));
		LicenceReport report = new LicenceChecker(LicenceRules.builtIn(), policy).check(Article.builder(article("Licensed under CC BY-SA")).build());
		assertEquals(List.of("licence-version-missing"), report.findings().stream().map(Finding::rule).toList());
		assertEquals(Severity.ERROR, report.findings().get(0).severity());
	}

	@Test
	void aFailingContributedRuleBecomesAFindingNotACrash() {
		RuleDescriptor broken = new RuleDescriptor("broken", "Broken", "none", "https://example.org", Severity.WARNING, Set.of(),
				(analysis, policy) -> {
					throw new IllegalStateException("boom");
				});
		LicenceReport report = new LicenceChecker(List.of(broken), Policy.defaults()).checkText("text");
		assertEquals("broken", report.findings().get(0).rule());
		assertTrue(report.findings().get(0).message().contains("boom"));
	}
}
