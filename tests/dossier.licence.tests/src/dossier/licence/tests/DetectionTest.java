// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.core.model.LicenceStatement;
import dossier.licence.DetectedLicence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceId;
import dossier.licence.LicenceScope;

/** Licence statements in every language, short forms, URLs, SPDX ids, metadata, and the traps. */
class DetectionTest {

	private static LicenceAnalysis analyse(String text) {
		return new LicenceChecker().analyse(Article.builder(text).build());
	}

	private static String licenceOf(String text) {
		DetectedLicence licence = analyse(text).licence();
		return licence == null ? "NONE" : licence.licence().id();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			مرخصة تحت: CC-BY-SA | CC-BY-SA
			هذا المقال منشور بموجب رخصة المشاع الإبداعي نسب المصنف - الترخيص بالمثل 4.0 دولي | CC-BY-SA-4.0
			المحتوى مرخص بموجب رخصة المشاع الإبداعي نَسب المصنف - غير تجاري - منع الاشتقاق 4.0 | CC-BY-NC-ND-4.0
			This article is licensed under a Creative Commons Attribution 4.0 International License. | CC-BY-4.0
			Licensed under CC BY-SA 4.0 | CC-BY-SA-4.0
			Text available under the Creative Commons Attribution-ShareAlike License 3.0 | CC-BY-SA-3.0
			Questo articolo è distribuito con licenza Creative Commons Attribuzione - Condividi allo stesso modo 4.0 Internazionale | CC-BY-SA-4.0
			Quest'opera è distribuita con Licenza Creative Commons Attribuzione - Non commerciale 3.0 Italia | CC-BY-NC-3.0-IT
			Contenu publié sous licence Creative Commons Attribution - Partage dans les Mêmes Conditions 4.0 | CC-BY-SA-4.0
			Cet article est publié sous licence Creative Commons BY-NC-SA 2.0 | CC-BY-NC-SA-2.0
			Este artículo se publica bajo Licencia Creative Commons Atribución-CompartirIgual 4.0 Internacional | CC-BY-SA-4.0
			Contenido bajo licencia Creative Commons Reconocimiento-NoComercial-SinObraDerivada 3.0 | CC-BY-NC-ND-3.0
			Lizenz: CC BY-SA | CC-BY-SA
			Dieser Artikel steht unter der Lizenz Creative Commons Namensnennung - Weitergabe unter gleichen Bedingungen 4.0 | CC-BY-SA-4.0
			Este artigo está licenciado sob uma licença Creative Commons Atribuição-CompartilhaIgual 4.0 Internacional | CC-BY-SA-4.0
			Este conteúdo é publicado sob a licença Creative Commons Atribuição-NãoComercial 4.0 | CC-BY-NC-4.0
			SPDX-License-Identifier: CC-BY-NC-ND-3.0-IGO | CC-BY-NC-ND-3.0-IGO
			Licence: CC BY 2.0 UK | CC-BY-2.0-UK
			License: CC-BY-SA-2.1-JP | CC-BY-SA-2.1-JP
			https://creativecommons.org/licenses/by-sa/4.0/deed.ar | CC-BY-SA-4.0
			https://creativecommons.org/licenses/by-sa/3.0/igo/ | CC-BY-SA-3.0-IGO
			http://creativecommons.org/licenses/by-nc-sa/2.5/it/ | CC-BY-NC-SA-2.5-IT
			https://creativecommons.org/publicdomain/zero/1.0/ | CC0-1.0
			Dedicated to the public domain: CC0 1.0 Universal | CC0-1.0
			https://creativecommons.org/publicdomain/mark/1.0/ | LicenseRef-public-domain-mark
			Permission is granted to copy under the terms of the GNU Free Documentation License, Version 1.3 | GFDL-1.3-or-later
			© 2024 Reuters. All rights reserved. | LicenseRef-all-rights-reserved
			© 2023 Lifegate | LicenseRef-all-rights-reserved
			Tutti i diritti riservati | LicenseRef-all-rights-reserved
			جميع الحقوق محفوظة لموقع المثال 2024 | LicenseRef-all-rights-reserved
			Republished with permission from The Conversation. | LicenseRef-used-with-permission
			sous licence Creative Commons | LicenseRef-creative-commons-unspecified
			""")
	void licenceNotices(String notice, String expected) {
		assertEquals(expected, licenceOf(notice), notice);
	}

	@Test
	void byShareAlikeUrlNeverReadsAsNonCommercial() {
		// scancode-toolkit#3703: a BY-SA URL reported as BY-NC-SA
		for (String url : List.of("https://creativecommons.org/licenses/by-sa/4.0/", "creativecommons.org/licenses/by-sa/3.0/deed.it",
				"https://creativecommons.org/licenses/by-sa/2.0/uk/legalcode")) {
			DetectedLicence licence = analyse("Licence: " + url).licence();
			assertEquals("CC-BY-SA", licence.licence().family(), url);
			assertEquals(url, licence.link());
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			This article is not licensed under CC BY-SA; ask the publisher for permission.
			Questo articolo non è rilasciato con licenza Creative Commons.
			Cet article n'est pas publié sous licence CC BY.
			هذا المقال ليس مرخصا تحت CC BY-SA
			The banner read "licensed under CC BY-SA 4.0" in large letters, and the crowd laughed.
			Was ist CC BY-SA?
			""")
	void trapsLicenseNothing(String text) {
		LicenceAnalysis analysis = analyse(text);
		assertTrue(analysis.articleLicences().isEmpty(), () -> text + " -> " + analysis.licences());
		assertTrue(!analysis.mentions().isEmpty(), "the mention is kept as such");
	}

