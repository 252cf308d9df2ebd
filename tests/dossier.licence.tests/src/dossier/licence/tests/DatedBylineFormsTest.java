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
 * Agencies' and broadcasters' bylines and datelines in the forms the line readers missed (issue 15, twentieth session): the
 * Arabic "كتب :" before an agency and "منذ …" after it, an agency's byline inside a line before a bar or a bullet and the
 * date, a broadcaster's item and its date after a bullet ("France 24 • date à time"), and a town's dateline before a listed
 * broadcaster. A person, a weekday, a dateline with no outlet, and the broadcaster on its own site credit nothing.
 */
class DatedBylineFormsTest {

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';', textBlock = """
			ar ; كتب : الأناضول منذ 3 ساعات                                               ; Anadolu Agency
			de ; Sturm über der Küste Von dpa | 12.03.2024, 10:15 Uhr Regen in Kiel      ; dpa
			en ; Storm hits the coast By Reuters • 12/03/2024                              ; Reuters
			fr ; France 24 • 12/03/2024 à 10:15                                            ; France 24
			ar ; الرياض - سكاي نيوز عربية أعلنت السلطات إغلاق الطرق بسبب الأمطار.          ; سكاي نيوز عربية
			""")
	void theAgencyOrBroadcasterIsCredited(String language, String text, String expected) {
		assertEquals(List.of(List.of(expected)), CreditsInABody.holders(language, text), text);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';', textBlock = """
			ar ; كتب : أحمد علي منذ 3 ساعات
			de ; Sturm über der Küste Von Anna Schmidt | 12.03.2024, 10:15 Uhr
			fr ; Lundi • 12/03/2024 à 10:15
			ar ; الرياض - أعلنت السلطات إغلاق الطرق بسبب الأمطار.
			""")
	void aPersonOrADateAloneCreditsNothing(String language, String text) {
		assertEquals(List.of(), CreditsInABody.holders(language, text), text);
	}

	@Test
	void theBroadcastersOwnDatelineCreditsNothing() {
		Article own = Article.builder("عنوان\n\nالرياض - سكاي نيوز عربية أعلنت السلطات إغلاق الطرق بسبب الأمطار.").language("ar") //$NON-NLS-1$ //$NON-NLS-2$
				.sourceUrl("https://www.skynewsarabia.com/middle-east/1234").build(); //$NON-NLS-1$
		assertEquals(List.of(), new LicenceChecker().analyse(own).thirdParty());
	}
}
