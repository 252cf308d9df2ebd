// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run of capitals that opens with titles or roles and "of", then an institution that holds an organisation's head,
 * then a given name and a surname: the institution, then the person who holds the title (issue 14, eighteenth session:
 * "Secretary of the Air Force James Roche" was one organisation, the person lost).
 */
class TitledInstitutionsAndHoldersTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"en | Secretary of the Air Force James Roche: \"No, save it.\" | PERSON James Roche",
			"en | Secretary of the Air Force James Roche: \"No, save it.\" | ORG Air Force",
			"en | Director of Air Force Communications Bill Bodie: \"We wait.\" | PERSON Bill Bodie" })
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// no head in the institution's words: "Friends of Peter Pan" is no institution and its holder
			"en | He joined the Friends of Peter Pan last year. | PERSON Peter Pan",
			// a body named after a person, with no title before it, stays whole
			"en | The Bill Bodie Foundation for Air Force Families gave money. | PERSON Bill Bodie" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), found.toString());
	}
}