	@Test
	void anArticleAboutCreativeCommonsIsNotLicensedByIt() {
		String text = """
				What the Creative Commons licences mean for newsrooms

				Creative Commons offers six licences. The most open, Creative Commons Attribution (CC BY 4.0), lets anyone reuse a text with credit, while the Attribution-ShareAlike licence (CC BY-SA) requires adaptations to carry the same licence; Wikipedia has used CC BY-SA since 2009, and many newsrooms have followed with CC BY-NC-ND for their columns.

				Lawyers say the choice matters most for translations, which count as adaptations under the 4.0 legal code.

				© 2024 Example Media. All rights reserved.
				""";
		LicenceAnalysis analysis = analyse(text);
		assertEquals(List.of("LicenseRef-all-rights-reserved"), analysis.articleLicences().stream().map(l -> l.licence().id()).distinct().toList());
		assertTrue(analysis.mentions().size() >= 4, analysis.mentions().toString());
	}

	@Test
	void photoLicenceIsScopedToThePhoto() {
		String text = """
				Title of the piece

				Body text of the article, long enough to be a paragraph of its own.

				Photo: Jane Doe, CC BY 2.0 via Flickr

				Licensed under CC BY-SA 4.0 https://creativecommons.org/licenses/by-sa/4.0/
				""";
		LicenceAnalysis analysis = analyse(text);
		assertEquals("CC-BY-SA-4.0", analysis.licence().licence().id());
		assertEquals("https://creativecommons.org/licenses/by-sa/4.0/", analysis.licence().link());
		DetectedLicence photo = analysis.licences().stream().filter(l -> l.scope() == LicenceScope.ITEM).findFirst().orElseThrow();
		assertEquals("CC-BY-2.0", photo.licence().id());
		assertEquals(1, analysis.thirdParty().size());
		assertEquals("Jane Doe", analysis.thirdParty().get(0).holder());
		assertEquals(LicenceId.parse("CC-BY-2.0"), analysis.thirdParty().get(0).ownLicence());
	}

	@Test
	void metadataStatementsCount() {
		Article article = Article.builder("Body without any notice.\n\nSecond paragraph.")
				.addLicence(new LicenceStatement(LicenceStatement.Origin.REL_LICENSE, "CC BY-NC 4.0",
						"https://creativecommons.org/licenses/by-nc/4.0/", null))
				.build();
		DetectedLicence licence = new LicenceChecker().analyse(article).licence();
		assertEquals("CC-BY-NC-4.0", licence.licence().id());
		assertEquals(LicenceStatement.Origin.REL_LICENSE, licence.origin());
		assertNull(licence.evidence().span());
		assertEquals("https://creativecommons.org/licenses/by-nc/4.0/", licence.link());
	}

	@Test
	void jsonLdLicenceUrlOnly() {
		Article article = Article.builder("Text.\n\nMore text.")
				.addLicence(new LicenceStatement(LicenceStatement.Origin.JSON_LD, "", "http://creativecommons.org/licenses/by/3.0/", null)).build();
		assertEquals("CC-BY-3.0", new LicenceChecker().analyse(article).licence().licence().id());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Photo: Reuters | Reuters
			Foto: ANSA | ANSA
			Foto di Mario Rossi | Mario Rossi
			Bild: dpa | dpa
			الشرطة في موقع الحادث (تصوير: أحمد علي) | أحمد علي
			المتظاهرون في الساحة (أرشيفية - رويترز) | رويترز
			President at the summit © John Smith / AFP via Getty Images | John Smith / AFP via Getty Images
			Image courtesy of NASA | NASA
			Photo: Maria Lopez. Used with permission. | Maria Lopez
			""")
	void thirdPartyCredits(String line, String holder) {
		LicenceAnalysis analysis = analyse("Headline\n\nSome body text here.\n\n" + line + "\n\nMore body text.");
		assertEquals(1, analysis.thirdParty().size(), () -> line + " -> " + analysis.thirdParty());
		assertEquals(holder, analysis.thirdParty().get(0).holder());
		assertTrue(analysis.articleLicences().isEmpty(), () -> "the credit licenses nothing: " + analysis.licences());
	}

	@Test
	void explicitTranslationNoticeNamesTheSourceLanguage() {
		LicenceAnalysis analysis = analyse("Titolo\n\nTesto dell'articolo che parla della città e della sua gente.\n\nTradotto dall'inglese da Maria Rossi.\n\nLicenza: CC BY-SA 4.0");
		assertTrue(analysis.translation().detected());
		assertEquals("en", analysis.translation().sourceLanguage());
		assertEquals("Tradotto dall'inglese da Maria Rossi.", analysis.elements().modificationNotice().text());
	}

	@Test
	void formatShiftingIsNotAnAdaptation() {
		LicenceAnalysis analysis = analyse("Title\n\nThe article text is about the city and its people, and it is in English.\n\nConverted to PDF from the original web page.\n\nLicensed under CC BY-SA 4.0 https://creativecommons.org/licenses/by-sa/4.0/");
		assertTrue(!analysis.translation().detected());
		assertNull(analysis.elements().modificationNotice());
		assertTrue(!analysis.adaptation());
	}

	@Test
	void deedLanguageShowsATranslation() {
		LicenceAnalysis analysis = analyse("عنوان المقال\n\nنص المقال باللغة العربية عن المدينة وأهلها.\n\nhttps://creativecommons.org/licenses/by-sa/4.0/deed.it");
		assertTrue(analysis.translation().detected());
		assertEquals("it", analysis.translation().sourceLanguage());
	}
}
