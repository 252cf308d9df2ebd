// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.Compatibility;
import dossier.licence.CreditHolders;
import dossier.licence.DetectedLicence;
import dossier.licence.Finding;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceId;
import dossier.licence.LicenceReport;
import dossier.licence.LicenceScope;
import dossier.licence.PublisherPolicies;
import dossier.licence.Severity;
import dossier.licence.ThirdPartyItem;
import dossier.licence.internal.NoticeSetEvaluation;

/**
 * The kinds of notice real pages carry (issue 15): scope of licences in credits, credit lines of every kind in the
 * seven languages with their holders normalised, open licences other than CC, "all rights reserved" in every
 * language, publisher policies and translation signals; each firing and not firing. Every text here is of the
 * shape found on real pages; the real pages themselves are in benchmarks/quality/licence.
 */
class RealNoticeTest {

	/** A fragment below a page title, as the HTML importer hands a page over. */
	private static LicenceAnalysis analyse(String text, String language, String url) {
		Article.Builder builder = Article.builder("Page title\n\n" + text).language(language);
		if (url != null) {
			builder.sourceUrl(url);
		}
		return new LicenceChecker().analyse(builder.build());
	}

	private static String licenceOf(LicenceAnalysis analysis) {
		DetectedLicence licence = analysis.licence();
		return licence == null ? "NONE" : licence.licence().id();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Activists in Nairobi. Photo by Jane Mwangi (CC BY-SA 3.0)                          | en | CC-BY-SA-3.0
			Image: Markus Spiske / Flickr, CC BY 2.0                                           | en | CC-BY-2.0
			The old harbour at dusk, via Wikimedia Commons, CC BY 2.0                           | en | CC-BY-2.0
			Il porto vecchio. Foto: Mario Rossi, CC BY-SA 4.0                                  | it | CC-BY-SA-4.0
			Le vieux port au crépuscule. Photo : Wikimedia Commons (CC BY-SA 3.0)              | fr | CC-BY-SA-3.0
			El viejo puerto al atardecer. Imagen de Ana Gómez en Flickr bajo licencia CC BY 2.0 | es | CC-BY-2.0
			The body of a victim is seen covered with a sheet at the back of a truck -Public Domain | en | LicenseRef-public-domain
			ميناء المدينة القديم. صورة: ويكيميديا كومنز، CC BY-SA 4.0                         | ar | CC-BY-SA-4.0
			Harbour-map.png Der Urheber hat dieses Werk gemeinfrei gemacht, es ist daher gemeinfrei. | de | LicenseRef-public-domain
			Icône par Creative Commons Attribution – Partage dans les Mêmes Conditions 3.0  | fr | CC-BY-SA-3.0
			تمت إضافة علامة الترخيص لهذا الملف: CC BY-SA 3.0                                   | ar | CC-BY-SA-3.0
			""")
	void aLicenceInACreditLicensesTheItemOnly(String text, String language, String itemLicence) {
		LicenceAnalysis analysis = analyse(text, language, null);
		assertNull(analysis.licence(), () -> "article licence taken from the credit: " + analysis.licence());
		boolean item = analysis.licences().stream().anyMatch(l -> l.scope() == LicenceScope.ITEM && l.licence().id().equals(itemLicence))
				|| analysis.thirdParty().stream().anyMatch(t -> t.ownLicence() != null && t.ownLicence().id().equals(itemLicence));
		assertTrue(item, () -> "item licence " + itemLicence + " not found in " + analysis.licences() + " / " + analysis.thirdParty());
	}

	@Test
	void aFileOrIconInAnotherSentenceLeavesThePageLicenceAlone() {
		LicenceAnalysis analysis = analyse("Text licensed under CC BY 4.0. The site's icons are by Font Awesome.", "en", null);
		assertEquals("CC-BY-4.0", licenceOf(analysis));
	}

	@Test
	void thePageLicenceComesFromTheFooterWhileThePhotoKeepsItsOwn() {
		LicenceAnalysis analysis = analyse("""
				Activists in Nairobi. Photo by Jane Mwangi (CC BY-SA 3.0)

				The story goes on.

				This article is licensed under a Creative Commons Attribution 4.0 International License.""", "en", null);
		assertEquals("CC-BY-4.0", licenceOf(analysis));
		assertTrue(analysis.licences().stream().anyMatch(l -> l.scope() == LicenceScope.ITEM && l.licence().id().equals("CC-BY-SA-3.0")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Protesters in Paris. (Photo by Michael Buholzer/Keystone via AP Photo)        | en | Michael Buholzer, Keystone, AP
			Resul Rehimov/Anadolu Agency via Getty Images                                   | en | Resul Rehimov, Anadolu Agency, Getty Images
			The summit opens. GAVRIIL GRIGOROV / POOL / AFP                                 | en | GAVRIIL GRIGOROV, AFP
			Official White House Photo by Shealah Craighead                                 | en | Shealah Craighead
			Photo from Reuters.                                                             | en | Reuters
			PARIS (AFP) — The government announced on Monday a new plan.                    | en | AFP
			La piazza del Duomo. Foto da: ANSA                                              | it | ANSA
			Fonte: ANSA                                                                     | it | ANSA
			Il vertice di Roma. ANSA/ALESSANDRO DI MEO                                      | it | ANSA, ALESSANDRO DI MEO
			foto Ap/Lapresse                                                                | it | AP, LaPresse
			Quelle: dpa                                                                     | de | dpa
			Berlin (dpa) - Die Regierung hat am Montag beschlossen, die Steuern zu senken.  | de | dpa
			Crédit photo : AFP                                                              | fr | AFP
			Madrid, 5 mar (EFE).- El Gobierno aprobó el jueves la reforma.                 | es | EFE
			Foto: Marcelo Camargo/Agência Brasil                                            | pt | Marcelo Camargo, Agência Brasil
			O presidente em Brasília. (Foto: Reuters)                                       | pt | Reuters
			القدس (رويترز) - قالت الشرطة إن المتظاهرين تجمعوا في البلدة القديمة.              | ar | Reuters
			دمشق-سانا                                                                       | ar | SANA
			(صورة: أ ف ب)                                                                   | ar | AFP
			المصدر: رويترز                                                                  | ar | Reuters
			© رويترز                                                                        | ar | Reuters
			Par AFP                                                                         | fr | AFP
			Com Agência Lusa.                                                               | pt | Lusa
			By Reuters                                                                      | en | Reuters
			شهدت العاصمة تظاهرات للمطالبة بوقف الحرب، بحسب “وفا”.                               | ar | WAFA
			The talks failed, according to AFP, after a week of meetings.                  | en | AFP
			دبي – الإمارات العربية المتحدة (وكالات)                                          | ar | وكالات
			'Yolanda Díaz, vicepresidenta del Gobierno, en el Congreso. Javier Lizon | EFE' | es | Javier Lizon, EFE
			Bildlegende: Passanten vor der Bijouterie. ZVG Stadtpolizei Zürich             | de | Stadtpolizei Zürich
			Il premier a Palazzo Chigi. Foto Ansa                                           | it | ANSA
			Des manifestants à Paris, le 1er mai. AFP                                       | fr | AFP
			El presidente, en el Congreso. / EFE                                            | es | EFE
			""")
	void creditLinesAreFoundWithTheirHoldersNormalised(String text, String language, String holders) {
		LicenceAnalysis analysis = analyse(text, language, null);
		assertEquals(1, analysis.thirdParty().size(), () -> "credits: " + analysis.thirdParty());
		assertEquals(Arrays.stream(holders.split(",\\s*")).toList(), analysis.thirdParty().get(0).holders());
	}

