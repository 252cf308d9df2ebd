// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.core.model.Article;
import dossier.licence.LicenceChecker;

/**
 * An item's word and a person's name with no colon closing a line (issue 15, twentieth session): "…, foto NAME", "(foto e
 * video NAME)", "… Photo J. Martin" after a caption's words, "& Foto NAME, Place". A heading in capitals, a sentence that
 * goes on after the name, a name in lower case and the page's own photographer credit nothing.
 */
class ItemWordAndNameTest {

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			nl | Optredens op het Marktplein, foto Jan de Vries                                 | Jan de Vries
			it | (foto e video Marco Bianchi)                                                   | Marco Bianchi
			fr | La plage sous un soleil de plomb Photo J. Martin                               | J. Martin
			nl | Zonsondergang boven de haven, 12-09-2017 & Foto Kevin van der Laan, Groningen  | Kevin van der Laan
			""")
	void aNameAfterAnItemsWordIsTheCredit(String language, String text, String expected) {
		assertEquals(List.of(List.of(expected)), CreditsInABody.holders(language, text), text);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			it | FOTO DEL GIORNO
			it | Ecco la foto Mario Rossi ha scattato ieri sera davanti al municipio.
			en | The photo Committee Room shows the members.
			nl | Bekijk de foto van het plein
			""")
	void aHeadingOrASentenceIsNoCredit(String language, String text) {
		assertEquals(List.of(), CreditsInABody.holders(language, text), text);
	}

	@Test
	void thePhotographersOwnSiteCreditsNothing() {
		Article own = Article.builder("Archief\n\nDe nieuwe ministers op bezoek bij de formateur.\nfoto Jan de Vries").language("nl") //$NON-NLS-1$ //$NON-NLS-2$
				.sourceUrl("https://jandevries.nl/archief/1457").build(); //$NON-NLS-1$
		assertEquals(List.of(), new LicenceChecker().analyse(own).thirdParty());
	}
}
