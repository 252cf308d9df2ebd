// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.DetectedLicence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;

/**
 * The page's licence on real notices and on pages that talk about licences (issue 15, tenth session): kinds found in
 * a fresh batch of dev records, each firing in the languages it exists in and not firing on the look-alike that
 * licenses nothing. The sentences are written for the test in the shapes of those pages, not copied from them.
 */
class NoticesAndMentionsTest {

	private static String licenceOf(String text, String language) {
		LicenceAnalysis analysis = new LicenceChecker().analyse(Article.builder("Page title\n\n" + text.replace("\\n", "\n")).language(language).build());
		DetectedLicence licence = analysis.licence();
		return licence == null ? "NONE" : licence.licence().id();
	}

	/** A licence chooser's sentence names the work the page holds: a notice, however long the line it is run into. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Giornale di bordo, appunti di viaggio e fotografie raccolte durante un anno in bicicletta attraverso l'Europa, dal Portogallo alla Finlandia. © 2019 Marco Bianchi. Giornale di bordo by Marco Bianchi is licensed under a Creative Commons Attribuzione - Non commerciale 4.0 Internazionale License. | it | CC-BY-NC-4.0
			Die Beiträge dieser Reihe erscheinen jeden Monat und werden von Studierenden des Seminars für Zeitgeschichte geschrieben, redigiert und mit Quellen aus dem Stadtarchiv ergänzt, das uns dabei unterstützt. Dieses Werk ist lizenziert unter einer Creative Commons Namensnennung 4.0 International Lizenz. | de | CC-BY-4.0
			Many projects publish their texts openly; Wikipedia, for example, uses a Creative Commons Attribution-ShareAlike licence for all of its articles, which lets anyone copy and adapt them as long as they credit the authors and share the result in the same way, and other sites follow it. | en | NONE
			""")
	void aChooserSentenceOnALongLine(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}

	/** "CC-Attribution-ShareAlike": the elements spelt out after the two letters. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			This blog is licensed CC-Attribution-ShareAlike.                                    | en | CC-BY-SA
			Alle Beiträge stehen unter CC-Namensnennung 4.0.                                    | de | CC-BY-4.0
			The CC-Attribution clause means that you always have to name the original author.  | en | NONE
			""")
	void elementsSpeltOutAfterCC(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}

	/** A negation does not reach past a contrast ("…, but"): what follows is a statement of its own. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			You may not have read it, but everything here is licensed under CC BY 4.0.          | en | CC-BY-4.0
			This text is not licensed under CC BY 4.0.                                          | en | NONE
			""")
	void aContrastEndsTheNegation(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}

	/** Arabic elements written without a space ("غيرالتجاري", "بلااشتقاق") are elements: no licence with fewer of them. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			هذا المقال مرخص بموجب رخصة المشاع الإبداعي النسبة-غيرالتجاري-بلااشتقاق 4.0          | ar | CC-BY-NC-ND-4.0
			هذا المقال مرخص بموجب رخصة المشاع الإبداعي النسبة 4.0                               | ar | CC-BY-4.0
			""")
	void arabicElementsWithoutSpaces(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}

	/** Copying not permitted, said with a verb, keeps all rights; a permission to copy does not. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			لا يسمح بنسخ محتوى الموقع أو إعادة نشره إلا بإذن كتابي من الإدارة.                     | ar | LicenseRef-all-rights-reserved
			You are not permitted to copy or republish the articles on this site.               | en | LicenseRef-all-rights-reserved
			Non è consentito riprodurre i testi senza autorizzazione.                           | it | LicenseRef-all-rights-reserved
			يسمح بنسخ المحتوى مع ذكر المصدر.                                                    | ar | NONE
			Copying is permitted for personal use.                                              | en | NONE
			""")
	void copyingNotPermitted(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}

	/** The author's leave given to the page in the first person is the page's licence; leave for something else is not. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Pubblico questo testo di Luigi Verdi, che mi ha gentilmente autorizzato a riprenderlo sul mio blog insieme agli altri suoi scritti. | it | LicenseRef-used-with-permission
			L'auteure nous a permis de traduire et de publier son article, paru d'abord dans une revue.          | fr | LicenseRef-used-with-permission
			The author has kindly allowed us to republish this piece.                                           | en | LicenseRef-used-with-permission
			The city council allowed us to visit the archive last week before it closed for the summer.         | en | NONE
			""")
	void theAuthorsLeaveInTheFirstPerson(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}

	/** A licence whose terms are being explained ("vous êtes libres de :") or whose new version is news licenses nothing. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Pour la licence ouverte (version 2.0), vous êtes libres de :                         | fr | NONE
			Licence Ouverte / Open Licence\\nPour la licence ouverte (v1 ou v2), vous êtes libres de :      | fr | NONE
			Nouvelle version 2.0 de la licence ouverte                                           | fr | NONE
			Les données de ce site sont publiées sous licence ouverte (version 2.0).             | fr | etalab-2.0
			Publié sous la licence ouverte version 2.0                                           | fr | etalab-2.0
			""")
	void aLicenceExplainedOrInTheNews(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}

	/** A port named by its country after the version is the port, as its two letters are ("3.0 Italia" as "3.0 IT"). */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Quest'opera è distribuita con Licenza Creative Commons Attribuzione - Non commerciale 3.0 Italia.    | it | CC-BY-NC-3.0-IT
			Esta obra está bajo una licencia de Creative Commons Reconocimiento 3.0 España.                     | es | CC-BY-3.0-ES
			Dieses Werk ist lizenziert unter einer Creative Commons Namensnennung 3.0 Deutschland Lizenz.       | de | CC-BY-3.0-DE
			Quest'opera è distribuita con Licenza Creative Commons Attribuzione - Non commerciale 3.0 Unported.  | it | CC-BY-NC-3.0
			Licensed under a Creative Commons Attribution 4.0 International licence.                            | en | CC-BY-4.0
			""")
	void aPortNamedByItsCountry(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}

	/** "Some rights reserved" is Creative Commons' motto, not "all rights reserved", in every language. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Alcuni diritti riservati         | it | NONE
			Algunos derechos reservados      | es | NONE
			بعض الحقوق محفوظة                | ar | NONE
			Tutti i diritti riservati        | it | LicenseRef-all-rights-reserved
			Todos los derechos reservados    | es | LicenseRef-all-rights-reserved
			جميع الحقوق محفوظة               | ar | LicenseRef-all-rights-reserved
			""")
	void someRightsReservedIsNotAllRightsReserved(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}
}
