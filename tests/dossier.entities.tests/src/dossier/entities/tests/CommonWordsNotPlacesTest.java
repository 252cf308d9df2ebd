// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capitalised common word that only a preposition took for a place, and that no gazetteer knows, is no place (issue
 * 14, twelfth session): "en Internet", "na Voz do Brasil". A town the gazetteers know stays one after a preposition,
 * though the lists of common words hold its name ("in Reading", "em Natal"). A small town's name that is a common word
 * is no place after a lower-case article either (eighteenth session: "ruined the Temple"): a town's name takes none.
 */
class CommonWordsNotPlacesTest {

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			"es | Lo vieron en Internet, en los tribunales y tras las rejas. | PLACE Internet",
			"pt | Está no ar a Voz do Brasil. Hoje, na Voz do Brasil, as notícias. | PLACE Voz",
			"en | The government ought to arrest those who ruined the Temple and school. | PLACE Temple" })
	void fires(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), found.toString());
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"en | He lives in Reading. | PLACE Reading",
			"pt | Ele mora em Natal. | PLACE Natal",
			"it | Lavora a Boston da due anni. | PLACE Boston",
			// the town after a preposition, not an article
			"en | He moved to Temple last year. | PLACE Temple" })
	void doesNotFire(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), found.toString());
	}
}
