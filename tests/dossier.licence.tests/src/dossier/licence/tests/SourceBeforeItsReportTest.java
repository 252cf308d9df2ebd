// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/**
 * A source named before its reporting verb credits the text's source, as "according to X" does: "…, the Financial Times
 * reported.", "Dagens Nyheter reported on Monday that…", "CBS News’ Chris Martinez reported.", "…, said a Fox News
 * report." The name must be a listed holder or look like a publication's (its last word "Times", "News", "Post",
 * "Nyheter"…); a person, an office or the police reporting something is no source.
 */
class SourceBeforeItsReportTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			The talks had stalled for weeks, the Financial Times reported.                   | Financial Times
			Dagens Nyheter reported on Monday that the minister would resign.                | Dagens Nyheter
			Temperatures broke records across the Southwest, CBS News’ Chris Martinez reported. | CBS News;Chris Martinez
			The company had lost the contract, said a Fox News report.                       | Fox News
			Reuters reported on Monday that the talks had failed.                            | Reuters
			""")
	void aPublicationBeforeItsReportIsTheSource(String text, String expected) {
		assertEquals(List.of(List.of(expected.split(";"))), CreditsInABody.holders("en", text), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Mayor Anne Jansen reported on Monday that the bridge would reopen.
			The figures were wrong, said a Pentagon report.
			The police reported that two men were arrested.
			Two residents reported the leak to the council last week.
			""")
	void aPersonOrAnOfficeReportingIsNoSource(String text) {
		assertEquals(List.of(), CreditsInABody.holders("en", text), text);
	}
}
