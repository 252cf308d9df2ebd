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
 * a name found elsewhere in the article; no person's name after a definite article in French, Spanish, Italian
 * and Portuguese, nor after a title and "della" ("il presidente della Provincia"); Arabic names of regions; a
 * surname after a preposition of place is the person named in full; a generic head word is no echo of the
 * organisation whose name holds it; a Romance geographic noun ("mer", "rio", "piazza") makes the name after it a place. Each checked where it fires and where it must not.
 */
class ListsAndHeadsTest {

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
			// Arabic names of regions (first-level subdivisions): after a preposition of place, or in two words
			"ar | وصلت القوات إلى حضرموت مساء أمس. | PLACE حضرموت",
			"ar | وقالت مصادر إن دير الزور شهدت اشتباكات. | PLACE دير الزور",
			"ar | تقع الولاية في شمال كاليفورنيا على الساحل. | PLACE كاليفورنيا",
			// a person's surname after a preposition of place, when the article names the person in full
			"es | El juego fue perfeccionado por Josep Guardiola en Barcelona. De Cruyff a Guardiola: la filosofía. | PERSON Guardiola",
			"es | La ruta va de Nairobi a Kisumu: tres días de viaje. | PLACE Kisumu",
			// a lower-case geographic noun before a name in French, Italian, Spanish and Portuguese
			"fr | Le sommet des États de la mer Baltique a eu lieu à Stralsund. | PLACE Baltique",
			"pt | A barragem fica no rio Xingu, perto da aldeia. | PLACE Xingu",
			"it | Il corteo è arrivato in piazza Garibaldi alle dieci. | PLACE Garibaldi",
			"es | La tienda está en la calle Zurbarán desde 1990. | PLACE Zurbarán",
			// a place's abbreviation before its name
			"en | Two marginal seats, St. Joseph and Arima, are undecided. | PLACE St. Joseph",
			"en | The climbers reached Mt. Kenya on Monday. | PLACE Mt. Kenya",
			// an acronym the article never writes in lower case
			"en | Officials of the KWSB said the water was safe. | ORG KWSB",
			// no article before the name: still a person
			"es | Según Rafael Badari, la marcha fue pacífica. | PERSON Rafael Badari",
			"it | Il presidente russo Vladimir Putin ha parlato ieri. | PERSON Vladimir Putin",
	})
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), () -> expected + " in " + found);
	}

	@Test
	void germanCompoundWithANameOfTheArticle() {
		List<String> found = Fixtures.found("de", "Die Partei Zelená Volba (ZV) verlor, und die ZV-Kandidaten schieden aus."); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, found.stream().filter("ORG ZV"::equals).count(), found::toString); //$NON-NLS-1$
		List<String> english = Fixtures.found("en", "The Zelena Volba party (ZV) lost, and the ZV-backed candidates went out."); //$NON-NLS-1$ //$NON-NLS-2$
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
			// an Arabic region's name that is also a word, one without a cue, one glued to a proclitic (بحجة, بشأن)
			"ar | خرج المتظاهرون في صباح اليوم إلى الشوارع. | PLACE صباح",
			"ar | حضرموت تاريخ طويل من التجارة. | PLACE حضرموت",
			"ar | اعتقلت الشرطة الناشط بحجة نشر أخبار كاذبة. | PLACE حجة",
			"ar | أصدرت المنظمة بيانا بشأن الانتخابات. | PLACE شأن",
			"ar | استخدمت الشرطة القوة في الميدان. | PLACE القوة",
			// a generic head (government, Regierung) inside an organisation's name does not refer back to it alone
			"en | Officials of the Kenyan Government Digital Service met on Monday. Later the Government said it would pay. | ORG Government",
			"de | Mit dieser Position möchte die Bundesregierung Österreich eine Mehrheit finden, sagte die Bundesregierung am Montag. | ORG Bundesregierung",
			// English writes the noun capitalised and after the name; a Romance "via" only in Italian
			"en | He sent the file via Kisumbu yesterday. | PLACE Kisumbu",
			"es | Lo supimos via Ramírez, el portavoz. | PLACE Ramírez",
			// capitals of a word the article also writes in lower case, and generic acronyms, are no organisations
			"en | The meeting was long, and the sign said MEETING in red. | ORG MEETING",
			"en | Several NGOs and one NGO from Kisumu asked for help. | ORG NGO",
			// a title's abbreviation is no place's
			"en | The report was written by Dr. Kowalczyk last year. | PLACE Dr. Kowalczyk",
			// a definite article before a run: a place, an organisation, a feast, not a person
			"es | Los deportados llegaron a la Zona Sur ayer. | PERSON Zona Sur",
			"pt | A família mora na Casa Verde desde 2010. | PERSON Casa Verde",
			"es | Los indultos de la Semana Santa fueron polémicos. | PERSON Semana Santa",
			// a title, then an article and a capitalised word: the title's institution, not a person
			"it | Lo ha detto il presidente della Provincia ieri sera. | PERSON Provincia",
			// a German compound whose first part is no name found elsewhere
			"de | Die KI-Modelle wurden im Labor getestet. | ORG KI",
			"de | Die Bundesregierung hat entschieden. | ORG Bundesregierung",
	})
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), () -> unexpected + " in " + found);
	}
}
