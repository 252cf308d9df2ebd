// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.CreditHolders;
import dossier.licence.DetectedLicence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceScope;

/**
 * The credit-line grammar added in the third session of issue 15 (cue, separator, holder chain), kind by kind and
 * language by language, each firing and not firing; and the licence and translation signals added with it. The texts
 * have the shapes of the real pages in benchmarks/quality/licence (dev half), not their words.
 */
class CreditGrammarTest {

	private static LicenceAnalysis analyse(String text, String language, String url) {
		Article.Builder builder = Article.builder("Page title\n\n" + text).language(language);
		if (url != null) {
			builder.sourceUrl(url);
		}
		return new LicenceChecker().analyse(builder.build());
	}

	private static List<String> holders(LicenceAnalysis analysis) {
		return analysis.thirdParty().stream().flatMap(t -> t.holders().stream()).distinct().toList();
	}

	private static void assertCredits(String text, String language, String expected) {
		LicenceAnalysis analysis = analyse(text.replace("\\n", "\n"), language, null);
		List<String> want = Arrays.stream(expected.split(",\\s*")).toList();
		assertFalse(analysis.thirdParty().isEmpty(), () -> "no credit found in: " + text);
		assertTrue(holders(analysis).containsAll(want), () -> "holders " + holders(analysis) + " do not include " + want);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			تصوير :\\nرويترز                                                  | ar | Reuters
			تصوير :\\nأحمد سعيد                                               | ar | أحمد سعيد
			Foto:\\nJan de Vries                                               | nl | Jan de Vries
			Crédit photo :\\nAFP                                               | fr | AFP
			Bildquelle:\\nKeystone                                             | de | Keystone
			Fonte:\\nANSA                                                      | it | ANSA
			By\\nThe Associated Press                                          | en | AP
			Por\\nEFE                                                          | es | EFE
			""")
	void aCueAloneOnItsLineCreditsTheNameOnTheNext(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			By\\nJane Doe\\nThe council met on Monday.                               | en
			Par\\nMarie Dupont\\nLe conseil s'est réuni lundi.                       | fr
			Foto:\\nLe immagini della manifestazione sono state scattate ieri. Poi la pioggia. | it
			""")
	void aBylineWordAloneBeforeAPersonOrASentenceCreditsNothing(String text, String language) {
		LicenceAnalysis analysis = analyse(text.replace("\\n", "\n"), language, null);
		assertTrue(analysis.thirdParty().isEmpty(), () -> "credited: " + analysis.thirdParty());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Un coche fúnebre traslada los restos del escritor a la funeraria. JOHN REYES            | es | JOHN REYES
			Un agente, frente a una comisaría de la ciudad. - POLICÍA NACIONAL                     | es | POLICÍA NACIONAL
			The minister arrives at the summit in Brussels on Monday. DANIEL HARTLEY               | en | DANIEL HARTLEY
			Il presidente ai funerali di Stato nell’Aula di Montecitorio. / Quirinale (Paolo Giandotti) | it | Quirinale, Paolo Giandotti
			""")
	void aNameClosingACaptionIsItsCredit(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Il governo ha approvato la riforma con il sostegno della UE. Ne parla oggi la stampa.  | it
			The talks ended without agreement between the EU and the US. NATO                   | en
			El acuerdo fue firmado por los dos países de la OTAN y la UE.                        | es
			""")
	void anAcronymOrASentenceClosingACaptionIsNoCredit(String text, String language) {
		LicenceAnalysis analysis = analyse(text, language, null);
		assertTrue(analysis.thirdParty().isEmpty(), () -> "credited: " + analysis.thirdParty());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			door anp                                               | nl | ANP
			Beeld anp                                              | nl | ANP
			The Guardian: photo prise par Mark Bellamy, de l’agence Getty, un manifestant devant la mairie. | fr | Mark Bellamy, Getty Images
			La foto, scattata da Marco Rossi dell'agenzia ANSA, mostra la piazza vuota durante la notte e la pioggia sul selciato del centro storico. | it | Marco Rossi, ANSA
			صورة من: picture-alliance/dpa                           | ar | picture alliance, dpa
			مصدر النص: وزارة الخارجية                               | ar | وزارة الخارجية
			ز.أ.ب/ح.ع.ح (د ب أ، إ ب د)                               | ar | dpa, epd
			dpa.de, 28.12.23 08:28 Uhr                             | de | dpa
			Image by by John E. Kobara                             | en | John E. Kobara
			Articolo apparso sul Giornale del Popolo del 26.11.2013 | it | Giornale del Popolo
			Riporto di seguito un articolo uscito in questi giorni sul Corriere della Sera. | it | Corriere della Sera
			Extrait d’un article publié sur le site THEGUARDIAN le 12 mars 2014 | fr | The Guardian
			Fernanda e Fernando (Foto: reprodução/Instagram/@fernandaoficial) | pt | Instagram, @fernandaoficial
			""")
	void creditLinesOfTheNewKindsAreFound(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Rita Daou، وكالة فرانس برس                                   | ar | Rita Daou, AFP
			Par Jean Dupont, AFP                                          | fr | Jean Dupont, AFP
			Di Mario Rossi (ANSA)                                         | it | Mario Rossi, ANSA
			By John Smith, Associated Press                               | en | John Smith, AP
			وكالة رويترز                                                  | ar | Reuters
			Het Vondelpark in Amsterdam op een zomerse avond. Beeld Jan de Vries | nl | Jan de Vries
			Il porto di Genova all'alba, in una foto d'archivio. Foto Marco Bianchi | it | Marco Bianchi
			Lo scatto è di Elio Pallard                                   | it | Elio Pallard
			Macht sich auf den Weg zur Demo. Gemeinfrei-ähnlich freigegeben durch unsplash.com Janko Ferlič | de | Unsplash, Janko Ferlič
			Un atardecer en la sierra, imagen de Pixabay                  | es | Pixabay
			""")
	void reporterBylinesAndCaptionClosingsOfEveryLanguageAreFound(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Par Jean Dupont, envoyé spécial à Kiev                       | fr
			Di Mario Rossi (Roma)                                        | it
			Het Vondelpark in Amsterdam. Beeld van de week               | nl
			We went on holiday by plane from Amsterdam.                  | en
			""")
	void aBylineWithoutAnAgencyOrACaptionWithoutANameCreditsNothing(String text, String language) {
		LicenceAnalysis analysis = analyse(text, language, null);
		assertTrue(analysis.thirdParty().isEmpty(), () -> "credited: " + analysis.thirdParty());
	}

	@Test
	void aLicenceGivenByAnImageSiteLicensesThePictureNotThePage() {
		LicenceAnalysis analysis = analyse("Macht sich auf den Weg zur Demo. Gemeinfrei-ähnlich freigegeben durch unsplash.com Janko Ferlič", "de", null);
		assertNull(analysis.licence(), () -> "page licence taken from the picture: " + analysis.licence());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Una riflessione su un articolo apparso su “La Bussola Quotidiana”      | it
			Aus meiner Sicht ein interessanter Artikel in Zeit online:          | de
			La foto di gruppo del consiglio comunale, scattata ieri in piazza.  | it
			dpa-Korrespondent Peter Müller, 28 Jahre                            | de
			""")
	void talkAboutAnArticleOrAPhotoCreditsNothing(String text, String language) {
		LicenceAnalysis analysis = analyse(text, language, null);
		assertTrue(analysis.thirdParty().isEmpty(), () -> "credited: " + analysis.thirdParty());
	}

