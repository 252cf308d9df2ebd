// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.LicenceChecker;

/**
 * A credit label in the Dutch plural of a word ending in a vowel, with its apostrophe: "Foto's: ANP", "Video's: Omroep
 * Brabant" credit as "Foto: ANP" does; the word in running text, without the label's colon, credits nothing.
 */
class DutchPluralCueTest {

	private static List<String> holders(String text) {
		return new LicenceChecker().analyse(Article.builder("Pagina\n\nDe gemeente opende zaterdag het nieuwe stadhuis aan de Markt.\n\n" + text)
				.language("nl").build()).thirdParty().stream().map(item -> item.holder()).toList();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Foto's: ANP                | ANP
			Foto’s: Jan de Vries       | Jan de Vries
			Video's: Omroep Brabant    | Omroep Brabant
			""")
	void thePluralLabelCredits(String text, String holder) {
		assertEquals(List.of(holder), holders(text), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Meer foto's op de website van de gemeente.
			De foto's van de opening hangen in de hal.
			""")
	void thePluralInRunningTextCreditsNothing(String text) {
		assertEquals(List.of(), holders(text), text);
	}
}
