// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A publication named before its verb of headlining (issue 15, twentieth session): only a paper or a site headlines, so the
 * name before "titola", "titelte", "kopt", "titulou", "headlined" is a source, its article left out. The French noun "titre"
 * and the Italian "titolo" credit nothing.
 */
class HeadlineVerbTest {

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';', textBlock = """
			it ; E l’edizione di oggi della Gazzetta di Mantova titola: "Trionfo al Martelli".   ; Gazzetta di Mantova
			de ; Die Tageszeitung titelte am Montag: „Sturm über Hamburg“.                       ; Tageszeitung
			nl ; De Telegraaf kopt vandaag met het nieuws over de storm.                         ; Telegraaf
			pt ; O Globo titulou a notícia na primeira página.                                   ; Globo
			en ; The Daily Chronicle headlined its report on the storm.                          ; Daily Chronicle
			""")
	void thePublicationBeforeItsHeadlineIsTheSource(String language, String text, String expected) {
		assertEquals(List.of(List.of(expected)), CreditsInABody.holders(language, text), text);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';', textBlock = """
			fr ; Au titre des articles L323-2 du code, deux licences peuvent être utilisées.
			it ; Il titolo del film è cambiato.
			""")
	void aTitleIsNoSource(String language, String text) {
		assertEquals(List.of(), CreditsInABody.holders(language, text), text);
	}
}
