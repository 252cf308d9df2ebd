// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;

/**
 * What the fifth session of issue 15 added, kind by kind, each firing and not firing: picture-source cues in Arabic
 * ("صدر الصورة،"), agency names in Arabic script inside slash chains, an agency dateline's town, a photographer's name
 * before a slash, agencies named in running text as the pictures' or the report's source, reproductions and handouts
 * ("Reprodução/YouTube", "Divulgação X"), a photographer working for a publication before "via", an aggregator's
 * source site, the next label ending a source ("Quelle: X Lizenz: …"), articles credited by a newspaper's name and
 * date, lines that only point to an article, the page's own name, credit lines in capitals, barred agencies before
 * the next caption, content "protected by copyright" in every language, a quoted notice on a line of its own,
 * language sub-domains and generic country domains, agency bylines ("avec AFP", "Redazione ANSA", two reporters and
 * their agency) and a byline above a source line, Arabic reporting verbs before a named agency, and a language
 * version credited to its translator ("Aus dem Englischen von X", "Version française : X"). The texts have the shapes of real pages, not their words.
 */
class CreditCueTest {

	private static LicenceAnalysis analyse(String text, String language, String heading, String url) {
		Article.Builder builder = Article.builder(heading + "\n\n" + text.replace("\\n", "\n")).language(language).title(heading);
		if (url != null) {
			builder.sourceUrl(url);
		}
		return new LicenceChecker().analyse(builder.build());
	}

	private static LicenceAnalysis analyse(String text, String language) {
		return analyse(text, language, "Page title", null);
	}

	private static List<List<String>> credits(LicenceAnalysis analysis) {
		return analysis.thirdParty().stream().map(t -> t.holders()).toList();
	}

	/** One credit per expected group ("A+B; C"), each with exactly those holders, in order. */
	private static void assertCredits(String text, String language, String expected) {
		LicenceAnalysis analysis = analyse(text, language);
		List<List<String>> want = Arrays.stream(expected.split(";\\s*")).map(g -> Arrays.stream(g.split("\\+")).map(String::strip).toList()).toList();
		assertEquals(want, credits(analysis), () -> "in: " + text);
	}