	@Test
	void aTranslationCreditsTheOriginalsPublisherButNotItsTranslator() {
		LicenceAnalysis arabic = analyse("نيويورك تايمز، 9 – 16 أغسطس 2009\nترجمة: علاء البشبيشي", "ar", null);
		assertEquals(List.of(List.of("نيويورك تايمز")), arabic.thirdParty().stream().map(ThirdPartyItem::holders).toList(),
				"the newspaper translated, written as on the page; not the translator");
		// the same newspaper outside a translation is the article's subject
		assertEquals(List.of(), analyse("نيويورك تايمز، 9 – 16 أغسطس 2009", "ar", null).thirdParty());
		assertEquals(List.of(), analyse("Traducido para Rebelión y Tlaxcala por Caty Rodríguez", "es", null).thirdParty(),
				"a translator's credit names no third party");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Par ailleurs, les négociations ont échoué.                                      | fr
			By the end of the week, the talks had failed.                                   | en
			The talks failed, according to the minister, after a week.                     | en
			'Yolanda Díaz | Vicepresidenta'                                                 | es
			Il premier ha parlato a lungo con l'Ansa.                                      | it
			La decisione è stata presa ieri. Foto ricordo                                   | it
			The decision was taken in Brussels. NATO                                        | en
			""")
	void theNewCreditCuesStayQuietInProse(String text, String language) {
		assertEquals(List.of(), analyse(text, language, null).thirdParty());
	}

	@Test
	void aPhotographerAfterABarBelongsToTheCredit() {
		LicenceAnalysis analysis = analyse("Eine Sturmflut wütete an der Ostseeküste. Bild: picture alliance/dpa | Frank Molter", "de", null);
		assertEquals(List.of("picture alliance", "dpa", "Frank Molter"), analysis.thirdParty().get(0).holders());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Agence France-Presse (AFP) reported that the talks had failed.                  | en
			A Reuters/Ipsos poll found that most voters disagree.                           | en
			The protocol runs over TCP/IP and/or UDP.                                       | en
			Quelle: eigene Darstellung                                                      | de
			The results were published in March 2020 after a long review.                  | en
			La Repubblica ha pubblicato ieri un'inchiesta sulla sanità.                     | it
			""")
	void ordinaryTextIsNoCredit(String text, String language) {
		LicenceAnalysis analysis = analyse(text, language, null);
		assertEquals(List.of(), analysis.thirdParty());
	}

