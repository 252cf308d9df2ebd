// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.DetectedLicence;
import dossier.licence.LicenceChecker;

/**
 * A wiki template's page (issue 15, twentieth session): its title, the namespace first ("Template:", "Vorlage:", "قالب:"),
 * names the licence the template puts on the pages that include it; the template's own page licenses nothing. The same
 * licence on a line that is not a template's title stays the page's notice. Written for the test in the shape of the
 * pages found, not copied from them.
 */
class TemplateTitleTest {

	private static String licenceOf(String text, String language) {
		DetectedLicence licence = new LicenceChecker().analyse(Article.builder("Page title\n\n" + text).language(language).build()).licence(); //$NON-NLS-1$
		return licence == null ? "NONE" : licence.licence().id(); //$NON-NLS-1$
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
}
