// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words that no list of common words holds are a name's (issue 14, eleventh session): the audit of the misses showed
 * most of them were runs of capitals the recogniser saw and left untyped, or whose first word it dropped at a
 * sentence's or a line's start. Two or three capitalised words none of which is among the most frequent words of the
 * article's language or of English (nor a stopword, a head, a title, a demonym, a known place, nor written in lower
 * case in the article) are a person's name; and such a word at a sentence's start opens the name.
 */
class UncommonWordsTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"es | Entre los críticos están periodistas como Eskinder Nega y otros colegas. | PERSON Eskinder Nega",
			"en | Reporters met Ollanta Humala and his advisers in the capital. | PERSON Ollanta Humala",
			"fr | Le tribunal a condamné Shuaib Manjra mardi dernier. | PERSON Shuaib Manjra",
			"pt | O tribunal ouviu Reeyot Alemu ontem à tarde. | PERSON Reeyot Alemu",
			"it | Ieri Eskinder Nega e Reeyot Alemu sono stati liberati. | PERSON Reeyot Alemu",
			// a sentence's first word that is no common word opens the name
			"en | Galgalo Arero is one of the refugees who stayed in the camp. | PERSON Galgalo Arero" })
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// common words of the language or of English
			"en | The new Hockey Turf was opened on Saturday. | PERSON",
			"en | Press freedom and Human Rights were discussed at length. | PERSON",
			// a word of the language's list ("nega", a verb in Portuguese) is no evidence there
			"pt | O tribunal ouviu Eskinder Nega ontem à tarde. | PERSON",
			// an indefinite article before the run: no person's name
			"es | El gobierno propuso una Asamblea Constituyente para el país. | PERSON",
			// German capitalises its nouns: not there
			"de | Gestern kamen Millionen Staatsbürger zur Wahl. | PERSON",
			// a common first word at a sentence's start stays out of the name
			"en | Yesterday Manjra spoke briefly. | Yesterday" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.stream().anyMatch(m -> m.contains(unexpected)), found.toString());
	}
}
