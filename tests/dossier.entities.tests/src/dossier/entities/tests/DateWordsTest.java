// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.ibm.icu.util.ULocale;

import dossier.entities.DateWords;

/** Date values shown in words in the reader's locale, the ISO value staying the identity. */
class DateWordsTest {

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', value = {
			"en_GB | date:2024-06-17 | 17 June 2024",
			"en_GB | date:--06-17 | 17 June",
			"en_GB | date:--09 | September, year unknown",
			"en_GB | date:2024-06 | June 2024",
			"en_GB | date:2024 | 2024",
			"en_GB | date:2019/2024 | 2019–2024",
			"en_GB | date:weekday-1 | Monday",
			"en_GB | date:weekday-7 | Sunday",
			"it | date:2024-06-17 | 17 giugno 2024",
			"fr | date:weekday-1 | lundi",
			"de | date:--03-01 | 1. März",
			"en_GB | person:not-a-date | person:not-a-date" })
	void aDateValueInWords(String locale, String value, String words) {
		assertEquals(words, DateWords.inWords(value, new ULocale(locale)));
	}
}
