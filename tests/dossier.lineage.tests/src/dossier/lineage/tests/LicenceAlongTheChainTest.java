// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.licence.Finding;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChain;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceRules;
import dossier.licence.LicenceReport;
import dossier.licence.Policy;
import dossier.licence.Severity;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.licence.ChainRules;
import dossier.lineage.licence.LicenceChains;

/**
 * The licence along the chain, through the real engines (lineage links, the licence checker with the built-in and
 * the chain rules): the repository's Arabic sample against its Lifegate original, whose publisher licenses CC
 * BY-NC-ND; and Global Voices' real English post and its French translation, with licence lines constructed for each
 * case (the retrieved excerpts carry none; the sentences are the tests', marked as such where they are added).
 */
class LicenceAlongTheChainTest {

	private static final String GV_EN_URL = "https://community.globalvoices.org/2014/10/10-years-ago-today-global-voices-first-post-appeared/"; //$NON-NLS-1$
	private static final String GV_EN_TITLE = "10 Years Ago Today, Global Voices’ First Post Appeared…"; //$NON-NLS-1$

	private final LicenceChecker checker = new LicenceChecker(ChainRules.addTo(LicenceRules.builtIn()), Policy.defaults());

	/** The Lifegate original as the corpus knows it: its address, publisher and language (its text is not in the repository). */
	private static Article lifegateRecord() {
		return Article.builder("").id("lifegate-original").language("it").publisher("Lifegate").sourceUrl(Fixtures.LIFEGATE_URL).build(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The English post with a licence line added by this test. */
	private static Article english(String licenceLine) {
		return Fixtures.firstPostEnglish().toBuilder().text(Fixtures.text("gv-first-post-en.txt") + "\n\n" + licenceLine).id(null).build(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The French translation with paragraphs added by this test (a licence line, a credit). */
	private static Article french(String... added) {
		return Fixtures.firstPostFrench().toBuilder().text(Fixtures.text("gv-first-post-fr.txt") + "\n\n" + String.join("\n\n", added)).id(null).build(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Links the articles in order, as an import would, and checks the last one with its chain. */
	private LicenceReport checkLast(Article... articles) throws IOException {
		return checkLast(List.of(), articles);
	}

	private LicenceReport checkLast(List<LinkStatus> decisions, Article... articles) throws IOException {
		LineageIndex index = new LineageIndex();
		List<LineageLink> links = new ArrayList<>();
		Map<String, Article> byId = new HashMap<>();
		for (Article article : articles) {
			byId.put(article.id(), article);
			links.addAll(index.add(article).links());
		}
		if (!decisions.isEmpty()) {
			links.replaceAll(link -> link.withStatus(decisions.get(0)));
		}
		LicenceChains chains = new LicenceChains(links, id -> Optional.ofNullable(byId.get(id)), checker);
		LicenceAnalysis analysis = checker.analyse(articles[articles.length - 1]);
		return checker.evaluate(analysis, chains.chainOf(analysis), rule -> true, (rule, violation) -> true);
	}

	private static List<Finding> findings(LicenceReport report, String rule) {
		return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
	}

	private static Finding only(LicenceReport report, String rule) {
		List<Finding> found = findings(report, rule);
		assertEquals(1, found.size(), rule + " in " + report.findings());
		return found.get(0);
	}

	@Test
	void theSampleTranslatesAnOriginalWhosePublisherLicensesNoDerivatives() throws IOException {
		Article arabic = Fixtures.arabicSample();
		LicenceReport report = checkLast(lifegateRecord(), arabic);
		Finding nd = only(report, ChainRules.ND_ADAPTATION);
		assertEquals(Severity.ERROR, nd.severity());
		assertTrue(nd.message().contains("article lifegate-original (" + Fixtures.LIFEGATE_URL + ")"), nd.message()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(nd.message().contains("CC BY-NC-ND (by the policy of Lifegate (https://www.lifegate.it/persone/news/basta-copyright-lifegate-adotta-creative-commons"), //$NON-NLS-1$
				nd.message());
		assertTrue(nd.message().contains("[lineage: translation 0.85, suggested]"), nd.message()); //$NON-NLS-1$
		// the evidence: the page's own "مرخصة تحت: CC-BY-SA" and the Italian address it gives as its source
		List<String> evidence = nd.evidence().stream().map(span -> span.of(arabic.text())).toList();
		assertEquals(List.of("مرخصة تحت: CC-BY-SA", Fixtures.LIFEGATE_URL), evidence); //$NON-NLS-1$
		assertTrue(report.hasErrors());
		assertTrue(nd.fix().contains("permission of the original's licensor (Lifegate)"), nd.fix()); //$NON-NLS-1$
	}

	@Test
	void anOriginalOutsideTheCorpusIsKnownByItsAddressAndItsPublishersPolicy() throws IOException {
		LicenceReport report = checkLast(Fixtures.arabicSample());
		Finding nd = only(report, ChainRules.ND_ADAPTATION);
		assertTrue(nd.message().startsWith("This is a translation of " + Fixtures.LIFEGATE_URL + " (not in the corpus), which is under CC BY-NC-ND"), //$NON-NLS-1$ //$NON-NLS-2$
				nd.message());
		assertTrue(nd.message().contains("[the source address the article gives, in another language (it)]"), nd.message()); //$NON-NLS-1$
		// it names its source's publisher and address: nothing of the original's credit is missing that is known
		assertTrue(findings(report, ChainRules.ORIGINAL_NOT_CREDITED).isEmpty(), report.findings().toString());
	}

	@Test
	void withoutAChainTheChainRulesFindNothing() {
		LicenceReport report = checker.check(Fixtures.arabicSample());
		assertTrue(report.findings().stream().noneMatch(f -> f.rule().startsWith("chain-")), report.findings().toString()); //$NON-NLS-1$
		assertFalse(report.attributionEnglish().text().contains("translation of the original"), report.attributionEnglish().text()); //$NON-NLS-1$
	}

	@Test
	void aTranslationOfAnOriginalThatStatesNoDerivativesIsAnError() throws IOException {
		// the licence lines are this test's: the real posts are CC BY 3.0
		LicenceReport report = checkLast(english("This article is licensed under CC BY-ND 4.0: https://creativecommons.org/licenses/by-nd/4.0/"), //$NON-NLS-1$
				french("Publié sous licence CC BY 4.0 : https://creativecommons.org/licenses/by/4.0/")); //$NON-NLS-1$
		Finding nd = only(report, ChainRules.ND_ADAPTATION);
		assertEquals(Severity.ERROR, nd.severity());
		assertTrue(nd.message().contains("which is under CC BY-ND 4.0 (stated on the original)"), nd.message()); //$NON-NLS-1$
		assertEquals("CC BY-ND 4.0 §1(a), §2(a)(1)(B)", nd.reference()); //$NON-NLS-1$
	}

	@Test
	void aRejectedLinkCarriesNoLicence() throws IOException {
		LicenceReport report = checkLast(List.of(LinkStatus.REJECTED),
				english("This article is licensed under CC BY-ND 4.0: https://creativecommons.org/licenses/by-nd/4.0/"), //$NON-NLS-1$
				french("Publié sous licence CC BY 4.0 : https://creativecommons.org/licenses/by/4.0/")); //$NON-NLS-1$
		assertTrue(report.findings().stream().noneMatch(f -> f.rule().startsWith("chain-")), report.findings().toString()); //$NON-NLS-1$
	}

	@Test
	void aTranslationOfShareAlikeMaterialMustStayShareAlike() throws IOException {
		Article original = english("This article is licensed under CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/"); //$NON-NLS-1$
		LicenceReport underBy = checkLast(original, french("Publié sous licence CC BY 4.0 : https://creativecommons.org/licenses/by/4.0/")); //$NON-NLS-1$
		Finding broken = only(underBy, ChainRules.SHAREALIKE_BROKEN);
		assertEquals(Severity.ERROR, broken.severity());
		assertTrue(broken.message().contains("which is under CC BY-SA 4.0 (stated on the original); the translation is under CC BY 4.0."), broken.message()); //$NON-NLS-1$
		assertEquals("License the translation under CC BY-SA 4.0 or a later version, or GPL-3.0 (on CC's BY-SA compatible list).", broken.fix()); //$NON-NLS-1$
		assertEquals(1, broken.evidence().size(), "the translation's licence line"); //$NON-NLS-1$

		LicenceReport underBySa = checkLast(original, french("Publié sous licence CC BY-SA 4.0 : https://creativecommons.org/licenses/by-sa/4.0/")); //$NON-NLS-1$
		assertTrue(findings(underBySa, ChainRules.SHAREALIKE_BROKEN).isEmpty(), underBySa.findings().toString());

		LicenceReport underNone = checkLast(original, french());
		assertTrue(only(underNone, ChainRules.SHAREALIKE_BROKEN).message().contains("the translation states no licence."), underNone.findings().toString()); //$NON-NLS-1$
	}

	@Test
	void aTranslationMustCreditItsOriginalAndSayItIsOne() throws IOException {
		Article original = english("This article is licensed under CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/"); //$NON-NLS-1$
		String licence = "Publié sous licence CC BY-SA 4.0 : https://creativecommons.org/licenses/by-sa/4.0/"; //$NON-NLS-1$
		Finding missing = only(checkLast(original, french(licence)), ChainRules.ORIGINAL_NOT_CREDITED);
		assertEquals(Severity.WARNING, missing.severity());
		assertTrue(missing.message().contains("the title \"" + GV_EN_TITLE + "\"; the link (" + GV_EN_URL + "); a statement that it is a translation missing"), //$NON-NLS-1$ //$NON-NLS-2$
				missing.message());
		assertFalse(missing.message().contains("the publisher"), "the French text names Global Voices: " + missing.message()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(missing.fix().startsWith("Add the credit of the chain: “Il y a 10 ans"), missing.fix()); //$NON-NLS-1$

		// a credit line as Global Voices' translations carry one (this test's wording)
		String credit = "Traduction de l'article « " + GV_EN_TITLE + " » publié par Global Voices : " + GV_EN_URL; //$NON-NLS-1$ //$NON-NLS-2$
		LicenceReport credited = checkLast(original, french(credit, licence));
		assertTrue(findings(credited, ChainRules.ORIGINAL_NOT_CREDITED).isEmpty(), credited.findings().toString());
		assertTrue(findings(credited, ChainRules.SHAREALIKE_BROKEN).isEmpty(), credited.findings().toString());
	}

	@Test
	void theOriginalsThirdPartyExclusionsCarryOver() throws IOException {
		Article arabic = Fixtures.arabicSample();
		String credit = "© GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images"; //$NON-NLS-1$
		// another site republishes the sample's text without its two photo credits
		Article stripped = Article.builder(arabic.text().replace(credit, "")).language("ar").publisher("Another Site") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://another.example/north-korea").build(); //$NON-NLS-1$
		LicenceReport report = checkLast(arabic, stripped);
		Finding dropped = only(report, ChainRules.THIRD_PARTY_DROPPED);
		assertTrue(dropped.message().contains("marks \"" + credit + "\" as third-party material"), dropped.message()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(dropped.message().contains("this republication does not"), dropped.message()); //$NON-NLS-1$
		assertTrue(report.attributionEnglish().text().contains("third-party material excluded: GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images"), //$NON-NLS-1$
				report.attributionEnglish().text());

		Article kept = Article.builder(arabic.text() + "\n\nRepublished.").language("ar").publisher("Another Site") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://another.example/north-korea").build(); //$NON-NLS-1$
		assertTrue(findings(checkLast(arabic, kept), ChainRules.THIRD_PARTY_DROPPED).isEmpty());
	}

	@Test
	void aRepublicationKeepsItsOriginalsLicence() throws IOException {
		Article arabic = Fixtures.arabicSample();
		// another site copies the sample and claims all rights over it (this test's line, in place of the licence line)
		Article claimed = Article.builder(arabic.text().replace("مرخصة تحت: CC-BY-SA", "© 2024 Another Site. All rights reserved.")) //$NON-NLS-1$ //$NON-NLS-2$
				.language("ar").publisher("Another Site").sourceUrl("https://another.example/north-korea").build(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		LicenceReport report = checkLast(arabic, claimed);
		Finding changed = only(report, ChainRules.LICENCE_CHANGED);
		assertEquals(Severity.WARNING, changed.severity());
		assertTrue(changed.message().startsWith("This republication of article " + arabic.id()), changed.message()); //$NON-NLS-1$
		assertTrue(changed.message().contains("but the original is under CC BY-SA (stated on the original)"), changed.message()); //$NON-NLS-1$
		assertEquals(List.of("© 2024 Another Site. All rights reserved."), changed.evidence().stream().map(span -> span.of(claimed.text())).toList()); //$NON-NLS-1$

		Article same = Article.builder(arabic.text() + "\n\nRepublished.").language("ar").publisher("Another Site") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://another.example/north-korea").build(); //$NON-NLS-1$
		assertTrue(findings(checkLast(arabic, same), ChainRules.LICENCE_CHANGED).isEmpty());
	}

	@Test
	void theCreditWritesTheChain() throws IOException {
		Article original = english("This article is licensed under CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/"); //$NON-NLS-1$
		LicenceReport report = checkLast(original, french("Publié sous licence CC BY-SA 4.0 : https://creativecommons.org/licenses/by-sa/4.0/")); //$NON-NLS-1$
		String text = report.attributionEnglish().text();
		assertTrue(text.startsWith("“Il y a 10 ans, le premier billet du site Global Voices était publié…” — French translation by Global Voices en Français of “" //$NON-NLS-1$
				+ GV_EN_TITLE + "” (author unknown), published by Global Voices, " + GV_EN_URL //$NON-NLS-1$
				+ ", licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)"), text); //$NON-NLS-1$
		assertFalse(text.contains("original under"), "the same licence as the original's: " + text); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("fr", report.attribution().language()); //$NON-NLS-1$
		// French quotes with the credit template's own no-break spaces
		String french = report.attribution().text().replace('\u00a0', ' ').replace('\u202f', ' ');
		assertTrue(french.contains(" — Traduction en français par Global Voices en Français de « " + GV_EN_TITLE //$NON-NLS-1$
				+ " » (auteur inconnu), publié par Global Voices, "), french); //$NON-NLS-1$
		assertTrue(report.attributionEnglish().html().contains("<a href=\"https://creativecommons.org/licenses/by-sa/4.0/\" rel=\"license\">CC BY-SA 4.0</a>"), //$NON-NLS-1$
				report.attributionEnglish().html());

		// the sample: its original known by its address and its publisher's policy, which differs from what the page states
		LicenceReport sample = checkLast(Fixtures.arabicSample());
		assertEquals("“كوريا الشمالية.كيف سار اللقاء بين فلاديمير بوتين وكيم جونغ أون؟” — Arabic translation of the original, published by Lifegate, " //$NON-NLS-1$
				+ Fixtures.LIFEGATE_URL + ", licensed under CC BY-SA, version not stated (latest version: https://creativecommons.org/licenses/by-sa/4.0/); " //$NON-NLS-1$
				+ "original under CC BY-NC-ND according to its publisher's policy; third-party material excluded: GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images.", //$NON-NLS-1$
				sample.attributionEnglish().text());
		assertEquals("ar", sample.attribution().language()); //$NON-NLS-1$
		assertTrue(sample.attribution().text().contains("ترجمة إلى العربية عن الأصل، الناشر: Lifegate"), sample.attribution().text()); //$NON-NLS-1$
		assertTrue(sample.attribution().html().startsWith("<p lang=\"ar\" dir=\"rtl\">"), sample.attribution().html()); //$NON-NLS-1$
	}

	@Test
	void theChainOfAnArticleNamesItsOriginalsOnce() throws IOException {
		Article arabic = Fixtures.arabicSample();
		Article italian = lifegateRecord();
		LineageIndex index = new LineageIndex();
		List<LineageLink> links = new ArrayList<>(index.add(italian).links());
		links.addAll(index.add(arabic).links());
		LicenceChains chains = new LicenceChains(links, id -> Optional.ofNullable(id.equals(italian.id()) ? italian : null), checker);
		LicenceChain chain = chains.chainOf(checker.analyse(arabic));
		// the record in the corpus and the address the sample gives are one original
		assertEquals(1, chain.sources().size(), chain.toString());
		LicenceChain.Source source = chain.sources().get(0);
		assertEquals("lifegate-original", source.id()); //$NON-NLS-1$
		assertEquals(LicenceChain.Relation.TRANSLATION, source.relation());
		LicenceChain.OriginalLicence licence = source.licence();
		assertEquals("CC-BY-NC-ND", licence.licence().id()); //$NON-NLS-1$
		assertFalse(licence.statedOnOriginal());
		assertNull(chains.chainOf(checker.analyse(italian)).sources().stream().findAny().orElse(null), "the original has no original"); //$NON-NLS-1$
	}
}
