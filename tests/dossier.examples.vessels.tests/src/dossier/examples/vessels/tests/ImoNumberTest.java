// SPDX-License-Identifier: EPL-2.0
package dossier.examples.vessels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dossier.examples.vessels.ImoNumber;

class ImoNumberTest {

	@ParameterizedTest
	@ValueSource(strings = { "9074729", "9811000", "٩٨١١٠٠٠" })
	void acceptsNumbersWithTheRightCheckDigit(String digits) {
		assertTrue(ImoNumber.isValid(digits), digits);
	}

	@ParameterizedTest
	@ValueSource(strings = { "9074728", "9811001", "981100", "98110000", "98110O0", "" })
	void rejectsTyposAndWrongLengths(String digits) {
		assertFalse(ImoNumber.isValid(digits), digits);
	}

	@Test
	void readsArabicIndicDigits() {
		assertEquals("9811000", ImoNumber.toAscii("٩٨١١٠٠٠"));
	}
}
