// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kinds of evidence added in the fifth session of issue 14: given names and surnames of @faker-js/faker's locales
 * ("Tiziano", "Filipe"); names that a language also writes as common words ("Bier", "Westen", "Monte") are weak
 * evidence there; no person's name after a German or English definite article; a capitalised article inside a
 * sentence belongs to the name ("desde La Gobernadora"); a capital inside a word makes an organisation
 * ("GroundUp"); an organisation's abbreviation in mixed case in brackets links to it ("(Cata)", "(UnB)"); German
 * calendar weeks are dates; a name quoted after an organisation's head is the organisation's ("Comitato Pace “Danilo
 * Dolci”"); a role noun before a name makes a person; a hyphenated compound named after someone that ends in a head
 * ("Heinrich-Böll-Stiftung"); media outlets' and companies' heads ("Martí Noticias", "Norte Energia"). Each checked
 * where it fires and where it must not.
 */
class ShapesAndLexiconsTest {

	/** "TYPE text" for every active mention, in text order. */
	private static List<String> found(String language, String text) {
		return Fixtures.engine().recognize(Fixtures.article(text, language)).active().stream()
				.map(m -> m.type() + " " + m.text()).toList();
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			// given names that Datafaker lacks and faker-js holds
			"it | Ha ringraziato il presidente della gara Tiziano Romito per l’ottima organizzazione. | PERSON Tiziano Romito",
			"pt | Filipe Nyusi é Chefe de Estado desde 2015 e chegou ao poder com a Frelimo. | PERSON Filipe Nyusi",
			// a capitalised article inside a sentence is part of the name
			"es | La base naval vista desde La Gobernadora en la provincia de Guantánamo. | PLACE La Gobernadora",
			// a capital inside a word: companies and outlets
			"en | Learner Thandile Booi told GroundUp he could not get to school. | ORG GroundUp",
			"pt | A vacina foi desenvolvida pela BioNTech e pela Pfizer. | ORG BioNTech",
			// an abbreviation in mixed case in brackets after an organisation's name
			"en | Drivers met the Cape Amalgamated Taxi Association (Cata), but no agreement was reached. | ORG Cata",
			"pt | A doutoranda da Universidade de Brasília (UnB) estuda o povo Munduruku. | ORG UnB",
			// German calendar weeks
			"de | Willkommen zum Wochenrückblick für die Kalenderwoche 49. | DATE Kalenderwoche 49",
			"de | Netzpolitischer Wochenrückblick KW 50: Und täglich grüsst das Murmeltier | DATE KW 50",
			// a name quoted right after an organisation's head
			"it | Il Comitato Pace “Danilo Dolci” ha organizzato il corteo a Trieste. | ORG Danilo Dolci",
			"it | Saremo ospiti del Centro culturale “Tabor”, dove incontreremo una delegazione. | ORG Tabor",
			// a role noun before the name
			"es | La entrevista la hizo la periodista Nelsy Lizarazo en Quito. | PERSON Nelsy Lizarazo",
			"en | The survey was led by the researcher Galgalo Arero last year. | PERSON Galgalo Arero",
			// a title or a role, its complement and a comma before the name, a comma after it
			"en | The head of the taxi association, Kobuzo Ntamrele, said the strike would go on. | PERSON Kobuzo Ntamrele",
			"it | Ha incontrato il Presidente della Repubblica del Kenya, Kobuzo Ntamrele, a Roma. | PERSON Kobuzo Ntamrele",
			// a common word of another language is no common word here; a language's own given name stays a name
			"es | Lo anunció Maria Verde en la radio. | PERSON Maria Verde",
			// a hyphenated compound named after someone, ending in an organisation's head
			"de | Die Heinrich-Böll-Stiftung hat den Bericht veröffentlicht. | ORG Heinrich-Böll-Stiftung",
			"de | Das Robert Koch-Institut meldete am Montag neue Zahlen. | ORG Robert Koch-Institut",
			// media outlets' and companies' heads
			"es | La hija del líder opositor dijo a Martí Noticias que está muy agradecida. | ORG Martí Noticias",
			"pt | O MPF iniciou um processo acusando a Norte Energia, o consórcio da barragem. | ORG Norte Energia",
			"de | Das sollte der Telekom Deutschland mehr Spielraum verschaffen. | ORG Telekom Deutschland",
	})
	void fires(String language, String text, String expected) {
		List<String> found = found(language, text);
		assertTrue(found.contains(expected), () -> expected + " in " + found);
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// surnames and given names that are common words of the language
			"de | Nachdem er die erste Maß Bier aus dem Fass gelassen hatte, jubelten alle. | PERSON Maß Bier",
			"de | Tausende junger Menschen verließen die DDR in Richtung Westen. | PERSON Richtung Westen",
			"es | Los decretos de indulto de la pasada Semana Santa fueron polémicos. | PERSON Semana Santa",
			"pt | O Brasil desprovido: a barragem de Belo Monte é devastadora. | PERSON Belo Monte",
			// a German definite article before the run
			"de | Im August 1961 wurde mit dem Bau der Berliner Mauer die Grenze zementiert. | PERSON Berliner Mauer",
			// a capitalised article at a sentence's start is not the name's
			"es | La Gobernadora Kuyumba habló ayer. | PLACE La Gobernadora Kuyumba",
			// a person's Mac- or Fitz- name, and a lower-case word with a capital, are no organisations
			"en | General MacArthur landed on the island in 1944. | ORG MacArthur",
			"en | She bought an iPhone in the shop. | ORG iPhone",
			// an abbreviation that does not abbreviate the name before it
			"en | Drivers met the Cape Amalgamated Taxi Association (Nyanga), but no agreement was reached. | ORG Nyanga",
			// a week number out of range; and a calendar week outside German text
			"de | Die Anlage lief in der KW 60 nicht. | DATE KW 60",
			"en | The KW 12 model was sold out. | DATE KW 12",
			// a quoted name after a word that is no organisation's head stays a person
			"it | Il poeta “Danilo Dolci” ha scritto molto. | ORG Danilo Dolci",
			// a German compound of common nouns
			"de | Sie verlangen das Scannen von Chat- und E-Mail-Nachrichten. | ORG E-Mail-Nachrichten",
			// no title close enough before the comma, or no comma after the name
			"es | Lo dijo el presidente del club en la reunión de ayer, Kobuzo Ntamrele y otros escucharon. | PERSON Kobuzo Ntamrele",
			"en | The head of the taxi association, Kobuzo Ntamrele and Sons, said nothing. | PERSON Kobuzo Ntamrele",
			// a role noun before a known place
			"en | The journalist Buenos Aires trip was long. | PERSON Buenos Aires",
	})
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = found(language, text);
		assertFalse(found.contains(unexpected), () -> unexpected + " in " + found);
	}
}
