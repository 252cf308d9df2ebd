// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Organisations and media named with no cue, as a fresh batch of real articles showed them (issue 14): the family of
 * "Reporters Without Borders" in every language, a head followed by "to" and a verb's phrase ("Committee to Protect
 * Journalists"), a particle between a person's name and an organisation's that ends the person's ("Thalia Rahme de
 * Global Voices"), an acronym before a role and a person ("EFF Councillor Mzwandile Jacobs"), a German compound naming
 * a kind of organisation before its name ("PKW-Hersteller Borgward", "die Fußballvereine VfB Stuttgart"), German heads
 * in the genitive ("des Norddeutschen Rundfunks"), a mixed-case acronym that spells the name before it, particles
 * and place included ("Alternative für Deutschland (AfD)"), an outlet named after its country with a hyphen
 * ("Algerie-Focus"), which is no place, and a German club named by its town's adjective ("Karlsruher SC").
 */
class OrganisationsWithoutCuesTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"en | Reporters Without Borders said the arrests were illegal. | ORG Reporters Without Borders",
			"es | Ayer Reporteros sin Fronteras denunció la detención de dos periodistas. | ORG Reporteros sin Fronteras",
			"de | Am Montag kritisierte Reporter ohne Grenzen die Festnahmen scharf. | ORG Reporter ohne Grenzen",
			"fr | Hier, Reporters sans frontières a dénoncé les arrestations. | ORG Reporters sans frontières",
			"pt | Ontem Repórteres sem Fronteiras denunciou a prisão. | ORG Repórteres sem Fronteiras",
			"en | The Committee to Protect Journalists says 61 journalists were killed. | ORG Committee to Protect Journalists",
			"en | The post was written by Sherif Mansour of the Committee to Protect Journalists. | PERSON Sherif Mansour",
			"fr | Selon Thalia Rahme de Global Voices, le site a été bloqué. | PERSON Thalia Rahme",
			"it | Lo scrive Thalia Rahme di Global Voices nel suo articolo. | PERSON Thalia Rahme",
			"pt | Segundo Thalia Rahme da Global Voices, o site foi bloqueado. | PERSON Thalia Rahme",
			"de | Das schrieb Anna Weber von der Deutschen Welle am Montag. | PERSON Anna Weber",
			"de | Das schrieb Anna Weber von der Deutschen Welle am Montag. | ORG Deutschen Welle",
			"en | The DA won the vote, and EFF Councillor Mzwandile Jacobs objected. | ORG EFF",
			"en | The DA won the vote, and EFF Councillor Mzwandile Jacobs objected. | PERSON Mzwandile Jacobs",
			"de | Der chinesische PKW-Hersteller Borgward verkaufte weniger Autos. | ORG Borgward",
			"de | Eine Helferin der schwedischen Hilfsorganisation „Operation Mercy“ wurde entführt. | ORG Operation Mercy",
			"de | Nach Recherchen des Norddeutschen Rundfunks kassieren vier Abgeordnete Geld. | ORG Norddeutschen Rundfunks",
			"de | Die Fußballvereine VfB Stuttgart und Hannover 96 steigen auf. | ORG VfB Stuttgart",
			"de | Vier Abgeordnete der Alternative für Deutschland (AfD) kassieren Geld. | ORG Alternative für Deutschland",
			"de | Dahinter ist der Karlsruher SC mit 25 Punkten, vor den Würzburger Kickers. | ORG Karlsruher SC",
			"de | Dahinter ist der Karlsruher SC mit 25 Punkten, vor den Würzburger Kickers. | ORG Würzburger Kickers",
			"fr | Selon Algerie-Focus, la manifestation a été réprimée. | ORG Algerie-Focus",
			"pt | Segundo o site Algerie-Focus, o protesto foi reprimido. | ORG Algerie-Focus",
			// a particle before a name that holds no organisation's head stays inside the person's name
			"fr | La reine Marie de Médicis arriva à Paris. | PERSON Marie de Médicis" })
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// "borders" in lower case outside French is no organisation's name, nor a place "without frontiers"
			"en | Journalists without borders are rare here. | ORG",
			"fr | L'Europe sans frontières est un rêve. | ORG",
			// "to" and a place after a head is where the body went, not its name
			"en | He sent the report of the Commission to Brussels last week. | Commission to Brussels",
			// a town's adjective before a word that is no club's abbreviation names no club
			"de | Der Hamburger Hafen und die Karlsruher Schlossgärten sind bekannt. | ORG",
			// a hyphenated name that holds a place and no word of news media is no outlet
			"it | La guerra in Bosnia-Erzegovina finì nel 1995. | ORG",
			"en | The Israel-Hamas war continued for months. | ORG Israel",
			// a mixed-case acronym that does not spell the name before it makes no organisation of a place
			"de | Sie zog im Sommer nach Frankfurt am Main (FfM) um. | ORG Frankfurt",
			"es | Estudió en la Universidad de Buenos Aires durante años. | PLACE Buenos Aires",
			// a place's acronym before a role is the place, not an organisation
			"en | Yesterday US President Joe Biden spoke. | ORG US",
			// a noun of time after a German kind of organisation names nothing; a known given name opens a person's name
			"de | Der Verein Anfang 2020 hatte zehn Mitglieder. | Anfang",
			"de | Das Unternehmen Anna Schmidt wuchs schnell. | ORG Anna Schmidt" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.stream().anyMatch(m -> m.contains(unexpected)), found.toString());
	}
}