	@Test
	void anAgencysOwnDatelineOnItsOwnSiteCreditsNoThirdParty() {
		LicenceAnalysis own = analyse("أنقرة / الأناضول\n\nقال الرئيس إن المحادثات ستستمر.", "ar", "https://www.aa.com.tr/ar/live/1");
		assertEquals(List.of(), own.thirdParty());
		LicenceAnalysis elsewhere = analyse("أنقرة / الأناضول\n\nقال الرئيس إن المحادثات ستستمر.", "ar", "https://www.example.com/news/1");
		assertEquals(List.of("Anadolu Agency"), elsewhere.thirdParty().get(0).holders());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Contains public sector information licensed under the Open Government Licence v3.0. | en | OGL-UK-3.0
			Données publiées sous Licence Ouverte / Open Licence version 2.0                     | fr | etalab-2.0
			This article is a work of the U.S. Government and is in the public domain.          | en | LicenseRef-public-domain
			Ce texte est dans le domaine public.                                                 | fr | LicenseRef-public-domain
			Este texto está en el dominio público.                                               | es | LicenseRef-public-domain
			Dieser Text ist gemeinfrei.                                                          | de | LicenseRef-public-domain
			Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additionally under the GNU Free Documentation License. | en | CC-BY-SA-4.0
			""")
	void openLicencesOtherThanCcHaveTheirOwnIds(String text, String language, String id) {
		assertEquals(id, licenceOf(analyse(text, language, null)));
	}

	@Test
	void openGovernmentLicenceAndLicenceOuverteAllowAdaptationWithCredit() {
		LicenceId ogl = LicenceId.parse("OGL-UK-3.0");
		LicenceId etalab = LicenceId.parse("etalab-2.0");
		assertEquals("OGL-UK-3.0", ogl.id());
		assertEquals("etalab-2.0", etalab.id());
		assertTrue(Compatibility.check(List.of(ogl, etalab), LicenceId.parse("CC-BY-SA-4.0"), true, true).allowed());
		assertFalse(Compatibility.check(List.of(ogl), LicenceId.parse("CC0-1.0"), true, true).allowed());
		assertTrue(Compatibility.check(List.of(new LicenceId(LicenceId.FAMILY_PUBLIC_DOMAIN, null, null)), LicenceId.parse("CC-BY-NC-4.0"), false, true).allowed());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			© 2024 The Daily Example. All rights reserved.   | en
			© RIPRODUZIONE RISERVATA                          | it
			Riproduzione riservata                            | it
			Tutti i diritti riservati                         | it
			Tous droits réservés                              | fr
			Tous droits de reproduction réservés              | fr
			Todos los derechos reservados                     | es
			Reservados todos los derechos                     | es
			Alle Rechte vorbehalten                           | de
			Todos os direitos reservados                      | pt
			Alle rechten voorbehouden                         | nl
			جميع الحقوق محفوظة                                 | ar
			جميع حقوق النشر محفوظة                             | ar
			© 2023 Le Monde                                   | fr
			""")
	void allRightsReservedInEveryLanguage(String text, String language) {
		assertEquals("LicenseRef-all-rights-reserved", licenceOf(analyse(text, language, null)));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			رخصة المشاع الإبداعي - ما هي رخصة المشاع الإبداعي ومتى تستخدم | ar
			Creative Commons: a short history of the licences | en
			""")
	void creativeCommonsNamedWithoutALicensingWordLicensesNothing(String text, String language) {
		assertEquals("NONE", licenceOf(analyse(text, language, null)));
	}

	@Test
	void creativeCommonsWithALicensingWordIsAnUnspecifiedLicence() {
		assertEquals("LicenseRef-creative-commons-unspecified", licenceOf(analyse("Article publié sous licence Creative Commons.", "fr", null)));
	}

	@Test
	void aPublisherPolicyIsReportedApartWhenThePageStatesNoVersion() {
		LicenceReport report = new LicenceChecker().check(Article.builder("Un titre\n\nLe texte.\n\nPublié sous licence Creative Commons.")
				.language("fr").sourceUrl("https://fr.globalvoices.org/2014/11/06/176843/").build());
		assertEquals("LicenseRef-creative-commons-unspecified", report.analysis().licence().licence().id(), "the page's own statement is kept");
		Finding policy = report.findings().stream().filter(f -> f.rule().equals("publisher-policy")).findFirst().orElseThrow();
		assertTrue(policy.message().startsWith("Publisher policy, not stated on the page: Global Voices publishes under CC BY 3.0"), policy.message());
		assertEquals(Severity.NOTE, policy.severity());

		LicenceReport stated = new LicenceChecker().check(Article.builder("Un titre\n\nLe texte.\n\nPublié sous licence CC BY 3.0 https://creativecommons.org/licenses/by/3.0/")
				.language("fr").sourceUrl("https://fr.globalvoices.org/2014/11/06/176843/").build());
		assertTrue(stated.findings().stream().noneMatch(f -> f.rule().startsWith("publisher-policy") || f.rule().equals("source-policy-conflict")));

		LicenceReport unknown = new LicenceChecker().check(Article.builder("A title\n\nText.\n\nLicensed under Creative Commons.")
				.language("en").sourceUrl("https://www.example.org/a").build());
		assertTrue(unknown.findings().stream().noneMatch(f -> f.rule().equals("publisher-policy")));
	}

	@Test
	void publisherPoliciesCarryTheirSourceAndCanBeExtended() {
		PublisherPolicies.PublisherPolicy conversation = PublisherPolicies.builtIn().forUrl("https://theconversation.com/us/x");
		assertEquals("CC-BY-ND", conversation.licence().id());
		assertTrue(conversation.url().startsWith("https://theconversation.com/"));
		assertEquals("2026-12-06", conversation.read());
		for (PublisherPolicies.PublisherPolicy policy : PublisherPolicies.builtIn().policies()) {
			assertTrue(policy.url().startsWith("https://") && !policy.read().isBlank() && !policy.note().isBlank(), policy.publisher());
		}
		PublisherPolicies extended = PublisherPolicies.builtIn().with(new ByteArrayInputStream(
				"example.org\tExample News\tCC-BY-SA-4.0\thttps://example.org/licence\t2026-12-06\tour policy\n".getBytes(StandardCharsets.UTF_8)));
		assertEquals("Example News", extended.forUrl("https://news.example.org/a").publisher());
		assertNotNull(extended.forUrl("https://globalvoices.org/a"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Translated by Jane Doe.                                      | en
			Traducido por Caty R.                                        | es
			Traduit par Jean Dupont                                      | fr
			Tradução: Maria Silva                                        | pt
			Übersetzung: Hans Meier                                      | de
			Tradotto da Lucia Verdi                                      | it
			ترجمة: علاء البشبيشي                                          | ar
			Vertaald uit het Engels                                      | nl
			This article was originally published in Spanish.            | en
			Cette page a été traduite automatiquement.                   | fr
			""")
	void translationsAreSeenInEveryLanguage(String text, String language) {
		LicenceAnalysis analysis = analyse("Body of the text.\n\n" + text, language, null);
		assertTrue(analysis.translation().detected(), () -> "no translation in " + text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Sie ist keine Eins-zu-eins-Übersetzung des französischen Originals, sondern eine eigene Ausgabe mit eigenen Beiträgen, die in Berlin von einer eigenen Redaktion ausgewählt, ergänzt und mit zeitgenössischer Kunst bebildert werden, jeden Monat neu. | de
			The original story was written by our own reporter in Rome.   | en
			""")
	void noTranslationWhereNoneIsSaid(String text, String language) {
		assertFalse(analyse("Body of the text.\n\n" + text, language, null).translation().detected());
	}

	@Test
	void anEnglishPageOnANationalDomainIsNoTranslation() {
		assertFalse(analyse("The contents of this website are free to reuse.", "en", "https://www.example.nl/english/copyright/").translation().detected());
		assertFalse(analyse("The contents of this website are free to reuse.", "en", "https://www.example.nl/copyright/").translation().detected());
		assertTrue(analyse("زار الرئيس الروسي كوريا الشمالية.", "ar", "https://www.lifegate.it/russia-corea-del-nord-putin").translation().detected());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			© GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images  | GAVRIIL GRIGOROV, AFP, Getty Images
			Agence France-Presse                               | AFP
			أ.ف.ب                                              | AFP
			EPA-EFE/JUAN CARLOS HIDALGO                        | EPA, EFE, JUAN CARLOS HIDALGO
			Gerd Altmann di Pixabay                            | Gerd Altmann, Pixabay
			© (رويترز: 16 أيار/ مايو 2020 )                   | Reuters
			Fonte: http://www.bbc.co.uk/news/world-22992410    | www.bbc.co.uk
			""")
	void holdersAreSplitAndNormalised(String credit, String holders) {
		assertEquals(Arrays.stream(holders.split(",\\s*")).toList(), CreditHolders.builtIn().split(credit));
	}

	@Test
	void aTeamExtendsTheHolderList() {
		CreditHolders extended = CreditHolders.builtIn().with(new ByteArrayInputStream(
				"Kathimerini Photo Service\tlibrary\tKPS|Καθημερινή\tkathimerini.gr\n".getBytes(StandardCharsets.UTF_8)));
		assertEquals(List.of("Nikos Papadopoulos", "Kathimerini Photo Service"), extended.split("Nikos Papadopoulos/KPS"));
		assertTrue(extended.isKnown("Καθημερινή"));
		assertFalse(CreditHolders.builtIn().isKnown("KPS"));
	}

	@Test
	void aThirdPartyItemKeepsItsAgencies() {
		ThirdPartyItem item = analyse("The summit. Photo: Jane Doe/AFP via Getty Images", "en", null).thirdParty().get(0);
		assertEquals(List.of("AFP", "Getty Images"), item.agencies());
	}

	/**
	 * The dev half of the real-notice set (benchmarks/quality/licence, labelled before the engine ran on it) does
	 * not fall below the figures recorded in docs/quality.md; the test half is reported there, never asserted here.
	 */
	@Test
	void theDevHalfOfTheRealNoticeSetKeepsItsFigures() throws Exception {
		Path set = Path.of("../../benchmarks/quality/licence");
		if (!Files.isDirectory(set)) {
			set = Path.of("benchmarks/quality/licence");
		}
		NoticeSetEvaluation dev = NoticeSetEvaluation.run(set, "dev");
		assertTrue(dev.all.records >= 150, "dev half has " + dev.all.records + " records");
		assertTrue(dev.all.licence.value() >= 0.93, () -> "licence id " + dev.all.licence + "\n" + String.join("\n", dev.misses));
		assertTrue(dev.all.creditPrecision.value() >= 0.90, () -> "credit precision " + dev.all.creditPrecision + "\n" + String.join("\n", dev.misses));
		assertTrue(dev.all.creditRecall.value() >= 0.70, () -> "credit recall " + dev.all.creditRecall + "\n" + String.join("\n", dev.misses));
		assertTrue(dev.all.translation.value() >= 0.93, () -> "translation " + dev.all.translation + "\n" + String.join("\n", dev.misses));
		assertTrue(dev.all.itemTakenForArticle <= 4, () -> dev.all.itemTakenForArticle + " article licences taken from an item's credit");
	}
}
