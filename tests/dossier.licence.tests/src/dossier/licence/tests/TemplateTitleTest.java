// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/**
 * Templates (issue 15, twentieth session). A wiki template's page: its title, the namespace first ("Template:", "Vorlage:",
 * "قالب:"), names the licence the template puts on the pages that include it; the template's own page licenses nothing. A
 * notice given as a model, its blanks to fill in ("Copyright (c) &lt;year&gt; by &lt;author's name&gt;", "© [ANO] [NOME]"),
 * reserves nothing either. The same licence or copyright line without them stays the page's notice. Written for the test in
 * the shape of the pages found, not copied from them.
 */
class TemplateTitleTest {

	private static String licenceOf(String text, String language) {
		return Fixtures.pageLicenceOf(text, language);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Template:CC BY-SA 4.0                                    | en | NONE
			Vorlage:Lizenz CC BY-NC 4.0                              | de | NONE
			قالب:برخصة المشاع الإبداعي النسبة-غيرالتجاري 4.0          | ar | NONE
			Licence: CC BY-SA 4.0                                    | en | CC-BY-SA-4.0
			هذا المقال مرخص بموجب رخصة المشاع الإبداعي النسبة-غيرالتجاري 4.0 | ar | CC-BY-NC-4.0
			""")
	void aTemplatesTitleLicensesNothing(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"Copyright (c) <year> by <author's name or designee>. This material may be distributed under the terms below." | en | NONE
			© [ANO] [NOME DO AUTOR]                                 | pt | NONE
			© <Jahr> <Name des Rechteinhabers>                      | de | NONE
			Copyright (c) 2019 by Jane Example.                     | en | LicenseRef-all-rights-reserved
			""")
	void aNoticesModelWithBlanksReservesNothing(String text, String language, String expected) {
		assertEquals(expected, licenceOf(text, language));
	}
}
