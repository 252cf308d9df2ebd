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
import dossier.licence.DetectedLicence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;

/**
 * What the fourth session of issue 15 added, kind by kind and in every language, each firing and not firing: credits
 * of texts taken from another publication (the original's author beside a translator, a byline with its source, what
 * a translation was made from, a publication alone on its line), cue words ("Ph.", "tratto da", an agency's material,
 * a picture provided by someone), a licence statement that must refer to the text itself (pages that talk about
 * licences license nothing), reproduction reserved in so many words, and translation sections. The texts have the
 * shapes of real pages, not their words.
 */
class RepublicationTest {

	private static LicenceAnalysis analyse(String text, String language) {
		return new LicenceChecker().analyse(Article.builder("Page title\n\n" + text.replace("\\n", "\n")).language(language).build());
	}

	private static List<String> holders(LicenceAnalysis analysis) {
		return analysis.thirdParty().stream().flatMap(t -> t.holders().stream()).distinct().toList();
	}

	private static void assertCredits(String text, String language, String expected) {
		LicenceAnalysis analysis = analyse(text, language);
		List<String> want = Arrays.stream(expected.split(",\\s*")).toList();
		assertTrue(holders(analysis).containsAll(want), () -> "holders " + holders(analysis) + " do not include " + want + " in: " + text);
	}

	private static void assertNoCredit(String text, String language) {
		LicenceAnalysis analysis = analyse(text, language);
		assertTrue(analysis.thirdParty().isEmpty(), () -> "credited " + holders(analysis) + " in: " + text);
	}

