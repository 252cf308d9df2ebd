// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;

/**
 * What the sixth session of issue 15 added, kind by kind, each firing and not firing: credits written as prose (a
 * picture taken by an agency's or a named photographer, a source cue opening a bracket in a long sentence, the
 * reference after a quotation, the newspaper issue a text comes from, the original's author above a translator's
 * credit), screenshot and picture-reference cues, more Arabic reporting verbs; a translation the page presents in
 * running text, a translator's note, a translation into another language than the page's; a © before the rights it
 * reserves; licences defined in a list of licences; an agency described after a dash. The texts have the shapes of
 * real pages, not their words.
 */
class ProseCreditTest {

	private static LicenceAnalysis analyse(String text, String language) {
		return new LicenceChecker().analyse(Article.builder("Page title\n\n" + text.replace("\\n", "\n")).language(language).title("Page title").build());
	}

	private static List<List<String>> credits(LicenceAnalysis analysis) {
		return analysis.thirdParty().stream().map(t -> t.holders()).toList();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			La foto, scattata da un fotografo dell'agenzia ANSA, mostra la piazza vuota.                 | it | ANSA
			الصورة التي انتشرت على نطاق واسع التقطها مصور وكالة رويترز في المدينة.                          | ar | Reuters
			The picture, captured by the photographer Lena Ortiz, shows the flooded street.              | en | Lena Ortiz
			La imagen, tomada por el fotógrafo de este diario Marta Ruiz, muestra al alcalde.           | es | Marta Ruiz
			Das Bild, aufgenommen von einem Fotografen der dpa, zeigt den Platz.                         | de | dpa
			Il codice è un insieme di regole che, combinate tra loro, formano il testo vero e proprio (tratto da Paolo Neri, "Regole e testi", 2015, disponibile sul sito) e altro ancora per chi vuole approfondire la questione con calma. | it | Paolo Neri
			Le chômage a baissé de deux points au dernier trimestre selon les chiffres publiés hier (source : INSEE) et la tendance se confirme dans toutes les régions du pays depuis le début de l'année. | fr | INSEE
			«Scrivo sempre al mattino, prima che la città si svegli» (M. Bianchi, “Corriere della Sera”, 3.2.2010). | it | M. Bianchi+Corriere della Sera
			„Wer fremde Sprachen nicht kennt, weiß nichts von seiner eigenen.”\\n(Johann Wolfgang von Goethe, Maximen und Reflexionen, 1833) | de | Johann Wolfgang von Goethe
			Da La Stampa del 4 maggio 2011                                                               | it | La Stampa
			- سارة كامل\\n- ترجمة: يوسف علي\\n- تحرير: منى سعيد                                            | ar | سارة كامل
			Helen Park\\nTranslated by Tom Reed                                                          | en | Helen Park
			Screenshot YouTube                                                                           | en | YouTube
			Bildnachweis: Stadtarchiv Bonn                                                               | de | Stadtarchiv Bonn
			كشفت صحيفة "نيويورك تايمز" أن الحكومة ناقشت الخطة سرا.                                        | ar | نيويورك تايمز
			ROMA – Ansa – Il governo ha approvato il decreto.                                            | it | ANSA
			NASA/ESA/Hubble Heritage Team\\nThe galaxy shines in the infrared light of the new camera on the telescope. | en | NASA+ESA+Hubble Heritage Team
			En palabras del traductor, ofrecemos esta traducción de la introducción escrita por la Dra. Ana Pérez para su libro sobre la poesía chilena del siglo veinte y sus lectores más jóvenes de hoy. | es | Ana Pérez
			""")
	void creditsWrittenAsProseAreFoundWithTheirHolders(String text, String language, String holders) {
		List<String> want = Arrays.stream(holders.split("\\+")).map(String::strip).toList();
		assertEquals(List.of(want), credits(analyse(text, language)), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Le photographe de l'AFP a été blessé lors des affrontements.                                 | fr
			المصور الصحفي يعمل منذ عشرين عاما في المدينة.                                                  | ar
			Il dato complessivo (tratto da una stima interna) è in crescita rispetto all'anno scorso.    | it
			Il modello "tradizionale" (ALL RIGHTS RESERVED, cioè tutti i diritti riservati) è diverso.   | it
			La riunione si è tenuta ieri (Roma, Palazzo Chigi, sala verde) con i ministri.               | it
			Da Roma del 4 maggio 2011                                                                    | it
			Da La Stampa                                                                                 | it
			تحرير: أحمد سمير\\nترجمة: يوسف علي                                                           | ar
			Ausriss aus dem Artikel vom Montag.                                                          | de
			كشفت الوثائق أن الحكومة ناقشت الخطة سرا.                                                      | ar
			dall’inviato a Bruxelles – Ansa, la storica agenzia di stampa, compie ottant'anni.           | it
			RIPRODUZIONE VIETATA©tutti i diritti riservati                                               | it
			Home/News/World\\nThe galaxy shines in the infrared light of the new camera on the telescope. | en
			Ofrecemos esta traducción gratis a nuestros lectores.                                        | es
			""")
	void proseThatCreditsNoOneCreditsNothing(String text, String language) {
		LicenceAnalysis analysis = analyse(text, language);
		assertTrue(analysis.thirdParty().isEmpty(), () -> "credited " + credits(analysis) + " in: " + text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			L’œuvre est connue en Espagne grâce à Rubén Darío, dont nous proposons ici la traduction du texte qu’il publia en 1898, année de la mort du poète français, et qui reste aujourd'hui une référence pour les lecteurs. | fr
			Ofrecemos esta traducción de la entrevista que concedió en 1985 a un diario de Lima, con notas al final y una breve introducción sobre su obra y su vida, para quien quiera conocer mejor al autor y su tiempo. | es
			Translator's note: the names are transliterated as in the original.                          | en
			Note on the English translation: I kept the author's long sentences.                         | en
			Traduit de l'anglais vers le français par Anne Roy                                           | fr
			و اليكم ترجمة النص الى الفرنسية، من انجاز صديقنا                                             | ar
			L'auteure nous a permis de traduire cet entretien, donné en 2001 lors d'un colloque à Lyon sur la poésie contemporaine et ses lecteurs, que nous reproduisons ici dans son intégralité pour nos lecteurs. | fr
			""")
	void aTranslationPresentedByThePageOrItsTranslatorsNoteIsOne(String text, String language) {
		assertTrue(analyse(text, language).translation().detected(), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Nous proposons la traduction de vos documents officiels en quarante-huit heures, dans toutes les langues européennes, avec une relecture par un second relecteur et une garantie de délai pour chaque commande passée en ligne. | fr
			A note on the weather: it rained all week.                                                   | en
			Portfolio\\nTraduction de l’espagnol vers l’anglais : articles de magazine                   | fr
			L'éditeur ne nous a pas permis de traduire cet entretien, donné en 2001 lors d'un colloque à Lyon sur la poésie contemporaine et ses lecteurs, que nous résumons donc ici en quelques lignes pour nos lecteurs. | fr
			""")
	void aTranslationServiceOrATranslationIntoAnotherLanguageIsNone(String text, String language) {
		assertFalse(analyse(text, language).translation().detected(), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			- CC BY: permite que outros distribuam a obra, desde que deem crédito.                        | pt
			- Atribuição CC BY\\n- Atribuição-SemDerivações CC BY-ND                                      | pt
			CC0 (Public Domain)\\nThis is the most open of the options.                                  | en
			""")
	void aLicenceDefinedInAListOfLicencesLicensesNothing(String text, String language) {
		assertNull(analyse(text, language).licence(), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			CC BY 4.0                                                    | en | CC-BY-4.0
			Licence: CC BY 4.0                                           | en | CC-BY-4.0
			Texts: CC BY-SA 4.0\\nThis licence lets others remix the text. | en | CC-BY-SA-4.0
			RIPRODUZIONE VIETATA©tutti i diritti riservati               | it | LicenseRef-all-rights-reserved
			""")
	void aLicenceStatedOnItsLineStillLicensesThePage(String text, String language, String licence) {
		assertEquals(licence, analyse(text, language).licence().licence().id(), text);
	}
}
