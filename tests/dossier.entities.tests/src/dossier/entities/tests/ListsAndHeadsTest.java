// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kinds of evidence added in the fourth session of issue 14: a name joined by "and" to a typed name takes its type;
 * a Romance organisation's head keeps the lower-case adjectives after it ("Parti québécois"); a given name or
 * surname the article also writes in lower case is a common word there, not a person's name; decades are dates in
 * the seven languages; a German federal body is found in any case, and a German compound's first part when it is
 * a name found elsewhere in the article. Each checked where it fires and where it must not.
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
			"en | Wages stagnated in the 1990s across the region. | DATE 1990s",
			"de | Die ersten Vertragsarbeiter kamen ab den 1960er Jahren in die DDR. | DATE 1960er Jahren",
			"it | La crisi degli anni '80 cambiò la città. | DATE anni '80",
			"it | Negli anni Ottanta la fabbrica chiuse. | DATE anni Ottanta",
			"fr | Dans les années 1990, le quartier a changé. | DATE années 1990",
			"es | El barrio creció durante la década de 1970. | DATE década de 1970",
			"pt | Nos anos 60 a cidade cresceu muito. | DATE anos 60",
			"ar | شهدت المدينة نموا كبيرا في الثمانينيات من القرن الماضي. | DATE الثمانينيات",
			"de | Die Arbeit des Bundesnachrichtendienstes wurde geprüft. | ORG Bundesnachrichtendienstes",
	})
	void fires(String language, String text, String expected) {
		List<String> found = found(language, text);
		assertTrue(found.contains(expected), () -> expected + " in " + found);
	}

	@Test
	void germanCompoundWithANameOfTheArticle() {
		List<String> found = found("de", "Die Partei Zelená Volba (ZV) verlor, und die ZV-Kandidaten schieden aus."); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, found.stream().filter("ORG ZV"::equals).count(), found::toString); //$NON-NLS-1$
		List<String> english = found("en", "The Zelena Volba party (ZV) lost, and the ZV-backed candidates went out."); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, english.stream().filter("ORG ZV"::equals).count(), english::toString); // German compounds only
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
			// ages and counts are no decades; a year alone is a year
			"it | Mario Bianchi ha 80 anni e vive a Trieste. | DATE 80 anni",
			"en | The shop sold 90 songs in 2019. | DATE 90",
			"es | Tenía 70 años cuando llegó. | DATE 70 años",
			// a German compound whose first part is no name found elsewhere
			"de | Die KI-Modelle wurden im Labor getestet. | ORG KI",
			"de | Die Bundesregierung hat entschieden. | ORG Bundesregierung",
	})
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = found(language, text);
		assertFalse(found.contains(unexpected), () -> unexpected + " in " + found);
	}
}
