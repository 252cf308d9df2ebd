// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.entities.EntityEngine;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;

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

	@Test
	void anEventsNameNeverHidesAnAnalystsAcceptedMentionNorShowsItself() {
		Article article = Fixtures.article("The talks went on after the Paris Agreement was signed.", "en"); //$NON-NLS-1$ //$NON-NLS-2$
		int start = article.text().indexOf("Paris"); //$NON-NLS-1$
		Mention paris = new Mention(article.id(), start, start + 5, "Paris", "x:paris", "PLACE", "manual", 1, MentionStatus.ACCEPTED); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<Mention> kept = Fixtures.engine().recognize(article, List.of(paris)).active();
		assertTrue(kept.contains(paris), kept::toString);
		List<Mention> plain = Fixtures.engine().recognize(article).active();
		assertTrue(plain.stream().noneMatch(m -> m.text().contains("Paris") || m.type().equals(EntityEngine.NOT_A_NAME)), plain::toString);
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
			// abbreviated months, in the languages that abbreviate so, with their full stop
			"es | @MartinCuneo78 3 ago 2025 06:00 Los sindicatos de inquilinos crecen. | DATE 3 ago 2025",
			"fr | Publié le 5 févr. 2024 à Paris. | DATE 5 févr. 2024",
			"de | Zuletzt aktualisiert am Mittwoch, 4. Dez. | DATE Mittwoch, 4. Dez",
			"pt | Publicado em 3 set 2024 pela redação. | DATE 3 set 2024",
			// a month's name that is also a word, after a preposition of time
			"de | Im Mai kam er zurück. | DATE Mai",
			"fr | En mai, la grève a commencé. | DATE mai",
			"en | The law passed in May after a long debate. | DATE May",
			// centuries, and a day of the month named by its number
			"it | Nel XIX secolo la città crebbe. | DATE XIX secolo",
			"en | In the 19th century the port grew. | DATE 19th century",
			"de | Im 19. Jahrhundert wuchs die Stadt. | DATE 19. Jahrhundert",
			"es | Durante el siglo XX la ciudad creció. | DATE siglo XX",
			"fr | Au XXe siècle, le port a grandi. | DATE XXe siècle",
			"pt | O país quer vacinar a partir do dia 27», afirmou. | DATE 27",
			// an abbreviated month with its full stop before the day; an Arabic year with its letter; an Arabic weekday alone
			"en | On Jan. 5 the court met again. | DATE Jan. 5",
			"ar | ولد الكاتب عام 2019م في القاهرة. | DATE 2019م",
			"ar | قالت الحكومة الخميس إن الوفد وصل. | DATE الخميس",
			"ar | وفي الأحد الماضي اجتمع المجلس. | DATE الأحد",
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
			// a kind of organisation or a role written with an elided article before the name
			"it | Lo ha detto l’associazione Luca Coscioni in una nota. | ORG Luca Coscioni",
			"fr | Selon l'avocate Kobuzo Ntamrele, la loi est injuste. | PERSON Kobuzo Ntamrele",
			// a family name's ending
			"it | Dove sarà presente Ruzanna Sukiasyan di Trieste. | PERSON Ruzanna Sukiasyan",
			// a hyphenated compound named after someone, ending in an organisation's head
			"de | Die Heinrich-Böll-Stiftung hat den Bericht veröffentlicht. | ORG Heinrich-Böll-Stiftung",
			"de | Das Robert Koch-Institut meldete am Montag neue Zahlen. | ORG Robert Koch-Institut",
			// a word that names no place before a country or a city: an organisation named after it
			"pt | A central de podcasts da Repórter Brasil narra a história. | ORG Repórter Brasil",
			"fr | Il a confié à VOA Afrique qu'il était fier. | ORG VOA Afrique",
			// a venue's head at the end of a hyphenated compound
			"de | Um 15:00 Uhr war Anpfiff im FIFA-WM-Stadion Frankfurt. | PLACE FIFA-WM-Stadion Frankfurt",
			// a city written in capitals
			"en | The science news website [FEZ] debuts this week. | PLACE FEZ",
			// media outlets' and companies' heads
			"es | La hija del líder opositor dijo a Martí Noticias que está muy agradecida. | ORG Martí Noticias",
			"pt | O MPF iniciou um processo acusando a Norte Energia, o consórcio da barragem. | ORG Norte Energia",
			"de | Das sollte der Telekom Deutschland mehr Spielraum verschaffen. | ORG Telekom Deutschland",
	})
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), () -> expected + " in " + found);
	}

	/** States of the past are places: "the Soviet Union", "Jugoslawien". */
	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"en | The Soviet Union collapsed in 1991. | PLACE Soviet Union",
			"de | Sie wuchs in Jugoslawien auf. | PLACE Jugoslawien",
			// a name outside an event's: the place after "in" is the place where the games were held
			"de | Die Olympischen Spiele in Paris waren teuer. | PLACE Paris",
			// a person whose family name is an event's head
			"en | Doris Day sang on the radio. | PERSON Doris Day",
			"en | Growth in Latin America slowed last year. | PLACE Latin America",
			// a town the gazetteers know, after a preposition of place, although it begins with a given name
			"en | She studied in Ann Arbor before moving. | PLACE Ann Arbor",
			// German appositions before and after a name
			"de | Der Sprecher des Ministeriums, Kobuzo Ntamrele, sagte nichts. | PERSON Kobuzo Ntamrele",
			// a title's institution, then the person who holds it
			"it | Ha parlato il presidente della Repubblica Sergio Ntamrele ieri. | PERSON Sergio Ntamrele",
			"es | Ayer habló el presidente del Gobierno Pedro Kobuzo en Madrid. | PERSON Pedro Kobuzo",
	})
	void firesBesideEvents(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
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
			// a month's abbreviation that is a word of the article's language; a whole month's name before a full stop
			"en | Two years ago 3 people died there. | DATE ago 3",
			"de | Er kam im Mai. 2021 war ein gutes Jahr. | DATE Mai. 2021",
			// a month's name that is also a name or a word, without a preposition of time
			"en | Theresa May said no. | DATE May",
			"it | Non è mai successo prima. | DATE mai",
			"en | The rover landed on Mars in 2021. | DATE Mars",
			// الأحد is also "the one", الاثنين "the two": a weekday only with a word of time
			"ar | جاء الأحد منهم إلى الاجتماع. | DATE الأحد",
			"ar | الاثنين اتفقا على الخطة. | DATE الاثنين",
			// a king's number is no century, nor an organisation; a day's number followed by more words is no date
			"fr | Louis XIV régnait à Versailles. | ORG XIV",
			"pt | No dia 2 de greve, os trabalhadores pararam. | DATE 2",
			// a quoted name after a word that is no organisation's head stays a person
			"it | Il poeta “Danilo Dolci” ha scritto molto. | ORG Danilo Dolci",
			// a German compound of common nouns
			"de | Sie verlangen das Scannen von Chat- und E-Mail-Nachrichten. | ORG E-Mail-Nachrichten",
			// no title close enough before the comma, or no comma after the name
			// (a name with a common word, "Nada": two words no common-word list holds are a person's whatever the cue, UncommonWordsTest)
			"es | Lo dijo el presidente del club en la reunión de ayer, Kobuzo Nada y otros escucharon. | PERSON Kobuzo Nada",
			"en | The head of the taxi association, Kobuzo Ntamrele and Sons, said nothing. | PERSON Kobuzo Ntamrele",
			// English: a kind of organisation, then a person's name, is a relative clause
			"en | The company Maria Ntamrele bought is large. | ORG Maria Ntamrele",
			// a family name's ending on a place GeoNames knows
			"en | The train reached Biała Podlaska at noon. | PERSON Biała Podlaska",
			// a compass point, a size, an age before a place: still the place
			"en | Growth in Southeast Asia outpaced the rest. | ORG Southeast Asia",
			"en | Growth in Sub-Saharan Africa slowed. | ORG Sub-Saharan Africa",
			// handles and hashtags are no mentions
			"it | Da Boston @PIH_org sta cercando medici. | ORG PIH",
			"en | The tag #BlackLivesMatter trended. | ORG BlackLivesMatter",
			// an institution named after someone keeps the name; a title before an institution's head is no person's
			"it | La Fondazione Giovanni Agnelli ha pubblicato il rapporto. | PERSON Giovanni Agnelli",
			"en | The general Assembly met on Monday. | PERSON Assembly",
			// German: no apposition makes a person of common nouns, nor of a party
			"de | Die Partei, Soziale Gerechtigkeit, gewann die Wahl. | PERSON Soziale Gerechtigkeit",
			// a role noun before a known place
			"en | The journalist Buenos Aires trip was long. | PERSON Buenos Aires",
	})
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), () -> unexpected + " in " + found);
	}

	/** Names inside an event's, a law's, a prize's or an agreement's name are not annotated, nor suggested. */
	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			"en | The talks went on after the Paris Agreement was signed. | PLACE Paris",
			"en | She won the Nobel Peace Prize in 2014. | PERSON Nobel",
			"en | The Fake News Act passed in May. | ORG Fake News Act",
			"es | El Acuerdo de París fue firmado por 195 países. | PLACE París",
			"es | Ganó el Premio Nobel de la Paz en 1980. | PLACE Paz",
			"it | Il Presidente Meloni in India per il Vertice G20 di Nuova Delhi. | ORG G20",
			"it | La Coppa Italia si gioca a maggio. | PLACE Italia",
			"it | Il Festival di Sanremo comincia martedì. | PLACE Sanremo",
			"pt | A Lei Maria da Penha protege as mulheres. | PERSON Maria",
			"fr | Le Festival de Cannes s'ouvre mardi. | PLACE Cannes",
			"de | Das Pariser Abkommen wurde 2015 geschlossen. | PLACE Pariser Abkommen",
	})
	void notInsideEvents(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), () -> unexpected + " in " + found);
	}
}
