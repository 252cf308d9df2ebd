// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sources named in running text in the forms the attribution frames missed (issue 15, twentieth session): an Arabic cue
 * spelt with its tanween ("وفقاً لصحيفة"), an Arabic verb of saying or denying before an outlet ("قالت صحيفة", "نفت وكالة
 * الأنباء … «…»"), a bare "وكالة" before a name with no article ("تقرير لوكالة تسنيم"), the Italian preposition elided before
 * the outlet ("all'ANSA"), the verbs of saying in more of their forms ("disseram à agência Lusa", "a expliqué à l'AFP",
 * "explained to Reuters"), and a publication's name after a cue with no noun ("selon Le Petit Quotidien"). A person, the
 * police or a ministry after the same words is no source.
 */
class SayingAndCueFormsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			ar | وقال المسؤول، وفقاً لصحيفة «النهار» اللبنانية، إن الجسر سيفتح في مايو.       | النهار
			ar | وأشار تقرير لوكالة تسنيم الإيرانية إلى أن الجسر سيفتح في مايو.                | Tasnim
			ar | ونفت وكالة الأنباء الأردنية «بترا» صحة التقارير عن إغلاق الجسر.               | Petra
			ar | وقالت صحيفة الوطن إن الجسر سيفتح في مايو.                                    | الوطن
			it | Il ponte riaprirà a maggio, lo ha confermato all’ANSA il sindaco del paese.   | ANSA
			pt | O fogo começou de madrugada, disseram à agência Lusa os vizinhos da família.  | Lusa
			fr | Il faut que ça change, a expliqué à l’AFP un éleveur venu de Namur.           | AFP
			en | The bridge will reopen in May, the mayor explained to Reuters on Monday.      | Reuters
			fr | Selon Le Petit Quotidien, la hausse des prix sera annoncée lundi.             | Petit Quotidien
			es | Según El Heraldo Diario, el puente abrirá en mayo.                            | Heraldo Diario
			""")
	void anOutletAfterTheseFormsIsTheSource(String language, String text, String expected) {
		assertEquals(List.of(List.of(expected)), CreditsInABody.holders(language, text), text);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			fr | Selon Jean Dupont, le pont ouvrira en mai.
			it | Lo ha detto all’assessore Mario Rossi il sindaco del paese.
			pt | O fogo começou de madrugada, disseram à polícia os vizinhos da família.
			ar | وقالت وزارة الصحة إن عدد المصابين ارتفع.
			ar | وأكدت الشرطة أن الحادث وقع ليلا.
			ar | وفقاً للشرطة فإن الحادث وقع ليلا.
			fr | Il faut que ça change, a expliqué à Marie Dupont son voisin.
			""")
	void aPersonThePoliceOrAMinistryIsNoSource(String language, String text) {
		assertEquals(List.of(), CreditsInABody.holders(language, text), text);
	}
}
