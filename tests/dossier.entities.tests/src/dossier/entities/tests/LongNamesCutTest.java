// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Long organisations' names that the runs of capitals cut (issue 14, nineteenth session): a connector that the
 * lexicons also hold as a given name ("de", "del", "la", "von") began a person inside the name; a word of the
 * demonyms' list ("Western", "American", "Somali", "Cape") ended the run; a head's lower-case adjectives ended it
 * before the connector and its complement.
 */
class LongNamesCutTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"pt | Para ela, a Agência Brasil, da Empresa Brasil de Comunicação (EBC), cumpre o papel. | ORG Empresa Brasil de Comunicação",
			"es | Martinón es miembro del Equipo de Investigación de Atapuerca desde 1998. | ORG Equipo de Investigación de Atapuerca",
			// the body, then a photographer: the connector inside the body's name begins no person
			"pt | (Reunião da Rede Nacional de Comunicação Pública Valter Campanato/Agência Brasil) | PERSON Valter Campanato",
			// a connector before a given name or a surname still ends a German noun's run: the person after it
			"de | Die Aussagen von Elon Musk wurden kritisiert. | PERSON Elon Musk",
			"en | Jean Redpath, a criminologist at the University of Western Cape, was the first. | ORG University of Western Cape",
			"en | Over the past month, the Western Cape Department of Social Development said so. | ORG Western Cape Department of Social Development",
			"en | They discussed the future of NORAD (North American Aerospace Defence Command), and more. | ORG North American Aerospace Defence Command",
			"en | Mohamed, contacted by the VOA Somali Service, declined to give details. | ORG VOA Somali Service",
			"it | Lo ha detto il Consiglio nazionale delle Ricerche in una nota. | ORG Consiglio nazionale delle Ricerche",
			"it | Lo ha detto oggi l'Istituto nazionale di Statistica. | ORG Istituto nazionale di Statistica",
			"pt | O Conselho nacional de Justiça decidiu ontem. | ORG Conselho nacional de Justiça" })
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// a head, a preposition and a place that is not the name's
			"en | A spokesman for the university in Rome said it was closed. | ORG university in Rome",
			"en | The University in Rome said it was closed. | ORG University in Rome",
			// a person's name keeps its particle, and a body's name holding a given name stays one body
			"es | La actriz Ana de Armas llegó ayer. | PERSON Armas",
			"pt | Ela estudou no Instituto de Maria Auxiliadora em Recife. | PERSON Maria Auxiliadora",
			// after a head's adjectives: a person, or the body's seat, is no complement of the name
			"it | Lo ha detto il Partito democratico di Matteo Renzi in una nota. | ORG Partito democratico di Matteo Renzi",
			"it | Lo ha detto il Partito democratico di Roma in una nota. | ORG Partito democratico di Roma",
			// a demonym without a head after it, or before a head outside an organisation's name
			"en | Somali forces attacked the town on Monday. | ORG Somali forces",
			"en | He spoke to the President of the Nigerian Senate on Monday. | ORG President of the Nigerian Senate" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.contains(unexpected), found.toString());
	}
}
