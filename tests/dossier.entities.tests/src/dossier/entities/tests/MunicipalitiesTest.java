// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A head of bodies the lexicons lacked (issue 14, twentieth session): a capitalised "Municipality" (a local
 * government, "the Witzenberg Municipality") makes the run it ends an organisation; written in lower case after a
 * name, "municipality" is still a place noun ("the Kobuzo municipality"). ("Unit" was measured as a head too and left
 * out: it joins "of the" and the force after it into one name, "Stabilization Security Unit of the Somali Police Force",
 * which OpenNamesTest keeps apart.)
 */
class MunicipalitiesTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"en | On paper, the Kravmoor Municipality has a clean audit. | ORG Kravmoor Municipality",
			"en | Residents blamed the Kobuzo Local Municipality for the delays. | ORG Kobuzo Local Municipality" })
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			"en | Residents of the Kravmoor municipality protested. | ORG Kravmoor municipality",
			"en | The municipality of Kravmoor said nothing. | ORG Kravmoor" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), found.toString());
	}
}
