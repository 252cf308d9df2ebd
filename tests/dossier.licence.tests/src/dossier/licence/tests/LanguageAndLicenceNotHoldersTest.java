// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.ThirdPartyItem;

/**
 * What follows "published in" can be the original's language, not a publication: "Originally published in English"
 * credited a holder named "English". A translation's sign, never a holder; the publisher named after it still is. And
 * an open licence after a credit's slash is the item's licence, not a second holder, as a CC licence there already was.
 */
class LanguageAndLicenceNotHoldersTest {

	private static LicenceAnalysis analyse(String text, String language) {
		return new LicenceChecker().analyse(Article.builder("Page title\n\nBody of the text, about a town and its river.\n\n" + text)
				.language(language).build());
	}

	private static List<String> holders(LicenceAnalysis analysis) {
		// the holder as the line writes it, its closing full stop aside
		return analysis.thirdParty().stream().map(item -> item.holder().replaceAll("\\.$", "")).toList();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			This article was originally published in English.     | en
			Originally published in Spanish on 3 May 2021.         | en
			Zuerst erschienen in Englisch.                         | de
			""")
	void aLanguageAfterPublishedInIsNoHolder(String text, String language) {
		LicenceAnalysis analysis = analyse(text, language);
		assertEquals(List.of(), holders(analysis), text);
	}

	@Test
	void thePublisherAfterTheLanguageIsTheHolder() {
		LicenceAnalysis analysis = analyse("Originally published in English by Global Voices.", "fr");
		assertEquals(List.of("Global Voices"), holders(analysis));
		assertTrue(analysis.translation().detected(), "still a translation's sign");
	}

	@Test
	void aPublicationAfterPublishedInIsStillTheHolder() {
		assertEquals(List.of("The Guardian"), holders(analyse("This article was first published in The Guardian.", "en")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Photo: Jane Doe / Open Government Licence     | OGL-UK-3.0
			Photo: Jane Doe / Licence Ouverte             | LicenseRef-etalab
			Photo: Jane Doe / CC BY 2.0                   | CC-BY-2.0
			""")
	void anOpenLicenceAfterTheSlashIsTheItemsLicence(String text, String licence) {
		ThirdPartyItem item = analyse(text, "en").thirdParty().get(0);
		assertEquals(List.of("Jane Doe"), item.holders(), text);
		assertEquals(licence, String.valueOf(item.ownLicence()), text);
	}

	@Test
	void anAgencyAfterTheSlashIsStillAHolder() {
		ThirdPartyItem item = analyse("Photo: Jane Doe / Reuters", "en").thirdParty().get(0);
		assertEquals(List.of("Jane Doe", "Reuters"), item.holders());
		assertEquals(null, item.ownLicence());
	}
}
