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
 * An Arabic outlet named in running text after its verb with no attribution cue (issue 15, sixteenth session): a verb of
 * reporting ("ذكرت صحيفة", "ونقلت وكالة"), a verb of conducting an interview or a poll ("أجرتها صحيفة", "اجرته صحيفة"), or
 * a report's noun with the preposition glued to the outlet's noun ("تقرير لصحيفة"). The outlet is read by its shape — a
 * publication's or broadcaster's noun and a name, a listed agency — and the name stops at a preposition or a conjunction
 * ("مع", "أن"). A ministry, the police, a person, an adjective alone ("صحيفة محلية") or the site's own name is no source.
 */
class ArabicReportingVerbTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			وذكرت صحيفة الشروق أن الجسر سيفتح في مايو.                                  | الشروق
			ونقلت وكالة رويترز عن مسؤول قوله إن الجسر سيفتح.                              | Reuters
			وأفادت قناة «الغد» بأن الجسر سيفتح في مايو.                                   | الغد
			في المقابلة التي أجرتها صحيفة الأيام مع الوزير قال إن الجسر سيفتح.             | الأيام
			وأظهر استطلاع للرأي اجرته صحيفة القدس ان معظم السكان يؤيدون المشروع.          | القدس
			وأشار تقرير لصحيفة الغد الأردنية إلى أن الجسر سيفتح.                          | الغد
			وذكرت وكالة الأنباء السعودية أن الاجتماع عقد أمس.                             | SPA
			""")
	void anOutletAfterAnArabicVerbOfReportingIsTheSource(String text, String expected) {
		assertEquals(List.of(List.of(expected)), CreditsInABody.holders("ar", text), text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			وذكرت وزارة الصحة أن عدد المصابين ارتفع.
			ونقلت الشرطة المصابين إلى المستشفى.
			وكشفت التحقيقات أن الحريق نجم عن تماس كهربائي.
			وأشار تقرير للشرطة إلى أن الحادث وقع ليلا.
			وذكرت مصادر طبية أن حالة المصابين مستقرة.
			ذكرت صحيفة محلية أن الاجتماع عقد أمس.
			ونشرت الوزيرة صورة لها على حسابها.
			""")
	void aMinistryThePoliceOrAPersonIsNoSource(String text) {
		assertEquals(List.of(), CreditsInABody.holders("ar", text), text);
	}

	@Test
	void theSitesOwnNameIsNoCredit() {
		Article own = Article.builder("عنوان الصفحة\n\nوذكرت صحيفة الشروق أن الجسر سيفتح في مايو.").language("ar") //$NON-NLS-1$
				.publisher("الشروق").build(); //$NON-NLS-1$
		assertEquals(List.of(), new LicenceChecker().analyse(own).thirdParty());
	}
}
