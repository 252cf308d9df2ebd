// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kinds of evidence added in the seventh session of issue 14, from ordinary English news (business, sport, courts,
 * politics) added to the dev half: a sports team named by its town and a plural nickname, and the nickname alone
 * after it ("Indiana Pacers ... the Pacers"); a football club named by a word that opens clubs' names and its town
 * ("Real Madrid", "Borussia Dortmund", "AS Roma"); companies named with "&" ("Procter & Gamble"); an English noun of a trade before a company ("the retailer
 * Target"); a company's or a team's role before a person ("Sears CEO Alan Lacy", "Pacers guard Anthony Johnson"); "Cape Town" although "Cape" is
 * in the demonyms' list; a place after "in" ends an organisation's name ("U.S. District Court in Texas"); a comma
 * inside a list that a conjunction closes ("Nelsy Lizarazo, Javier Tolcachier, Tony Robinson y Pía Figueroa"); a body's name before a lower-case noun of politics ("the ruling Frelimo
 * party"); an organisation's apposition after a name ("Loki Torrent, a site that ...", in five languages); film studios
 * and military commands as heads; a name typed with good evidence once beats a weak cue elsewhere ("Kmart Corp. ...
 * brands from Kmart"); a catalogue person's surname alone ("George W. Bush ... against Bush"); a head word that opens a
 * sentence before "officials" refers back to nothing ("Court officials say"). Each checked where it fires and where it
 * must not.
 */
class TeamsAndBodiesTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			// a town or a state, then a plural nickname: a sports team; the nickname alone refers back to it
			"en | A brawl ended the game between the Detroit Pistons and the Indiana Pacers on Friday. | ORG Detroit Pistons",
			"en | A brawl ended the game between the Detroit Pistons and the Indiana Pacers on Friday. | ORG Indiana Pacers",
			"en | Ron Artest of the Indiana Pacers was suspended. The Pacers lost. | ORG Pacers",
			// a word that opens clubs' names, then a town: a sports club, at a sentence's start and after an elision too
			"es | El Real Madrid ganó al Atlético de Madrid el domingo. | ORG Real Madrid",
			"es | El Real Madrid ganó al Atlético de Madrid el domingo. | ORG Atlético de Madrid",
			"de | Eintracht Frankfurt gewann gegen den VfB Stuttgart. | ORG Eintracht Frankfurt",
			"de | Eintracht Frankfurt gewann gegen den VfB Stuttgart. | ORG VfB Stuttgart",
			"it | Il Milan ha battuto l'AS Roma. | ORG AS Roma",
			"fr | Le Paris Saint-Germain a battu l'Olympique de Marseille. | ORG Olympique de Marseille",
			// an English noun of a trade right before a company's name
			"en | The retailer Target reported profits. | ORG Target",
			"en | Shares in carmaker Toyota rose on Monday. | ORG Toyota",
			// a company's or a team's role between its name and a person's
			"en | Sears CEO Alan Lacy promised savings. It sells brands from Sears. | ORG Sears",
			"en | Pacers guard Anthony Johnson received a suspension. | ORG Pacers",
			"en | Arsenal manager Arsène Wenger said so. | ORG Arsenal",
			// a word of the demonyms' list opening a town the gazetteers know; a place after "in" inside a run ends the name
			"en | He lives in Cape Town with his wife. | PLACE Cape Town",
			"en | The suit was filed in a U.S. District Court in Texas on Monday. | ORG U.S. District Court",
			"en | The suit was filed in a U.S. District Court in Texas on Monday. | PLACE Texas",
			// inside a list that a conjunction closes, a comma joins as the conjunction does
			"es | Nuestros entrevistadores fueron Nelsy Lizarazo, Javier Tolcachier, Tony Robinson y Pía Figueroa. | PERSON Nelsy Lizarazo",
			// names joined by "&" are a company's
			"en | Shares of Procter & Gamble rose on Monday. | ORG Procter & Gamble",
			"en | She shopped at Marks & Spencer in London. | ORG Marks & Spencer",
			// a name before a lower-case noun of a body, opened by a determiner or a word of politics
			"en | The ruling Frelimo party won; the opposition Renamo party lost. | ORG Frelimo",
			"en | The ruling Frelimo party won; the opposition Renamo party lost. | ORG Renamo",
			"en | The Indymedia group of websites reported a demonstration. | ORG Indymedia",
			// an apposition whose noun is a kind of organisation
			"en | Loki Torrent, a site that tracks links, was sued on Monday. | ORG Loki Torrent",
			"es | Ayer anunció Acmetron, una empresa de Bilbao, que cerrará. | ORG Acmetron",
			"it | Lo ha detto la Acmetron, un'azienda di Brescia, ieri. | ORG Acmetron",
			"fr | Hier, Acmetron, une entreprise de Lyon, a annoncé la fermeture. | ORG Acmetron",
			"de | Gestern teilte Acmetron, ein Unternehmen aus Bonn, mit, dass es wachse. | ORG Acmetron",
			// film studios and military commands are organisations' heads
			"en | The suit was filed on behalf of Columbia Pictures on Monday. | ORG Columbia Pictures",
			"en | The Central Command said the strikes would go on. | ORG Central Command",
			// a company named with its legal form, then its short name after a preposition of place
			"en | Discount retailer Kmart Corp. announced the deal. It sells brands from Kmart. | ORG Kmart",
			// a catalogue person's surname alone, over a small town of that name
			"en | George W. Bush visited Canada. People marched against Bush in Ottawa. | PERSON Bush",
			// a head alone inside a sentence still refers back
			"en | The Supreme Court ruled on Monday. The Court said the order was lawful. | ORG Court",
	})
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), () -> expected + " in " + found);
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// no team: a person named like a state, an event, a place's plural feature
			"en | Indiana Jones was there on Monday. | ORG Indiana Jones",
			"en | The Beijing Olympics opened on Friday. | ORG Beijing Olympics",
			"en | Israel annexed the Golan Heights in 1981. | ORG Golan Heights",
			// a club's short form only in capitals; a stadium is a place; "Real" before a lower-case word
			"en | As Paris prepared, the city was calm. | ORG As Paris",
			"fr | La finale a eu lieu au Stade de France. | ORG Stade de France",
			"es | El Real Madrid ganó. El Real Decreto entra en vigor. | ORG Real Decreto",
			// a noun of a trade before a role and a person's name: the person's
			"en | The studio head Jack Warner said so. | ORG Jack Warner",
			// a role with no person's name after it; an adverb that opens the sentence
			"en | Sears officials said the stores would stay open. | ORG Sears",
			"en | Yesterday manager John Smith said so. | ORG Yesterday",
			// "in" before no place stays inside the name
			"en | The clinic is run by Partners in Health in Haiti. | ORG Partners",
			// a comma alone, with no conjunction closing a list, joins nothing
			"es | Según Zorbala, Javier Tolcachier habló con la prensa. | PERSON Zorbala",
			// two countries joined by "&" are no company
			"en | He flew to Trinidad & Tobago on Monday. | ORG Trinidad & Tobago",
			// an indefinite article opens no body's name
			"en | They held a Halloween party on Saturday. | ORG Halloween",
			// a person's apposition whose first noun names a kind of organisation
			"en | Alan Smith, a company spokesman, said so. | ORG Alan Smith",
			"es | Ayer habló Juan Pérez, un empleado de la empresa, en el pleno. | ORG Juan Pérez",
			// a capitalised adverb opening an Italian sentence is no part of the name
			"it | Ieri Acmetron, un'azienda di Brescia, ha annunciato la chiusura. | ORG Ieri Acmetron",
			// a strong name beats no gazetteer's town: the capital stays a place after its namesake
			"en | George Washington crossed the river. He later returned to Washington. | PERSON Washington",
			"en | Discount retailer Kmart Corp. announced the deal. It sells brands from Kmart. | PLACE Kmart",
			"en | George W. Bush visited Canada. People marched against Bush in Ottawa. | PLACE Bush",
			// "Court officials": the head qualifies a noun of people
			"en | The Supreme Court ruled on Monday. Court officials say the order was delivered. | ORG Court",
	})
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), () -> unexpected + " in " + found);
	}
}