	// (a) the original's author beside a translator's credit, a byline with its source or publication

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			بقلم: سامي خليل\\nترجمة: ليلى حسن                                    | ar | سامي خليل
			بقلم: سامي خليل  ترجمة: ليلى حسن                                      | ar | سامي خليل
			The Long Road By Maria Lopez (Translated by Ann Brown)                | en | Maria Lopez
			Por Ana Torres\\nTraducido por Luis Gil                                | es | Ana Torres
			Par Jean Morel\\nTraduit par Anne Roy                                  | fr | Jean Morel
			Di Paolo Neri\\nTraduzione: Carla Bassi                                | it | Paolo Neri
			Von Karl Braun\\nÜbersetzung: Eva Lang                                 | de | Karl Braun
			Por João Reis\\nTradução: Rita Lobo                                    | pt | João Reis
			Door Pieter Bos\\nVertaling: Anna de Wit                               | nl | Pieter Bos
			Par Paul Roux – Le 3 mars 2023 – Source Counterpunch                  | fr | Paul Roux, Counterpunch
			Por Carla Ruiz - Fuente: Rebelión                                     | es | Carla Ruiz, Rebelión
			Por Ana Lima\\nDo G1 SP                                                | pt | Ana Lima
			Un article de Claire Petit pour Le Figaro.                            | fr | Claire Petit, Le Figaro
			Ignacio Gómez – Le Monde Diplomatique                                 | es | Ignacio Gómez
			Articolo su L’Espresso che riprende un mio intervento                 | it | L’Espresso
			Artikel im Tagesspiegel vom 3. Mai                                    | de | Tagesspiegel
			Artículo de opinión de Pedro Sanz publicado en Diario Sur             | es | Pedro Sanz
			""")
	void theOriginalsAuthorIsCredited(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			بقلم: سامي خليل\\nالقاهرة - يواصل المجلس اجتماعاته اليوم.             | ar
			By Maria Lopez\\nThe council met on Monday.                            | en
			Por Ana Torres\\nEl consejo se reunió el lunes.                        | es
			Par Jean Morel\\nLe conseil s'est réuni lundi.                         | fr
			Von Karl Braun\\nDer Rat tagte am Montag.                              | de
			Door Pieter Bos\\nDe raad vergaderde maandag.                          | nl
			Ignacio Gómez – Madrid                                                | es
			Una riflessione su un articolo apparso su L’Espresso                  | it
			(Jorge Luis Borges, El Aleph, 1949)                                   | pt
			""")
	void aBylineAloneIsTheArticlesOwnAuthor(String text, String language) {
		assertNoCredit(text, language);
	}

	// (d) what a translation was made from

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			ترجمة عن صحيفة الأيام                                                | ar | الأيام
			ترجمة عن هآرتس                                                        | ar | هآرتس
			Translated from the original Dutch article by Jan de Groot.           | en | Jan de Groot
			Here is the English translation of the column by the Egyptian writer Omar Hassan. | en | Omar Hassan
			Minha tradução livre deste conto.\\n(Jorge Luis Borges, El Aleph, 1949) | pt | Jorge Luis Borges
			ذي أتلانتيك، مارس 2011\\nترجمة: علي حسن                               | ar | ذي أتلانتيك
			قسم الترجمة\\nنشرت صحيفة لوفيغارو الفرنسية اليوم تقريرا عن الانتخابات | ar | لوفيغارو
			""")
	void theOriginalOfATranslationIsCredited(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			ترجمة عن الإنجليزية: فريق التحرير                                    | ar
			Traduit de l'anglais par Anne Roy.                                    | fr
			Tradotto dall'inglese da Carla Bassi.                                 | it
			""")
	void aLanguageIsNoSource(String text, String language) {
		assertNoCredit(text, language);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			قسم الترجمة\\nالانتخابات المقبلة                                      | ar
			وحدة الترجمة\\nتقرير عن الانتخابات                                    | ar
			""")
	void aTranslationSectionIsATranslation(String text, String language) {
		assertTrue(analyse(text, language).translation().detected(), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			أطلقت الصحيفة صفحة تنشر عليها مقالات مترجمة إلى العربية كل أسبوع.     | ar
			""")
	void newsAboutTranslationsIsNoTranslation(String text, String language) {
		LicenceAnalysis analysis = analyse(text, language);
		assertTrue(analysis.thirdParty().isEmpty(), () -> "credited " + holders(analysis));
	}

	// (b) a publication alone on its line, an agency publishing what the text reports

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			يواصل المجلس اجتماعاته اليوم.\\nموقع الشرق نيوز                      | ar | الشرق نيوز
			يواصل المجلس اجتماعاته اليوم.\\nعن موقع الحرة                         | ar | الحرة
			يواصل المجلس اجتماعاته اليوم.\\nسكاي نيوز عربية                       | ar | سكاي نيوز عربية
			يواصل المجلس اجتماعاته اليوم.\\nصدى البلد                             | ar | صدى البلد
			Kurdistan24.net                                                       | ar | Kurdistan24.net
			EXAMPLE.ORG / 12 de mayo de 2021                                      | es | EXAMPLE.ORG
			The Guardian: Ministers reject the plan\\nPor Ana Lima                 | pt | The Guardian, Ana Lima
			نشرت وكالة الأنباء الأردنية صورا من الاجتماع.                        | ar | Petra
			نشرت وكالة الأنباء الليبية صورا من الاجتماع.                         | ar | الأنباء الليبية
			ذكرت وكالة الأنباء السعودية أن الاجتماع عقد أمس.                      | ar | SPA
			""")
	void aPublicationOnItsOwnLineIsCredited(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			يواصل المجلس اجتماعاته اليوم.\\nالانتخابات المقبلة                    | ar
			Het kabinet vergaderde.\\nDe Morgen                                    | nl
			ذكرت صحيفة محلية أن الاجتماع عقد أمس.                                 | ar
			""")
	void aShortLineThatNamesNoPublicationCreditsNothing(String text, String language) {
		assertNoCredit(text, language);
	}

	// cue words

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Il premier durante la conferenza stampa. Ph. Mario Rossi              | it | Mario Rossi
			Ph: Mario Rossi                                                       | it | Mario Rossi
			Immagine tratta da Wikipedia                                          | it | Wikipedia
			Imagen tomada de Pixabay                                              | es | Pixabay
			Mit Material von dpa und AFP                                          | de | dpa, AFP
			Con información de EFE y Europa Press                                 | es | EFE, Europa Press
			Com informações da Agência Brasil                                     | pt | Agência Brasil
			Fotografía cedida por el Ayuntamiento                                 | es | Ayuntamiento
			Dieser Beitrag erschien zuerst im Tagesspiegel.                       | de | Tagesspiegel
			Dit artikel verscheen eerder in Trouw.                                | nl | Trouw
			Este texto foi publicado originalmente no site da Folha de S.Paulo.   | pt | Folha de S.Paulo
			""")
	void cueWordsCredit(String text, String language, String holders) {
		assertCredits(text, language, holders);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Il pH del terreno è basso.                                            | it
			Mit Material aus dem Archiv der Stadt.                                | de
			Con información de los vecinos del barrio.                            | es
			Foto comentario: Todos los viernes se reúne el Consejo de Ministros.  | es
			""")
	void cueWordsWithoutAHolderCreditNothing(String text, String language) {
		assertNoCredit(text, language);
	}

	// (c) a licence statement must refer to the text itself

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Creative Commons licenses are the most widely used ones and the option closest to open access is CC-BY.             | en
			Funders require articles to be published under the Creative Commons Attribution license (CC-BY).                   | en
			Un autore che adotta una licenza Creative Commons può concedere il diritto di copiare e ridistribuire l'opera.      | it
			Les licences Creative Commons constituent un ensemble de licences régissant la réutilisation des œuvres en ligne.   | fr
			Es gibt zahlreiche andere Lizenzen für Freie Inhalte; eine der bekanntesten ist die GNU Free Documentation License (GFDL). | de
			Bei den Nutzungsrechten gilt zunächst zugunsten des Urhebers, dass ihm alle Rechte vorbehalten sind.                | de
			Une licence CC permet la distribution gratuite d'une œuvre autrement protégée par le droit d'auteur.                | fr
			Information on the type of Creative Commons license will be available in the article metadata.                      | en
			Las licencias Creative Commons permiten a los creadores compartir sus obras bajo ciertas condiciones.                | es
			""")
	void proseAboutLicencesLicensesNothing(String text, String language) {
		DetectedLicence licence = analyse(text, language).licence();
		assertNull(licence, () -> "licensed " + licence.licence().id() + " by: " + text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Salvo indicación contraria, todos los contenidos se distribuyen bajo licencia Creative Commons Reconocimiento 4.0.  | es | CC-BY-4.0
			Licenze: salvo diversi accordi, i volumi sono pubblicati con licenza Creative Commons Attribuzione 4.0 (https://creativecommons.org/licenses/by/4.0/). | it | CC-BY-4.0
			Aplico uma licença Creative Commons nos textos deste site para permitir que sejam utilizados em outros meios.       | pt | LicenseRef-creative-commons-unspecified
			The body is carried on a truck through the streets of the capital -Public Domain                                   | en | NONE
			Icône par Creative Commons Attribution – Partage dans les Mêmes Conditions 3.0                                     | fr | NONE
			""")
	void aStatementAboutTheTextStillLicensesIt(String text, String language, String expected) {
		LicenceAnalysis analysis = analyse(text, language);
		if (expected.equals("NONE")) { // an item's licence: reported for the item, not lost as prose
			assertFalse(analysis.licences().isEmpty(), () -> "no licence at all in: " + text);
		} else {
			assertEquals(expected, analysis.licence() == null ? "NONE" : analysis.licence().licence().id(), text);
		}
	}

	// reproduction reserved in so many words

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Prohibida su reproducción total o parcial sin autorización.                        | es
			È vietata la riproduzione, anche parziale, dei contenuti di questo sito.           | it
			Reproduction interdite sans autorisation.                                          | fr
			Nachdruck nur mit Genehmigung des Verlags.                                         | de
			Niets uit deze uitgave mag worden verveelvoudigd zonder toestemming.               | nl
			É proibida a reprodução total ou parcial deste conteúdo.                           | pt
			No part of this publication may be reproduced without the permission of the publisher. | en
			يمنع نسخ أو إعادة نشر المواد دون إذن مسبق                                         | ar
			""")
	void reproductionReservedIsAllRightsReserved(String text, String language) {
		DetectedLicence licence = analyse(text, language).licence();
		assertEquals("LicenseRef-all-rights-reserved", licence == null ? "NONE" : licence.licence().id(), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Se permite la reproducción total o parcial citando la fuente.                      | es
			La riproduzione è consentita citando la fonte.                                     | it
			Abdruck mit freundlicher Genehmigung des Verlags.                                  | de
			""")
	void reproductionAllowedIsNotReserved(String text, String language) {
		DetectedLicence licence = analyse(text, language).licence();
		assertTrue(licence == null || !licence.licence().id().equals("LicenseRef-all-rights-reserved"), text);
	}
}
