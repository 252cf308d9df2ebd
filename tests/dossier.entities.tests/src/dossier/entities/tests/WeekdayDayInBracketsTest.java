// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A weekday and the day's date in brackets after it are one date, as Brazilian news writes them (issue 14, twelfth
 * session; the guidelines: a weekday and its date are one span): "neste sábado (24)", "nesta segunda-feira (10 de
 * maio)". Words in brackets after a weekday are not its date.
 */
class WeekdayDayInBracketsTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"pt | A Agência Brasil vai anunciar neste sábado (24), durante o evento. | DATE sábado (24)",
			"pt | A agência completa, nesta segunda-feira (10 de maio), 31 anos. | DATE segunda-feira (10 de maio)" })
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			"pt | Na segunda-feira (que vem) nada muda. | DATE segunda-feira (que vem)" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), found.toString());
		assertTrue(found.contains("DATE segunda-feira"), found.toString()); //$NON-NLS-1$
	}
}
