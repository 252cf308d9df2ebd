// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kinds of evidence added in the eighth session of issue 14, from whole English news articles of kinds the dev half
 * lacked (business, courts, local news, science, sport, elections): a town before a comma and its state or country
 * ("a Gainsville, Florida man", a dateline "Redwood City, California -"); a place before "-based" ("the Delhi-based
 * National Stock Exchange"); a name after a noun of kin ("his pregnant wife Laci", in four languages); "the X
 * reported" (a name that takes "the" and reports is a body or an outlet); a government named by its leader ("the Bush
 * administration": the person, as the guidelines annotate it); a company's head word as its legal form ("Universal
 * Pictures ... from Universal"); stock exchanges and "Express" as organisations' heads; works' titles after a noun of
 * a work ("the horror film White Noise"), and their other occurrences, as no names; "the CAN-SPAM act" as a law; a
 * name with lower-case words that the acronym in brackets after it spells ("Bloc québécois (BQ)"); a list item that
 * opens in lower case ("eBay"); an apposition's noun after another noun ("Manohla Dargis, film critic for"); a model's
 * name, by a numeral inside a run ("Delta IV Heavy") or a number after a small town's name ("Delta 4"), is no person
 * nor place; "Incorporated" and "Limited" as legal forms; a noun only a company has after a name ("Kravco's
 * shareholders", "Zembla employees") or a stake before it ("shares of Zembla"); German "wie X berichtet" as the outlet; a name
 * with ".com", ".net" or ".org" as a company or a site ("Yahoo.com"); the body a spokesperson speaks for ("a
 * spokeswoman for Kravco said"), not the speaker.
 * Each checked where it fires and where it must not.
 */
class DatelinesKinAndWorksTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			// a town before a comma and its state or country, inside a sentence and as a dateline
			"en | In a rare case, a Gainsville, Florida man was arrested on Saturday. | PLACE Gainsville",
			"en | Redwood City, California - The jury suggested the death penalty. | PLACE Redwood City",
			"es | Pueblonuevo, Chihuahua - La policía detuvo a dos hombres. | PLACE Pueblonuevo",
			// a place before "-based", and the name after it on its own
			"en | Also, the Delhi-based National Stock Exchange closed higher. | PLACE Delhi",
			"en | Also, the Delhi-based National Stock Exchange closed higher. | ORG National Stock Exchange",
			// a name after a noun of kin
			"en | Peterson was found guilty of murdering his pregnant wife Laci and their unborn child. | PERSON Laci",
			"it | Ieri sera è arrivata sua moglie Ornella con i bambini. | PERSON Ornella",
			"es | Llegó al hospital con su hijo Mateo el lunes. | PERSON Mateo",
			"pt | Ele viajou com o filho Tiago para o interior. | PERSON Tiago",
			"pt | Berta teve de deixar para trás o marido, Omar, e o filho mais velho. | PERSON Omar",
			// a name that takes "the" and reports; "Express" as an outlet's head
			"en | Prices rose again, the Kravmoor reported on Monday. | ORG Kravmoor",
			"en | The homes were flattened, the Indian Express reported. | ORG Indian Express",
			// a government named by its leader: the leader
			"en | The Bush administration has pledged $350 million in aid. | PERSON Bush",
			"en | Complaints about the generosity of the Obama Administration have surfaced. | PERSON Obama",
			// a company's head word: its first words alone are the company where a preposition took them for a town
			"en | The film comes from Universal Pictures. It opens Friday, also from Universal. | ORG Universal",
			// a name with lower-case words whose initials the acronym in brackets after it spells
			"fr | Gilles Duceppe, chef de file du Bloc québécois (BQ), a annoncé samedi sa décision. | ORG Bloc québécois",
			"de | Die Regierung von der bürgerlichen Občanská demokratická strana (ODS) verlor die Wahl. | ORG Občanská demokratická strana",
			// a list that a conjunction closes, with an item that opens in lower case ("eBay")
			"en | Many companies including Apple Computer, Microsoft, Cisco, eBay, Google, and AOL are helping. | ORG Cisco",
			// an apposition whose person's noun follows another noun
			"en | \"It is dull,\" Manohla Dargis, film critic for the New York Times, said. | PERSON Manohla Dargis",
			// a legal form written out; a noun only a company has after the name, a stake before it
			"en | Researchers in Salt Lake City, Utah, at Ceramtech Incorporated, report it. | ORG Ceramtech Incorporated",
			"en | Kravco's shareholders approved the deal on Monday. | ORG Kravco",
			"en | The deal angered Zembla employees in the city. | ORG Zembla",
			"en | Shares of Zembla rose on Monday. | ORG Zembla",
			"en | Plimco's chairman, John Smith, resigned on Monday. | ORG Plimco",
			"en | The Trelby board approved the merger on Monday. | ORG Trelby",
			// the body a spokesperson speaks for, not the speaker
			"en | Prices rose, a spokeswoman for Kravco said on Monday. | ORG Kravco",
			// a company or a site named by its address
			"en | Donors have given $1.2 million to the charity through Yahoo.com. | ORG Yahoo.com",
			// German: the outlet a report is taken from ("wie X berichtet")
			"de | Ein Bericht soll kommen, wie Tagesspiegel Background (€) berichtet. | ORG Tagesspiegel Background",
	})
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), () -> expected + " expected in " + found);
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			// a name or a possessive after the state or country: no town before the comma
			"en | Kowalczyk, Canada Goose's founder, said so on Monday. | PLACE Kowalczyk",
			"en | Kowalczyk, Germany's envoy, said so on Monday. | PLACE Kowalczyk",
			// "-based" after a word that names no place
			"en | The Kravmoor-based team lost on Sunday. | PLACE Kravmoor",
			// a noun of kin before an acronym, a noun of no kin before a name
			"en | He told his son NATO would act. | PERSON NATO",
			"en | Peterson was found guilty of hurting his pregnant pet Laci and the vet. | PERSON Laci",
			"pt | Ela falou com o marido, Zembla venceu ontem. | PERSON Zembla",
			// "the" and a verb of reporting before a country: still a place
			"en | Prices rose again, the Netherlands said on Monday. | ORG Netherlands",
			// an agency of more than one word before "Administration": no person
			"en | The Food and Drug Administration approved the drug. | PERSON Food",
			// the first words of a company's name that is a big city stay the city
			"en | The film comes from Paris Pictures. It was shot in Paris. | ORG Paris",
			// a work's title, and its other occurrences, are no names
			"en | It was challenged by horror film White Noise, also from Universal. A holiday in White Noise is no fun. | PLACE White Noise",
			"en | The Sophos team noted the inefficacy of the CAN-SPAM act in its report. | ORG CAN-SPAM",
			// an acronym that does not spell the words' initials; a list that no conjunction closes
			"fr | Le chef du Bloc québécois (XY) a parlé samedi. | ORG Bloc québécois",
			"en | Microsoft, Kravmoor, eBay were named on Monday. | ORG Kravmoor",
			// a noun before a noun of no person; a numeral inside a run, a number after a small town: a model's name
			"en | Kravmoor, film festivals and theatres met on Monday. | PERSON Kravmoor",
			"en | The Boeing Delta IV Heavy has missed launch opportunities. | PERSON Delta IV Heavy",
			// a person's or a country's possessive before such a noun, a given name first: no company
			"en | Smith said Britain's employees will strike. | ORG Britain",
			"en | Maria Lopez's employees went on strike. | ORG Maria Lopez",
			"en | A spokesman for John Smith said nothing on Monday. | ORG John Smith",
			"en | Prices rose, a spokeswoman for Kravco said on Monday. | PERSON Kravco",
			"de | Es regnete am Montag, wie Angela Merkel berichtete. | ORG Angela Merkel",
			"en | The file was saved as Kravmoor.doc on Monday. | ORG Kravmoor.doc",
			"de | Es regnete am Montag, wie Kravmoor später sagte. | ORG Kravmoor",
			"en | The first heavy lift vehicle is cleared. The Boeing Delta IV Heavy has missed launch opportunities. The Delta 4 was developed as part of the program. The Heavy variant of the Delta 4 rocket can place 13,100 kg into orbit. | PLACE Delta",
	})
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), () -> unexpected + " not expected in " + found);
	}

	/** Where the new rules must leave the old evidence alone. */
	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			// an organisation before the verb "act" without "the" before it; a noun of a work before a lower-case word
			"en | Agents of NATO act fast in a crisis. | ORG NATO",
			// a king's numeral ends his name; a number after a place named after a preposition of place
			"en | King Juan Carlos I visited the city on Monday. | PERSON Juan Carlos I",
			"en | In Gaza 20 people were killed on Monday. | PLACE Gaza",
			"en | The film director Steven Spielberg visited Rome on Monday. | PERSON Steven Spielberg",
			"it | Il film è stato girato a Roma l'anno scorso. | PLACE Roma",
	})
	void stillFound(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), () -> expected + " expected in " + found);
	}
}
