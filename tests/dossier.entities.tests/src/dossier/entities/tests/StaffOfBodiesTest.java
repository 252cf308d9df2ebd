// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Organisations named alone, typed by the people who founded, lead or work for them (issue 14, twentieth session):
 * a founder's, director's, editor's, coordinator's, team's, staff's, employee's, consultant's, researcher's,
 * professor's, student's or worker's noun, "of" and perhaps an article
 * right before the name ("la directora de Pressenza", "el equipo de Pressenza", "il fondatore della Kravmoor",
 * "Mitarbeiter der Drosselkom"), in the seven Latin-script languages' words; good evidence, so the name's other
 * occurrences in the article follow it over a preposition's weak cue ("en Pressenza" was a place).
 */
class StaffOfBodiesTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"es | Habló la primera directora de Kravmoor sobre el futuro. | ORG Kravmoor",
			"es | En el equipo de Kravmoor estamos muy contentos. | ORG Kravmoor",
			"en | Martin, the founder of Kravmoor, spoke on Monday. | ORG Kravmoor",
			"en | Ann Lee, a senior technology consultant of Kravmoor, said so. | ORG Kravmoor",
			"pt | Ela é pesquisadora da Kravmoor desde 2010. | ORG Kravmoor",
			"it | Ne ha parlato il fondatore della Kravmoor ieri. | ORG Kravmoor",
			"fr | Elle a parlé avec le directeur de Kravmoor hier. | ORG Kravmoor",
			"pt | Ela é uma das fundadoras da Kravmoor desde então. | ORG Kravmoor",
			"de | Ein Mitarbeiter der Drosselkom sagte, man prüfe den Fall. | ORG Drosselkom" })
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.toString().contains(expected), found.toString());
	}

	@ParameterizedTest(name = "{0}: {2} ×{3}")
	@CsvSource(delimiter = '|', value = {
			// good evidence: the article's other occurrences follow it, over a preposition's weak cue of a place
			"es | Muchos piensan en Kravmoor como un blog. La primera directora de Kravmoor escribió un libro. | ORG Kravmoor | 2" })
	void otherOccurrencesFollow(String language, String text, String expected, int times) {
		List<String> found = Fixtures.found(language, text);
		assertEquals(times, found.stream().filter(expected::equals).count(), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// a place, a person, a title, a single common word, a doctrine: no body
			"en | She is the director of Rome's largest museum. | ORG Rome",
			"es | El equipo de María llegó tarde. | ORG María",
			"en | The staff of President Kravmoor left. | ORG President Kravmoor",
			"en | She is the director of Research at the firm. | ORG Research",
			"en | He is a professor of Political Science there. | ORG Political Science",
			"es | Silo, el fundador del Humanismo Kravmooriano, habló. | ORG Humanismo Kravmooriano",
			// a role that is no staff's ("the mayor of", "the president of") is left to the rules before
			"en | The wife of Kravmoor was there. | ORG Kravmoor" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), found.toString());
	}
}