	private static void assertNoCredit(String text, String language) {
		LicenceAnalysis analysis = analyse(text, language);
		assertTrue(analysis.thirdParty().isEmpty(), () -> "credited " + credits(analysis) + " in: " + text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			صدر الصورة، Reuters                                                   | ar | Reuters
			صدر الصورة، Getty Images                                              | ar | Getty Images
			مصدر الصورة، وكالة الأناضول                                           | ar | Anadolu Agency
			حقوق الصورة: EPA                                                       | ar | EPA
			سامر حداد / جيتي إيماجيس                                               | ar | سامر حداد+Getty Images
			ليلى منصور / غيتي إيماجز                                               | ar | ليلى منصور+Getty Images
			أنقرة/ مراد يلماز/ الأناضول                                            | ar | مراد يلماز+Anadolu Agency
			Mark Evans/AP                                                         | en | Mark Evans+AP
			Julia SANTOS / AFP                                                    | fr | Julia SANTOS+AFP
			Tom Hale for The Boston Globe via Getty Images                        | en | Tom Hale+The Boston Globe+Getty Images
			4 de 9Reprodução/Instagram                                            | pt | Instagram
			Carla Souza/Reprodução/TV Globo                                       | pt | Carla Souza+TV Globo
			A escola abriu o desfile com um carro alegórico. Divulgação Mangueira  | pt | Mangueira
			(Photograph : Karim Haddad)                                           | fr | Karim Haddad
			© Photograph: Anna Kowalska/Reuters                                   | en | Anna Kowalska+Reuters
			Por Agência Estado Publicado 12/03/2024 às 10h05                      | pt | Agência Estado
			Quelle: Radio Eins Lizenz: Creative Commons Namensnennung             | de | Radio Eins
			""")
	void pictureAndAgencyCreditsAreFoundWithTheirHolders(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			الصورة، التي التقطت أمس، انتشرت على مواقع التواصل                      | ar
			سافر الوفد إلى أنقرة/ إسطنبول الأسبوع الماضي                           | ar
			La reproducción de este contenido está autorizada                     | es
			A divulgação dos resultados foi adiada para sexta-feira               | pt
			The photograph was taken in 1968 by an unknown visitor.               | en
			Publicado em 12/03/2024 às 10h05                                      | pt
			""")
	void noCreditWhereTheCueWordsDoNotCredit(String text, String language) {
		assertNoCredit(text, language);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			في ألبوم من الصور، رصدت وكالة "أسوشيتد برس" الأمريكية، مشاهد الأسبوع.    | ar | AP
			اختارت وكالة الصحافة الفرنسية أفضل عشر صور التقطها مصوروها هذا العام.      | ar | AFP
			نشرت وكالة الأنباء Anadolu التركية الصور الفائزة لهذا العام.               | ar | Anadolu Agency
			Voici les meilleures photos de l’année selon l’agence Reuters.          | fr | Reuters
			The figures rose again, according to the news agency AP.              | en | AP
			""")
	void anAgencyNamedInRunningTextAsTheSourceIsCredited(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			اختارت اللجنة أفضل عشر صور من بين آلاف المشاركات هذا العام.              | ar
			رصدت الكاميرات مشاهد من الاحتفالات في الساحة.                           | ar
			Selon l’agence de voyages, les réservations ont doublé.               | fr
			""")
	void noAgencyCreditInRunningTextThatNamesNone(String text, String language) {
		assertNoCredit(text, language);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Articolo su La Stampa del 14 maggio                                   | it | La Stampa
			L’articolo su Repubblica online del 2 aprile 2019                     | it | Repubblica
			Articolo su “Il Sole 24 Ore”                                          | it | Il Sole 24 Ore
			Tratto da Corriere della Sera del 3 marzo 2018                        | it | Corriere della Sera
			"Un titolo qualunque"\\nLa Stampa 05/02/2021                           | it | La Stampa
			""")
	void anArticleCreditedToItsNewspaperIsFound(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Ne parla un articolo, molto chiaro, uscito su The Star.               | it
			Segnaliamo un interessante articolo apparso ieri sul Corriere della Sera. | it
			We recommend an article that appeared in The Guardian last week.      | en
			L’articolo su cui lavoro da mesi è finalmente pronto.                 | it
			""")
	void aLineThatOnlyPointsToAnArticleCreditsNothing(String text, String language) {
		assertNoCredit(text, language);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			PHOTO OLIVIER JEAN, ARCHIVES REUTERS                                  | fr | OLIVIER JEAN+Reuters
			PHOTO FONDATION DUPONT, VIA ARCHIVES AGENCE FRANCE-PRESSE             | fr | FONDATION DUPONT+AFP
			'la vicepresidenta. Rodrigo Gil | EFE Yolanda Díaz (Sumar), ministra' | es | Rodrigo Gil+EFE
			""")
	void creditsInCapitalsAndBarredAgenciesBeforeTheNextCaption(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			FOTO DEL GIORNO                                                       | it
			PHOTOS ET VIDÉOS                                                      | fr
			'Rodrigo Gil | Yolanda Díaz'                                          | es
			""")
	void noCreditInCapitalHeadingsOrBarsWithoutAnAgency(String text, String language) {
		assertNoCredit(text, language);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			I contenuti di questo sito sono protetti dal diritto d'autore.                            | it
			Tutti i contenuti sono di proprietà della testata e protetti dalla legge sul diritto d'autore. | it
			Les contenus de ce site sont protégés par le droit d'auteur.                             | fr
			Los contenidos de este sitio están protegidos por derechos de autor.                     | es
			Os conteúdos deste site estão protegidos por direitos autorais.                          | pt
			De inhoud van deze site is auteursrechtelijk beschermd.                                  | nl
			جميع المواد المنشورة محمية بموجب قوانين حقوق الملكية الفكرية                               | ar
			""")
	void contentProtectedByCopyrightIsAllRightsReserved(String text, String language) {
		assertEquals("LicenseRef-all-rights-reserved", analyse(text, language).licence().licence().id(), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Il software è protetto dal diritto d'autore come le opere letterarie, spiega il giurista nel suo ultimo libro dedicato alla materia e ai suoi limiti. | it
			¿Están protegidos por derechos de autor los memes?                     | es
			""")
	void talkAboutCopyrightProtectionLicensesNothing(String text, String language) {
		assertNull(analyse(text, language).licence(), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Par Jean Morel avec AFP                                               | fr | AFP
			Le Quotidien avec AFP                                                 | fr | AFP
			Por Ana Lima, com Agência Brasil                                      | pt | Agência Brasil
			Da Agência Brasil                                                     | pt | Agência Brasil
			Redazione ANSA                                                        | it | ANSA
			By John Smith and Mary Jones, Associated Press                        | en | John Smith+Mary Jones+AP
			'By John Smith | Reuters'                                             | en | John Smith+Reuters
			بقلم: سارة كامل، باحثة في معهد الدراسات.\\n\\nالمصدر: فورين أفيرز        | ar | سارة كامل+فورين أفيرز
			""")
	void bylinesWithAnAgencyOrASourceCreditThem(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Interview with Reuters editor                                         | en
			Gespräch mit dpa-Chef                                                 | de
			Un café avec Paul                                                     | fr
			Da Vinci e il Rinascimento                                            | it
			بقلم: سارة كامل\\n\\nالمصدر: وكالات                                       | ar
			""")
	void noBylineCreditWithoutAnAgencyOrASource(String text, String language) {
		LicenceAnalysis analysis = analyse(text, language);
		assertTrue(analysis.thirdParty().stream().noneMatch(t -> t.holders().contains("سارة كامل") || t.holders().contains("Reuters") || t.holders().contains("dpa")),
				() -> "credited " + credits(analysis) + " in: " + text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			وقالت وكالة رويترز إن الاجتماع انتهى دون اتفاق.                          | ar | Reuters
			وأفادت وكالة الصحافة الفرنسية بأن الحصيلة ارتفعت.                        | ar | AFP
			بحسب ما نقلته وكالة رويترز عن مصادر مطلعة.                               | ar | Reuters
			بي بي سي عربي                                                         | ar | BBC
			""")
	void arabicReportingVerbsAndArabicEditionsCredit(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			وقالت الوكالة إن الاجتماع انتهى دون اتفاق.                               | ar
			قالت صحيفة محلية إن الحصيلة ارتفعت.                                     | ar
			""")
	void arabicReportingVerbsWithoutANamedAgencyCreditNothing(String text, String language) {
		assertNoCredit(text, language);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Aus dem Englischen von Eva Lang                                       | de
			Deutsche Fassung: Eva Lang                                            | de
			Versione italiana a cura di Anna Verdi                                | it
			Versión en español de Luis Gil                                        | es
			Version française : Anne Roy                                          | fr
			English version by Ann Lee                                            | en
			Versão em português: Rita Lobo                                        | pt
			النسخة العربية: سامي خليل                                               | ar
			""")
	void aLanguageVersionCreditedToItsTranslatorIsATranslation(String text, String language) {
		assertTrue(analyse(text, language).translation().detected(), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Version française disponible                                          | fr
			Die deutsche Fassung des Gesetzes tritt 2025 in Kraft.                | de
			La versión en español del juego sale mañana.                          | es
			Aus dem Archiv                                                        | de
			""")
	void aLanguageVersionWithoutItsTranslatorIsNone(String text, String language) {
		assertFalse(analyse(text, language).translation().detected(), text);
	}

	@Test
	void anAggregatorsSourceSiteIsCreditedButThePagesOwnNameIsNot() {
		assertEquals(List.of(List.of("arabic.cnn.com")), credits(analyse("الكاتب :\nالموقع :arabic.cnn.com\nنشر الخبر اول مرة", "ar", "جنوب 24", null)));
		assertTrue(analyse("صورة: عمر حسن\nالمصدر: وكالة النجمة للأنباء - غزة", "ar", "وكالة النجمة للأنباء", null).thirdParty().stream()
				.noneMatch(t -> t.holders().get(0).startsWith("وكالة النجمة")));
		assertEquals(1, analyse("صورة: عمر حسن\nالمصدر: وكالة النجمة للأنباء - غزة", "ar", "وكالة النجمة للأنباء", null).thirdParty().size());
		assertEquals(2, analyse("صورة: عمر حسن\nالمصدر: وكالة النجمة للأنباء - غزة", "ar", "موقع آخر", null).thirdParty().size());
	}

	@Test
	void aNoticeInQuotationMarksOnItsOwnLineIsThePages() {
		LicenceAnalysis own = analyse("«جميع الحقوق محفوظة»\nالمترجم سامي خليل", "ar");
		assertEquals("LicenseRef-all-rights-reserved", own.licence().licence().id());
		assertNull(analyse("كتب أن عبارة «جميع الحقوق محفوظة» لم تعد كافية", "ar").licence());
		assertNull(analyse("Das Ziel war es, aus dem\n„Alle Rechte vorbehalten“\nein „Manche Rechte vorbehalten“ zu machen.", "de").licence());
	}

	@Test
	void aLanguageSubDomainOrAGenericDomainIsNoTranslationsSource() {
		assertFalse(analyse("Photo prise par Jean Morel.", "fr", "CRI", "http://french.example.cn/photos/list/1.html").translation().detected());
		assertFalse(analyse("ترك برس – الأناضول", "ar", "ترك برس", "https://turkpress.co/node/4461").translation().detected());
		assertTrue(analyse("نص المقال", "ar", "Lifegate", "https://www.lifegate.it/russia-corea").translation().detected());
	}
}
