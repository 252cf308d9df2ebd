// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.DetectedLicence;
import dossier.licence.LicenceChecker;

/**
 * Dutch pages naming themselves (issue 15, twentieth session): "deze website", "deze site", "deze blog", "dit artikel" say
 * that a licence named on a long line of running text is this page's, as "this site", "ce site", "questo sito", "dieser
 * Artikel" already did; the same line naming other people's works licenses nothing. The sentences are written for the test.
 */
class DutchSelfReferenceTest {

	private static String licenceOf(String text) {
		DetectedLicence licence = new LicenceChecker().analyse(Article.builder("Pagina\n\n" + text).language("nl").build()).licence(); //$NON-NLS-1$ //$NON-NLS-2$
		return licence == null ? "NONE" : licence.licence().id(); //$NON-NLS-1$
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Wij vinden het belangrijk dat kennis vrij kan circuleren, en daarom hebben we na lang overleg met onze auteurs, fotografen en vormgevers besloten dat alle teksten en beelden op deze website beschikbaar zijn onder een Creative Commons Naamsvermelding 4.0-licentie (CC BY 4.0), zodat iedereen ze mag hergebruiken. | CC-BY-4.0
			Omdat wij vinden dat onderzoek van de gemeenschap voor iedereen toegankelijk moet zijn, hebben wij na overleg met de redactie, de onderzoekers en de fotografen die eraan meewerkten besloten dat dit artikel vrij beschikbaar is onder een Creative Commons Naamsvermelding 4.0-licentie (CC BY 4.0), ook voor andere media. | CC-BY-4.0
			Wij vinden het belangrijk dat kennis vrij kan circuleren, en daarom hebben veel musea, archieven en bibliotheken na lang overleg met hun auteurs, fotografen en vormgevers besloten om hun collecties beschikbaar te maken onder een Creative Commons Naamsvermelding 4.0-licentie (CC BY 4.0), zodat iedereen ze mag hergebruiken. | NONE
			Omdat veel onderzoekers vinden dat onderzoek van de gemeenschap voor iedereen toegankelijk moet zijn, hebben veel tijdschriften na overleg met hun redacties, de onderzoekers en de fotografen besloten dat hun artikelen vrij beschikbaar zijn onder een Creative Commons Naamsvermelding 4.0-licentie (CC BY 4.0), ook voor andere media. | NONE
			""")
	void aLongLineIsThePagesLicenceWhenItNamesThePage(String text, String expected) {
		assertEquals(expected, licenceOf(text));
	}
}
