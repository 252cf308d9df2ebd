// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A town, then its state's code in brackets (issue 14, twelfth session): "Guajará-Mirim (RO)", "Brasília (DF)",
 * "Phoenix (AZ)" — the code of a first-level subdivision of ISO 3166-2 is a place, not an organisation's acronym. An
 * acronym in brackets after an organisation ("Partido dos Trabalhadores (PT)") or after a word no gazetteer knows stays
 * what it was.
 */
class StateCodesAfterTownsTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"pt | Um alerta dispara na redação do jornal O Mamoré, na cidade de Guajará-Mirim (RO), cada vez. | PLACE RO",
			"pt | Brasília (DF), 09/05/2025 - Márcia Marques falou. | PLACE DF",
			"en | He moved to Phoenix (AZ) last year. | PLACE AZ" })
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			"pt | O Partido dos Trabalhadores (PT) venceu em São Paulo. | PLACE PT",
			"pt | A empresa Kobuzia (DF) venceu o contrato. | PLACE DF" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), found.toString());
	}
}
