// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A four-digit number from 1800 to 2099 is a year without a cue word before it (issue 14, twelfth session): "2014
 * begannen Ausgrabungen", "For Frelimo, 2005 will mark", "the sequel to 2000's Meet the Parents". Not when it counts
 * something ("2000 people"), follows a currency sign, or stands inside a name ("TSV 1860 München").
 */
class YearsWithoutCuesTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"de | Die Festung wurde verwendet. 2014 begannen Ausgrabungen. | DATE 2014",
			"en | For Frelimo, 2005 will mark the party's 30th year in power. | DATE 2005",
			"en | The sequel to 2000's Meet the Parents is playing. | DATE 2000",
			"de | Er erlaubt es ihm, 2017 das dritte Mal anzutreten. | DATE 2017" })
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			"en | About 2000 people came to the square. | DATE 2000",
			"de | Der TSV 1860 München muss in die Relegation. | DATE 1860",
			"en | It cost $ 1999 in total. | DATE 1999",
			"es | Llegaron 1900 personas al acto. | DATE 1900" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), found.toString());
	}
}
