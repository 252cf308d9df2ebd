// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Organisations named alone, with no head word or legal form, typed by what only a body has (issue 14, eighteenth
 * session): its spokespeople and members before it ("portavoz de Pressenza", "Sprecher der Drosselkom", "members of
 * Kravmoor"), a spokesperson after it ("a Lycos spokesperson"), a passive only a body takes ("Airbus is owned by", "foi
 * fundada"), its name in quotation marks after a word of attribution ("nach Angaben der „Netzeitung“", "segundo o
 * “Estadão”"); and an acronym in brackets that spells a lower-case word of the name too ("Standing Committee on Public
 * Accounts (Scopa)") or only the name's last words ("Jornalismo da Universidade de Brasília (UnB)"), found alone after.
 */
class OrganisationsByTheirPeopleTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"en | Martin is a member of Kravmoor and of the Senate. | ORG Kravmoor",
			"es | El portavoz de Pressenza dijo que la agencia crecerá. | ORG Pressenza",
			"it | Il portavoce di Legambiente ha detto che la battaglia continua. | ORG Legambiente",
			"de | Ein Sprecher der Drosselkom sagte, man prüfe den Fall. | ORG Drosselkom",
			"pt | Ela é uma das integrantes da Kobuzia desde 2010. | ORG Kobuzia",
			"en | A Lycos spokesperson said that the screenshot was fake. | ORG Lycos",
			"en | Airbus is owned by a European group. | ORG Airbus",
			"pt | A Pressenza foi fundada em 2009 em Milão. | ORG Pressenza",
			"fr | Kravmoor a été fondée par trois journalistes. | ORG Kravmoor",
			"de | Nach Angaben der „Netzeitung“ waren unter den Interessenten viele. | ORG Netzeitung",
			"pt | Segundo o “Estadão”, o ministro renunciou. | ORG Estadão",
			"en | According to “Kravmoor”, the minister resigned. | ORG Kravmoor",
			// the frame types one occurrence; the article's others follow it
			"en | A Lycos spokesperson said it was fake. Lycos stopped distributing the program. | ORG Lycos, ORG Lycos" })
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.toString().contains(expected), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// a person's family, a person spoken for, a town that was founded: no body
			"en | Members of Smith's family said they were shocked. | ORG Smith",
			"en | The spokesman for John Smith declined to comment. | ORG John",
			"es | La portavoz de María dijo que no. | ORG María",
			"es | Roma fue fundada en el siglo VIII. | ORG Roma",
			// a person who founded something is active, not passive
			"en | Kravmoor founded the company in 1990. | ORG Kravmoor",
			// a person is quoted without marks round the name; a quoted title after no word of attribution is no outlet
			"en | According to Kravmoor, the minister resigned. | ORG Kravmoor",
			"en | The song “Kravmoor” was played. | ORG Kravmoor",
			// a spokesperson after a name with no article before it is a role before a person's name, found as before
			"en | Kravmoor spokesperson said nothing. | ORG Kravmoor" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), found.toString());
	}

	@ParameterizedTest(name = "{0}: {2} ×{3}")
	@CsvSource(delimiter = '|', value = {
			"en | The Standing Committee on Public Accounts (Scopa) met on 22 June. | ORG Scopa | 1",
			// the acronym alone before the name it spells is found too
			"pt | Márcia Marques, professora da UnB, ensina Jornalismo da Universidade de Brasília (UnB). | ORG UnB | 2" })
	void acronymsSpellingMoreOrLessOfTheName(String language, String text, String expected, int times) {
		List<String> found = Fixtures.found(language, text);
		assertEquals(times, found.stream().filter(expected::equals).count(), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// letters that neither the name's words nor its last words spell: no acronym of it
			"en | The Standing Committee on Public Accounts (Xyz) met on 22 June. | ORG Xyz",
			"pt | Ela ensina na Universidade de Brasília (UnX) desde 2010. | ORG UnX" })
	void lettersThatSpellNothingAreNoAcronym(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), found.toString());
	}
}
