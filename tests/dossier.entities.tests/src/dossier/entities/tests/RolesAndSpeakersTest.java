// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kinds of evidence added in the sixth session of issue 14, from ordinary local and court news: a role inside a run
 * of capitals before a person's name ("Police Chief John Spindler"); an abbreviated title with its full stop ("Mr.
 * Walker"); a known town or region opening a name that holds a head ("Minnesota Public Radio"); a preposition of
 * place that opens the sentence ("In Kalobeyei,"); German prepositions of place before a town the gazetteers know
 * ("nach Finsterwalde"); the speaker named by one word after a verb of speech ("said Nikani."); an English place
 * noun in lower case after a name ("Hamar Jajab district"); "the police" alone is no organisation; German federal
 * bodies named by their head ("im Bundestag"); German and Spanish given names of gender-detection-from-name ("Dietmar",
 * "Aitor"); a name that introduces its acronym ("Pakistan Tehreek-e-Insaf (PTI)"); a mayor's town ("il sindaco di Capistrello"); a company's legal form and its short name ("Motorola Inc.", "Motorola"). Each checked where it fires and
 * where it must not.
 */
class RolesAndSpeakersTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			// a role inside a run of capitals: the body before it, then the person
			"en | Police Chief John Spindler spoke with the council on Monday. | PERSON John Spindler",
			"en | The Charlotte-Mecklenburg Police Chief Johnny Jennings will retire next year. | ORG Charlotte-Mecklenburg Police",
			"en | The Charlotte-Mecklenburg Police Chief Johnny Jennings will retire next year. | PERSON Johnny Jennings",
			"en | It was joined by Assistant Attorney General Matthew Olsen of the Justice Department on Friday. | PERSON Matthew Olsen",
			"en | It was joined by Assistant Attorney General Matthew Olsen of the Justice Department on Friday. | ORG Justice Department",
			// an abbreviated title ends no sentence
			"en | \"So Mr. Walker, you are not aware,\" she said. | PERSON Walker",
			"es | La Sra. Okafor no respondió a las preguntas. | PERSON Okafor",
			// a known town or region opening a name with a head, at a sentence's start
			"en | Minnesota Public Radio reported the vote. | ORG Minnesota Public Radio",
			"en | Fresno County Sheriff Margaret Mims said the deputies arrived. | PLACE Fresno County",
			"en | Fresno County Sheriff Margaret Mims said the deputies arrived. | PERSON Margaret Mims",
			// a preposition of place that opens the sentence; German prepositions before a known town
			"en | In Kalobeyei, refugees waited for food. | PLACE Kalobeyei",
			"de | Der Mann wurde nach Finsterwalde gebracht. | PLACE Finsterwalde",
			// the speaker after a verb of speech, one word before punctuation
			"en | \"We waited all day,\" said Nikani. | PERSON Nikani",
			"es | \"Es lamentable\", sostuvo Méndez. | PERSON Méndez",
			"de | \"Wir prüfen das\", sagte Steinmeyer. | PERSON Steinmeyer",
			// an English place noun in lower case after the name
			"en | Gunfire woke the residents of the Hanta-Dheer area. | PLACE Hanta-Dheer",
			"en | He is the commissioner for Hamar Jajab district. | PLACE Hamar Jajab",
			// a police force named in full is an organisation
			"de | Die Polizei Osterode warnt vor Falschgeld. Die Polizei hat die Scheine geprüft. | ORG Polizei Osterode",
			// German federal bodies whose name is their head
			"de | Die Opposition im Bundestag kritisierte das Gesetz, Kritik kam auch aus dem Bundesrat. | ORG Bundestag",
			"de | Die Opposition im Bundestag kritisierte das Gesetz, Kritik kam auch aus dem Bundesrat. | ORG Bundesrat",
			// given names of gender-detection-from-name's German and Spanish lists; no German article inside a person's name
			"de | Gestern hat Dietmar Bartsch das Gesetz kritisiert. | PERSON Dietmar Bartsch",
			"es | Ayer habló Aitor Zabaleta en el pleno. | PERSON Aitor Zabaleta",
			// the first two words name a place, the run holds a head; a role's body that names a place
			"en | Sri Lanka Police arrested at least 12 persons near the Parliament premises. | ORG Sri Lanka Police",
			"en | Footage showed Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur with supporters. | PERSON Ali Amin Gandapur",
			"en | Police Spokesperson SSP Nihal Thalduwa said ten men were arrested. | PERSON Nihal Thalduwa",
			// a name that introduces its acronym in brackets
			"en | The chief whip of Pakistan Tehreek-e-Insaf (PTI) was arrested. | ORG Pakistan Tehreek-e-Insaf",
			// a surname at a sentence's start with a relative pronoun of people after it
			"en | Sargsyan, who has served as president for 10 years, takes on as premier. | PERSON Sargsyan",
			// a mayor's town
			"it | Stavolta a replicare è il sindaco di Capistrello, Antonino Lusi. | PLACE Capistrello",
			"de | Der Bürgermeister von Altenbeken kritisierte das. | PLACE Altenbeken",
			// a company named with its legal form, its full stop kept, and its short name elsewhere
			"en | Motorola Inc. reported a profit. Later, Motorola said its phones sold well. | ORG Motorola Inc.",
			"en | Motorola Inc. reported a profit. Later, Motorola said its phones sold well. | ORG Motorola",
			// another language's short stopword that is a given name ("ed" in Italian)
			"en | The results were announced by Chief Executive Officer Ed Zander on Monday. | PERSON Ed Zander",
			// a city in capitals opening a dateline
			"en | NAIROBI — Police in the capital said on Monday that roads were closed. | PLACE NAIROBI",
			// an adviser is a noun of people
			"en | Police detained the adviser Khandaker Muhbub Hossain outside the club. | PERSON Khandaker Muhbub Hossain",
	})
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), () -> expected + " in " + found);
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// "the police" alone is generic, even after a police force named in full
			"de | Die Polizei Osterode warnt vor Falschgeld. Die Polizei hat die Scheine geprüft. | ORG Polizei",
			"en | The council contacted Northumbria Police on Friday. Later the Police said it would investigate. | ORG Police",
			// "according to" words and "told" stand before organisations as often as before people
			"it | \"Il raccolto è in calo\", secondo Coldiretti. | PERSON Coldiretti",
			"en | \"We did not know,\" a spokesman told Reuters. | PERSON Reuters",
			// German nouns after a preposition are places only when the gazetteers know the town
			"de | Er wird in Zukunft in Ruhe arbeiten. | PLACE Zukunft",
			"de | Er wird in Zukunft in Ruhe arbeiten. | PLACE Ruhe",
			// a body named after a person with a title keeps its name; an organisation before a place noun stays one
			"en | Staff at the King Edward Memorial Hospital went on strike. | PERSON Edward Memorial Hospital",
			"en | Staff at the King Edward Memorial Hospital went on strike. | PERSON Edward",
			"en | The European Union state aid rules apply. | PLACE European Union",
			// a government is no mention; "police and" begins no name; a word of every sentence before "who" is no person
			"de | Die Bundesregierung hat das Gesetz beschlossen. | ORG Bundesregierung",
			"de | Er wurde festgenommen, wie Polizei und Staatsanwaltschaft am Samstag mitteilten. | ORG Polizei und Staatsanwaltschaft",
			"de | Gestern hat Dietmar Bartsch das Gesetz kritisiert. | PERSON Dietmar Bartsch das Gesetz",
			"en | However, who will pay for it remains open. | PERSON However",
			"en | Police Spokesperson SSP Nihal Thalduwa said ten men were arrested. | ORG Police Spokesperson SSP",
			// only a mayor's "of" makes a town: a daughter's is a person's
			"en | She is the daughter of Nikani, a trader. | PLACE Nikani",
			// a word in capitals inside a sentence is an acronym, not the city of that name
			"en | The deal was between RIM and other makers. | PLACE RIM",
			"en | Motorola Inc. reported a profit. Later, Motorola said its phones sold well. | PERSON Motorola",
			"it | Ed ecco che il sindaco parla della città. | PERSON Ed",
			// the role's own words are no name
			"en | Police Chief John Spindler spoke with the council on Monday. | ORG Police",
			"en | Police Chief John Spindler spoke with the council on Monday. | ORG Police Chief John Spindler",
	})
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), () -> unexpected + " in " + found);
	}
}
