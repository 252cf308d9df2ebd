// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit lines the line readers missed (issue 15, twentieth session): a listed picture library alone on its line ("Getty
 * Images", as "Reuters" alone is an agency's credit), a press or photo agency no list names by its noun ("Persbureau NAME",
 * "Fotoagentur NAME"), a screenshot's word and its source with no colon closing a line after other words ("- - Capture
 * d'écran Oui.SNCF", "… Captura de pantalla de YouTube"), and the Arabic "عن موقع X" closing a caption. An agency's noun
 * alone, in a sentence, or a screenshot's word in an instruction credits nothing, nor "عن موقع الحادث" ("about the site of
 * the accident") in a sentence.
 */
class LibraryLineAndScreenshotTest {

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';', textBlock = """
			nl ; Getty Images                                                              ; Getty Images
			en ; Shutterstock                                                              ; Shutterstock
			nl ; Persbureau Jansen                                                         ; Persbureau Jansen
			de ; Fotoagentur Müller                                                        ; Fotoagentur Müller
			fr ; - - Capture d'écran Oui.SNCF                                              ; Oui.SNCF
			es ; Los pasajeros en la estación vacía. Captura de pantalla de YouTube        ; YouTube
			ar ; صورة ملتقطة من الشاشة بتاريخ 3 آذار/مارس 2024 عن موقع تويتر               ; تويتر
			""")
	void theLineCreditsItsHolder(String language, String text, String expected) {
		assertEquals(List.of(List.of(expected)), CreditsInABody.holders(language, text), text);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';', textBlock = """
			nl ; Persbureau
			nl ; Het persbureau meldde dat de brug dicht is.
			fr ; Faites une capture d’écran et envoyez-la à la rédaction avant lundi.
			ar ; وتحدث المسؤول عن موقع الحادث وأسبابه في مؤتمر صحفي عقد أمس بالعاصمة.
			""")
	void noHolderNoCredit(String language, String text) {
		assertEquals(List.of(), CreditsInABody.holders(language, text), text);
	}
}
