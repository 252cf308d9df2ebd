// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.LicenceChecker;

/**
 * A cue in another form (issue 15, fifteenth session): a source word opening a short line with no colon or with a
 * semicolon ("Fonte Carabinieri", "Fonte; …", "Quelle dpa", "Bron ANP", "المصدر وكالة …"), and a text credited by a "with
 * information from" framing ("Com informações do G1", "As informações são da PRF", "Con información de EFE y Reuters",
 * "With reporting from", "Mit Material von dpa", "Met informatie van ANP", "Con informazioni di", "avec l'AFP"). Not a
 * credit: a source word opening a sentence, a lower-case word after it, "avec" before anything but a listed agency, a
 * framing followed by a clause or by common nouns.
 */
class SourceFramingTest {

	private static List<List<String>> holders(String language, String text) {
		return new LicenceChecker().analyse(Article.builder("Page title\n\nBody of the text, about a town and its river.\n\n" + text)
				.language(language).build()).thirdParty().stream().map(item -> item.holders()).toList();
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			it | Fonte Carabinieri                                | Carabinieri
			pt | Fonte; Polícia Rodoviária Federal                | Polícia Rodoviária Federal
			de | Quelle dpa                                       | dpa
			nl | Bron ANP                                         | ANP
			es | Fuente Europa Press                              | Europa Press
			ar | المصدر وكالة الأنباء الأردنية                     | Petra
			pt | Com informações do G1.                           | G1
			pt | As informações são da PRF.                       | PRF
			es | Con información de EFE y Reuters.                | EFE;Reuters
			en | With reporting from Reuters.                     | Reuters
			de | Mit Material von dpa                             | dpa
			nl | Met informatie van ANP.                          | ANP
			it | Con informazioni di Adnkronos.                   | Adnkronos
			fr | Le maire a parlé avec l'AFP hier.                | AFP
			""")
	void aSourceCueInAnotherFormCredits(String language, String text, String expected) {
		assertEquals(List.of(List.of(expected.split(";"))), CreditsInABody.holders(language, text), text);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			it | Fonte della notizia è il Comune di Bari, che ha diffuso il comunicato ieri.
			en | Source of the river is in the mountains
			it | fonte sicura
			fr | Il est parti avec les enfants.
			pt | As informações são de que o prefeito vai viajar.
			pt | Com informações de moradores da região.
			""")
	void aSourceWordInASentenceCreditsNothing(String language, String text) {
		assertEquals(List.of(), CreditsInABody.holders(language, text), text);
	}
}
