// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Document-level consistency for names written in capitals (issue 14, eleventh session): an acronym found once
 * ("Information Technology (IT)", "(ZCSA)", the catalogue's "WHO") is found again where it is written in capitals, and
 * not where a sentence's first word merely shares its letters ("It was hard work", "Who paid for it?"); an acronym
 * written in mixed case ("AfD") refers back as it is written.
 */
class AcronymEchoesTest {

	@ParameterizedTest(name = "{0}: {2} × {3}")
	@CsvSource(delimiter = '|', value = {
			"en | The Zimbabwe Community South Africa (ZCSA) said it was ready. The ZCSA told reporters so. | ORG ZCSA | 2",
			"en | The World Health Organization (WHO) met in Geneva. Who paid for it? The WHO did. | ORG WHO | 2",
			"de | Die Alternative für Deutschland (AfD) legte zu. Die AfD gewann in Sachsen. | ORG AfD | 2" })
	void fires(String language, String text, String expected, int times) {
		List<String> found = Fixtures.found(language, text);
		assertEquals(times, found.stream().filter(expected::equals).count(), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			"en | Sibongile Mbele is an Information Technology (IT) specialist. It was hard work. | ORG It",
			"en | The World Health Organization (WHO) met in Geneva. Who paid for it? The WHO did. | ORG Who" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), found.toString());
	}
}