	@Test
	void holdersKeepInitialsAndHandlesAndDropARemarkAfterTheHolder() {
		CreditHolders list = CreditHolders.builtIn();
		assertEquals(List.of("John E. Kobara"), list.split("John E. Kobara"));
		assertEquals(List.of("Instagram", "@fernandaoficial"), list.split("reprodução/Instagram/@fernandaoficial"));
		assertEquals(List.of("linternaute.com"), list.split("linternaute.com, lien dans l'article complet"));
		assertEquals(List.of("the respective hotels"), list.split("the respective hotels"));
		assertEquals(List.of("Mario", "Rossi"), list.split("Mario e Rossi")); // a lower-case "e" is still "and"
	}

	@Test
	void aHolderThatIsTheWholeCreditIsFoundInAnyCase() {
		CreditHolders list = CreditHolders.builtIn();
		assertEquals("ANP", list.lookupIgnoringCase("anp").name());
		assertNull(list.lookup("anp")); // in running text "ap", "aa" are words, not agencies
		assertNull(list.lookupIgnoringCase("the"));
	}

	@Test
	void onItsOwnSiteAnAgencysPhotographerIsNotThirdPartyButAPartnersIs() {
		LicenceAnalysis analysis = analyse("Personas ingresan a un tribunal federal en Nueva York. EFE/EPA/Justin Lane\nSantiago (EFE).-", "es",
				"https://efe.com/mundo/2023-01-17/juicio/");
		List<String> holders = holders(analysis);
		assertTrue(holders.contains("EPA"), () -> holders.toString());
		LicenceAnalysis own = analyse("Personas se manifiestan en Santiago (Chile). EFE/Elvis González\nSantiago de Chile (EFE).-", "es",
				"https://efe.com/mundo/2023-01-17/dominga/");
		assertTrue(own.thirdParty().isEmpty(), () -> own.thirdParty().toString());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			You may use and re-use the information featured on this website (not including logos) free of charge in any format or medium, under the terms of the Open Government Licence. | en | OGL-UK-3.0
			Leseprobe: Abdruck mit freundlicher Genehmigung von Gehirn & Geist. Alle Rechte vorbehalten. | de | LicenseRef-used-with-permission
			Reprinted with permission of the author. All rights reserved.                                  | en | LicenseRef-used-with-permission
			""")
	void pageLicencesOfTheNewKinds(String text, String language, String licence) {
		DetectedLicence found = analyse(text, language, null).licence();
		assertNotNull(found, () -> "no licence in: " + text);
		assertEquals(licence, found.licence().id());
		assertEquals(LicenceScope.ARTICLE, found.scope());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Creative Commons License Deed\\nNaamsvermelding 4.0 Internationaal (CC BY 4.0)\\nDit is geen licentie en heeft geen juridische waarde. | nl
			Attribution 4.0 International (CC BY 4.0)\\nThis deed highlights only some of the key features and terms of the actual license. It is not a license and has no legal value. | en
			Attribution 4.0 International (CC BY 4.0)\\nCeci n'est pas une licence : ce résumé n'a pas de valeur juridique. | fr
			The photos are free to use (this is not a licence to use the logo) under CC BY 4.0. | en
			""")
	void aPageThatSaysItIsNotALicenceLicensesNothing(String text, String language) {
		LicenceAnalysis analysis = analyse(text.replace("\\n", "\n"), language, null);
		assertNull(analysis.licence(), () -> "licence: " + analysis.licence());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Riporto di seguito, nella mia traduzione, i passaggi più significativi di un articolo del New York Times. | it
			Voici ma traduction de l'entretien paru la semaine dernière.                                         | fr
			Here is my translation of the interview.                                                            | en
			Esta es nuestra traducción del discurso del presidente.                                              | es
			""")
	void aTranslatorSayingMyTranslationMarksATranslation(String text, String language) {
		assertTrue(analyse(text, language, null).translation().detected());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Creado al traducir la página «Predatory publishing»                                                  | es
			This page was created by translating the article «Open access» from the English Wikipedia.         | en
			Pagina creata traducendo la pagina «Open access».                                                    | it
			(Bemerkung: Der Beginn einer deutschen Übersetzung des Romans, die lediglich als eine Art Sprachübung erfolgt, ist durch Auswahl des entsprechenden Links auf der rechten Seite verfügbar. Das Kapitel, das gerade übersetzt wird, befindet sich unten.) | de
			""")
	void translatingAPageOrABookMarksATranslation(String text, String language) {
		assertTrue(analyse(text, language, null).translation().detected());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Rowohlt 2019, 1264 S., ISBN: 978-3-498-04537-1, übersetzt von Melanie Walz.              | de
			Gallimard, 2015, 320 pages, traduit de l'anglais par Jean Dupont.                         | fr
			الناشر: المجمع العربي للمترجمين المحترفين                                                | ar
			""")
	void aTranslatedBookReviewedOrATranslatorsSocietyIsNoTranslationOfTheText(String text, String language) {
		assertFalse(analyse(text, language, null).translation().detected());
	}

	@Test
	void anEditionMarkerTheTextDoesNotCiteIsNoTranslationButACitedOneIs() {
		assertFalse(analyse("Articolo pubblicato su La Nazione di lunedì 8 aprile 2019", "it",
				"https://pontetorto.example/en/la-nazione-8-aprile/").translation().detected());
		assertFalse(analyse("Je creatief werk uitgeven met een Creative Commons-licentie is makkelijk.", "nl",
				"https://www.creativecommons.example.be/licenties/").translation().detected());
		// a country domain still names the original's language, as for the sample (an Arabic text, an .it source)
		assertTrue(analyse("زار الرئيس الروسي كوريا الشمالية.", "ar", "https://www.example.it/russia-corea").translation().detected());
	}
}
