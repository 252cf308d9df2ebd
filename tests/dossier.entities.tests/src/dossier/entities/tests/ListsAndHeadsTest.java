// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three kinds of evidence of the open-vocabulary recogniser (issue 14, fourth session): a name joined by "and" to
 * a typed name takes its type; a Romance organisation's head keeps the lower-case adjectives after it ("Parti
 * québécois"); a given name or surname the article also writes in lower case is a common word there, not a
 * person's name. Each checked where it fires and where it must not.
 */
class ListsAndHeadsTest {

	/** "TYPE text" for every active mention, in text order. */
	private static List<String> found(String language, String text) {
		return Fixtures.engine().recognize(Fixtures.article(text, language)).active().stream()
				.map(m -> m.type() + " " + m.text()).toList();
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"en | The protests went on in Kisumu and Qolweni for a week. | PLACE Qolweni",
			"de | Die Proteste gingen in Kisumu und Qolweni weiter. | PLACE Qolweni",
			"es | Lo contaron Rafael Badari y Dannerio ante el juez. | PERSON Dannerio",
			"pt | O acordo foi assinado pela UNESCO e Tecnivax ontem. | ORG Tecnivax",
			"fr | La décision du Parti québécois a surpris les électeurs. | ORG Parti québécois",
			"fr | Les députés ont voté à l'Assemblée nationale mardi. | ORG Assemblée nationale",
			"it | La sentenza della Corte costituzionale è arrivata ieri. | ORG Corte costituzionale",
			"es | La decisión del Tribunal constitucional llegó tarde. | ORG Tribunal constitucional",
			"es | Lo anunció Maria Verde en la radio. | PERSON Maria Verde",
	})
	void fires(String language, String text, String expected) {
		List<String> found = found(language, text);
		assertTrue(found.contains(expected), () -> expected + " in " + found);
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// a comma is no conjunction: "after the rally in Kisumu, Qolweni..." is no list of places
			"en | After the rally in Kisumu, Qolweni left early. | PLACE Qolweni",
			"de | Nach der Kundgebung in Kisumu, Qolweni ging früh. | PLACE Qolweni",
			// a generic head, or a title's complement, keeps no adjective
			"fr | Le Gouvernement français a réagi dans la soirée. | ORG Gouvernement français",
			"it | Il Presidente del Consiglio italiano ha parlato a Belgrado. | ORG Consiglio italiano",
			// English capitalises the words of a name: a lower-case word after a head is not part of it
			"en | The Commission general debate ended late. | ORG Commission general",
			// "zona" written in lower case in the article: "Zona Sur" is no person
			"es | Las ciudades de la Zona Sur crecen. En esa zona viven muchos. | PERSON Zona Sur",
	})
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = found(language, text);
		assertFalse(found.contains(unexpected), () -> unexpected + " in " + found);
	}
}
