// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two kinds from the fresh batch of real articles (issue 14): a German genitive of the surname of a person the
 * article names ("Donald Trump ... Trumps Vorgänger"), and more words before a year ("im Jahre 2014", "durante 2017",
 * "during 2020").
 */
class GenitivesAndYearCuesTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"de | Donald Trump sprach am Abend. Trumps Vorgänger schwieg dazu. | PERSON Trumps",
			"de | Der Sprecher Thomas Weber kam spät. Webers Rede war kurz. | PERSON Webers",
			"de | Im Jahre 2014 begannen die Ausgrabungen. | DATE 2014",
			"es | Los autores publicaron historias durante 2017 con temas distintos. | DATE 2017",
			"en | Prices rose during 2020 across the region. | DATE 2020" })
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// a genitive of a surname the article names nowhere in full is no one's
			"de | Webers Rede war kurz und blieb ohne Antwort. | PERSON Webers",
			// a four-digit number without a cue before it is a quantity
			"de | Am Ende kamen 2014 Menschen zu der Kundgebung. | DATE" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.stream().anyMatch(m -> m.contains(unexpected)), found.toString());
	}
}
