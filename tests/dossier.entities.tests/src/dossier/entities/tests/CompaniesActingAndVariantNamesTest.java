// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * More kinds from the fresh batch of real articles (issue 14): countries by CLDR's variant names ("Turkey" beside
 * "Türkiye", "Czech Republic", "Elfenbeinküste", "Costa de Marfil"), a platform's company acting ("Twitter censors
 * accounts") but not the medium, a catalogue's organisation followed by a branch's name ("Al Jazeera Balkans", "BBC
 * World Service and CNN International"), "shares" as a verb after a name, a line's last word as no title of the next
 * line's first word, and identity labels and technical acronyms that are no organisations ("LGBTQI+", "IP address").
 */
class CompaniesActingAndVariantNamesTest {

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			"en | He flew to Turkey and then to the Czech Republic. | PLACE Turkey",
			"en | He flew to Turkey and then to the Czech Republic. | PLACE Czech Republic",
			"de | Im Sommer reiste sie in die Elfenbeinküste. | PLACE Elfenbeinküste",
			"es | Viajó a Costa de Marfil con su familia. | PLACE Costa de Marfil",
			"en | In Egypt, Twitter censors hundreds of pro-state accounts. | ORG Twitter",
			"en | A crew of Al Jazeera Balkans was attacked in Skopje. | ORG Al Jazeera Balkans",
			"en | The BBC World Service and CNN International reported it. | ORG BBC World Service",
			"en | The BBC World Service and CNN International reported it. | ORG CNN International",
			"en | Boeing shares fell sharply after the report. | ORG Boeing" })
	void fires(String language, String text, String expected) {
		List<String> found = Fixtures.found(language, text);
		assertTrue(found.contains(expected), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// "shares" before a determiner or a pronoun is the verb: the country stays a place
			"en | An Uyghur student living in Turkey shares her story with us. | ORG Turkey",
			// the medium where something was shared is no organisation, although the company acts elsewhere
			"en | The video was shared on Twitter by activists. | Twitter",
			"en | Twitter censors hundreds of accounts. The video was shared on Twitter by activists. | ORG Twitter, ORG Twitter",
			// identity labels and technical acronyms are no organisations
			"it | I diritti della comunità LGBTQI+ in India sono stati discussi. | LGBTQI",
			"en | Their IP address was used by the ruling party. | IP" })
	void doesNotFire(String language, String text, String unexpected) {
		List<String> found = Fixtures.found(language, text);
		assertFalse(found.toString().contains(unexpected), found.toString());
	}

	@ParameterizedTest(name = "{0}: not {2}")
	@CsvSource(delimiter = '|', value = {
			// a title word that ends a line does not make the next line's first word a person
			"en | Kyrgyz Journalist Loses Court Case Against His Country's President | When it comes to conflicts, suits are rare. | When" })
	void aLineBreakEndsATitlesReach(String language, String line, String next, String unexpected) {
		List<String> found = Fixtures.found(language, line + "\n" + next + "\n");
		assertFalse(found.stream().anyMatch(m -> m.contains(unexpected)), found.toString());
	}
}
