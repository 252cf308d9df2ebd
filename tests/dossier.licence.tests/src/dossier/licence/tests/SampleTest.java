// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dossier.core.model.Article;
import dossier.core.model.TextSpan;
import dossier.licence.AttributionElements;
import dossier.licence.DetectedLicence;
import dossier.licence.Evidence;
import dossier.licence.Finding;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceReport;
import dossier.licence.LicenceScope;
import dossier.licence.Severity;
import dossier.licence.ThirdPartyItem;
import dossier.licence.Translation;

/**
 * The project's sample yields exactly what /work/shared/notes/cc-licences.md lists, each item with offsets
 * checked against the text: once as an importer gives it (title, publisher, URL set) and once from the raw
 * text alone.
 */
class SampleTest {

	private static final String NOTICE = "مرخصة تحت: CC-BY-SA";
	private static final String PHOTO_CREDIT = "© GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images";
	private static final String URL = "https://www.lifegate.it/russia-corea-del-nord-putin";

	static Stream<Arguments> samples() {
		return Stream.of(Arguments.of("importer fields", Fixtures.sampleArticle()),
				Arguments.of("raw text", Article.builder(Fixtures.sampleText()).build()));
	}

	private static void assertAt(String text, Evidence evidence, String expected, int occurrence) {
		assertNotNull(evidence, expected);
		assertEquals(expected, evidence.text());
		TextSpan span = evidence.span();
		assertNotNull(span, "span of " + expected);
		int at = -1;
		for (int i = 0; i <= occurrence; i++) {
			at = text.indexOf(expected, at + 1);
		}
		assertEquals(at, span.start(), "start of " + expected);
		assertEquals(at + expected.length(), span.end(), "end of " + expected);
		assertEquals(expected, span.of(text));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void licenceIsByShareAlikeWithoutVersionOrLink(String how, Article article) {
		LicenceReport report = new LicenceChecker().check(article);
		DetectedLicence licence = report.analysis().licence();
		assertEquals("CC-BY-SA", licence.licence().id());
		assertFalse(licence.versionStated());
		assertNull(licence.link());
		assertEquals(LicenceScope.ARTICLE, licence.scope());
		assertAt(article.text(), licence.evidence(), NOTICE, 0);
		assertEquals(1, report.analysis().licences().size(), "one licence statement");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void attributionElements(String how, Article article) {
		String text = article.text();
		AttributionElements elements = new LicenceChecker().check(article).analysis().elements();
		assertAt(text, elements.title(), text.substring(0, text.indexOf('\n')), 0);
		assertAt(text, elements.publisher(), "Lifegate", 0);
		assertAt(text, elements.sourceUrl(), URL, 0);
		assertTrue(elements.authors().isEmpty(), "no author is named");
		assertNull(elements.licenceLink());
		assertNull(elements.modificationNotice());
		assertNull(elements.copyrightNotice(), "the photo credits are not the article's copyright notice");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void translationFromItalianInferredFromTheSourceUrl(String how, Article article) {
		Translation translation = new LicenceChecker().check(article).analysis().translation();
		assertTrue(translation.detected());
		assertEquals("ar", translation.textLanguage());
		assertEquals("it", translation.sourceLanguage());
		assertEquals(Translation.Basis.SOURCE_URL, translation.basis());
		assertAt(article.text(), translation.evidence(), URL, 0);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void twoAgencyPhotographsAreThirdParty(String how, Article article) {
		List<ThirdPartyItem> items = new LicenceChecker().check(article).analysis().thirdParty();
		assertEquals(2, items.size());
		for (int i = 0; i < 2; i++) {
			assertAt(article.text(), items.get(i).credit(), PHOTO_CREDIT, i);
			assertEquals("GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images", items.get(i).holder());
			assertNull(items.get(i).ownLicence());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void findingsAreExactlyTheOnesTheNotesList(String how, Article article) {
		LicenceReport report = new LicenceChecker().check(article);
		List<String> rules = report.findings().stream().map(Finding::rule).toList();
		assertEquals(List.of("licence-version-missing", "licence-link-missing", "creator-missing", "modification-notice-missing",
				"third-party-not-covered", "third-party-not-covered", "source-policy-conflict"), rules);
		String text = article.text();
		Finding version = report.findings().get(0);
		assertEquals(text.indexOf(NOTICE), version.evidence().get(0).start());
		assertEquals("CC BY-SA 4.0 §3(a)(1)(C)", version.reference());
		assertEquals("CC BY-SA 4.0 §3(a)(1)(C)", report.findings().get(1).reference());
		assertEquals("CC BY-SA 4.0 §3(a)(1)(A)(i)", report.findings().get(2).reference());
		assertEquals("CC BY-SA 4.0 §3(a)(1)(B)", report.findings().get(3).reference());
		assertEquals(text.indexOf(URL), report.findings().get(3).evidence().get(0).start());
		assertEquals(text.indexOf(PHOTO_CREDIT), report.findings().get(4).evidence().get(0).start());
		assertEquals(text.lastIndexOf(PHOTO_CREDIT), report.findings().get(5).evidence().get(0).start());
		// cc-licences.md: Lifegate's own policy is CC BY-NC-ND; the Arabic "CC-BY-SA" translation is reported against it,
		// with both pieces of evidence, as a finding of its own, never replacing what the page states
		Finding policy = report.findings().get(6);
		assertEquals(Severity.WARNING, policy.severity());
		assertTrue(policy.message().contains("CC BY-SA") && policy.message().contains("Lifegate") && policy.message().contains("CC BY-NC-ND"), policy.message());
		assertTrue(policy.message().contains("translation"), policy.message());
		assertTrue(policy.message().contains("basta-copyright-lifegate-adotta-creative-commons"), policy.message());
		assertEquals(text.indexOf(NOTICE), policy.evidence().get(0).start());
		assertEquals("CC-BY-SA", report.analysis().licence().licence().id());
		assertTrue(report.hasErrors());
		for (Finding finding : report.findings()) {
			assertFalse(finding.message().isBlank());
			assertFalse(finding.fix().isBlank());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void noiseIsNotTakenForAttribution(String how, Article article) {
		LicenceReport report = new LicenceChecker().check(article);
		String everything = report.analysis().elements().toString() + report.analysis().licences() + report.analysis().thirdParty();
		assertFalse(everything.contains("GratisForGratis"));
		assertFalse(everything.contains("CAPTCHA"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void suggestedCreditReadsLikeTheNotes(String how, Article article) {
		LicenceReport report = new LicenceChecker().check(article);
		String english = report.attributionEnglish().text();
		assertTrue(english.startsWith("“كوريا الشمالية.كيف سار اللقاء"), english);
		assertTrue(english.contains("— Lifegate (author unknown), " + URL + ", licensed under CC BY-SA, version not stated"), english);
		assertTrue(english.contains("https://creativecommons.org/licenses/by-sa/4.0/"), english);
		assertTrue(english.contains("; Arabic translation of the Italian original;"), english);
		assertTrue(english.endsWith("third-party material excluded: GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images."), english);
		assertEquals("ar", report.attribution().language());
		assertTrue(report.attribution().text().contains("ترجمة إلى العربية عن الأصل بالإيطالية"), report.attribution().text());
		assertTrue(report.attribution().html().startsWith("<p lang=\"ar\" dir=\"rtl\">"));
	}
}
