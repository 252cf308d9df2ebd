// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.licence.ChainAttributionGenerator;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChain;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceReport;
import dossier.licence.LicenceRule;
import dossier.licence.LicenceRules;
import dossier.licence.Policy;
import dossier.licence.RuleDescriptor;
import dossier.licence.Severity;
import dossier.licence.Violation;

/**
 * The licence engine's side of the chain (issue 18): how a rule receives what an article was made from, what an
 * original's licence is when it states one and when only its publisher's policy is known, and the credit that names
 * the chain. Plain Java, no lineage: the caller builds the chain (here by hand; {@code dossier.lineage} in the
 * product). The article is the repository's sample, an Arabic translation of a Lifegate article.
 */
class LicenceChainTest {

	private static final String LIFEGATE = "https://www.lifegate.it/russia-corea-del-nord-putin";

	private static LicenceChain outsideOriginal() {
		return new LicenceChain(List.of(LicenceChain.Source.outside(LicenceChain.Relation.TRANSLATION, LIFEGATE, "it", null,
				"the source address the article gives")));
	}

	@Test
	void aRuleReceivesTheChainItsCallerGives() {
		List<LicenceChain> seen = new ArrayList<>();
		LicenceRule chainRule = new LicenceRule() {
			@Override
			public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
				throw new AssertionError("the checker calls the three-argument method");
			}

			@Override
			public List<Violation> check(LicenceAnalysis analysis, Policy policy, LicenceChain chain) {
				seen.add(chain);
				return chain.isEmpty() ? List.of() : List.of(new Violation("made from " + chain.sources().get(0).label(), List.of(), ""));
			}
		};
		List<String> plainCalls = new ArrayList<>();
		LicenceRule plainRule = (analysis, policy) -> {
			plainCalls.add(analysis.article().id());
			return List.of();
		};
		LicenceChecker checker = new LicenceChecker(List.of(
				new RuleDescriptor("test-chain", "chain", "test", "", Severity.WARNING, java.util.Set.of(), chainRule),
				new RuleDescriptor("test-plain", "plain", "test", "", Severity.WARNING, java.util.Set.of(), plainRule)), Policy.defaults());
		LicenceChain chain = outsideOriginal();
		LicenceReport report = checker.check(Fixtures.sampleArticle(), chain);
		assertSame(chain, seen.get(0));
		assertEquals("made from " + LIFEGATE + " (not in the corpus)", report.findings().get(0).message());
		assertEquals(1, plainCalls.size(), "a rule that knows nothing of chains is called as before");

		checker.check(Fixtures.sampleArticle());
		assertTrue(seen.get(1).isEmpty(), "without a chain the rule gets an empty one");
		assertEquals(2, plainCalls.size());
	}

	@Test
	void anOriginalOutsideTheCorpusHasItsPublishersPolicy() {
		LicenceChain.Source source = outsideOriginal().sources().get(0);
		assertFalse(source.inCorpus());
		assertNull(source.id());
		assertEquals("Lifegate", source.publisher());
		LicenceChain.OriginalLicence licence = source.licence();
		assertEquals("CC-BY-NC-ND", licence.licence().id());
		assertFalse(licence.statedOnOriginal());
		assertTrue(licence.basis().startsWith("by the policy of Lifegate (https://www.lifegate.it/persone/news/basta-copyright-lifegate-adotta-creative-commons, read "),
				licence.basis());
		assertTrue(source.exclusions().isEmpty(), "nothing is known of its photos");
		assertEquals("", source.title());
	}

	@Test
	void anOriginalInTheCorpusHasTheLicenceItStatesAndItsExclusions() {
		LicenceAnalysis sample = new LicenceChecker().analyse(Fixtures.sampleArticle());
		LicenceChain.Source source = LicenceChain.Source.inCorpus(LicenceChain.Relation.REPUBLICATION, sample, 0.99, true, "test");
		assertTrue(source.inCorpus());
		assertEquals(sample.article().id(), source.id());
		assertEquals(LIFEGATE, source.url());
		// the page's own "CC-BY-SA" wins over its publisher's policy: stated on the original
		assertEquals("CC-BY-SA", source.licence().licence().id());
		assertTrue(source.licence().statedOnOriginal());
		assertEquals(List.of("GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images", "GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images"),
				source.exclusions().stream().map(item -> item.holder()).toList());
		assertTrue(source.label().startsWith("article " + sample.article().id() + " (" + LIFEGATE + ")"), source.label());
	}

	@Test
	void theCreditNamesTheChain() {
		LicenceAnalysis sample = new LicenceChecker().analyse(Fixtures.sampleArticle());
		ChainAttributionGenerator generator = new ChainAttributionGenerator();
		String english = generator.generate(sample, outsideOriginal(), "en").text();
		assertEquals("“كوريا الشمالية.كيف سار اللقاء بين فلاديمير بوتين وكيم جونغ أون؟” — Arabic translation of the original, published by Lifegate, "
				+ LIFEGATE + ", licensed under CC BY-SA, version not stated (latest version: https://creativecommons.org/licenses/by-sa/4.0/); "
				+ "original under CC BY-NC-ND according to its publisher's policy; third-party material excluded: GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images.",
				english);
		assertTrue(generator.generate(sample, outsideOriginal(), "it").text().contains("Traduzione in arabo dell'originale, pubblicato da Lifegate, " + LIFEGATE),
				generator.generate(sample, outsideOriginal(), "it").text());
		assertTrue(generator.generate(sample, outsideOriginal(), "ar").text().contains("ترجمة إلى العربية عن الأصل، الناشر: Lifegate"),
				generator.generate(sample, outsideOriginal(), "ar").text());
		// a language without chain templates gets the English credit
		assertEquals("en", generator.generate(sample, outsideOriginal(), "de").language());
		// no chain: the plain credit, as the checker always wrote it
		assertEquals(new LicenceChecker().check(Fixtures.sampleArticle()).attributionEnglish(), generator.generate(sample, LicenceChain.none(), "en"));

		LicenceReport report = new LicenceChecker(LicenceRules.builtIn(), Policy.defaults()).check(Fixtures.sampleArticle(), outsideOriginal());
		assertEquals(english, report.attributionEnglish().text());
		assertEquals("ar", report.attribution().language());
	}
}
