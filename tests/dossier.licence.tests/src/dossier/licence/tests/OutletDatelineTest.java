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
 * Another outlet's or an agency's dateline or end tag (issue 15, fifteenth session): an outlet's name in capitals in
 * brackets before a dash at a paragraph's opening ("MÉXICO, D.F., noviembre 27 (EL UNIVERSAL).-"), an agency's byline
 * with its date ("Door ANP - 23-2-2017, 11:42"), an agency and its item's word closing a caption after a dash ("-AAP
 * Image", "— AFP Photo"), an Arabic dateline naming an outlet no list holds ("القاهرة – العرب اليوم"). Not a credit: a
 * party's or a person's name in brackets in a sentence, a reporter's byline with a date, a reporter's name after a town.
 */
class OutletDatelineTest {

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			nl | Door ANP - 23-2-2017, 11:42 (Update 23-2-2017, 11:43)                                   | ANP
			es | Por EFE - 12/03/2024 10:15                                                              | EFE
			en | Nurses will strike on Monday and some surgery will be delayed. -AAP Image               | AAP
			fr | Le cortège a traversé la ville sous la pluie. — AFP Photo                               | AFP
			es | MÉXICO, D.F., noviembre 27 (EL UNIVERSAL).- El hecho de que la liberación fuera negada. | EL UNIVERSAL
			it | ROMA (ADNKRONOS) – Il governo ha approvato il decreto.                                  | Adnkronos
			ar | القاهرة – العرب اليوم                                                                   | العرب اليوم
			ar | عمان - الوكيل الإخباري                                                                   | الوكيل الإخباري
			""")
	void anOutletsDatelineOrEndTagCredits(String language, String text, String expected) {
		assertEquals(List.of(List.of(expected)), CreditsInABody.holders(language, text), text);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			nl | Door Jan de Vries - 23-2-2017, 11:42
			it | Il sindaco (PD) - ha detto - non cambia nulla.
			en | The minister (Labour) – who spoke first – said nothing new.
			en | The march crossed the city. -Jane Doe
			ar | القاهرة - أحمد علي
			""")
	void aPartyAReporterOrAPersonIsNoOutlet(String language, String text) {
		assertEquals(List.of(), CreditsInABody.holders(language, text), text);
	}

	@Test
	void anOutletsOwnDatelineOnItsOwnSiteIsNoThirdParty() {
		Article own = Article.builder("Kika Press\n\n(KIKA) - ROMA -").language("it").sourceUrl("http://kikapress.com/gallery/x").build();
		assertEquals(List.of(), new LicenceChecker().analyse(own).thirdParty());
	}
}
