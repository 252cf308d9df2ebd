// SPDX-License-Identifier: EPL-2.0
package dossier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import dossier.core.model.TextDirection;

/**
 * The one first-strong-character rule every view, chart and importer asks (rule P2 of the Unicode bidirectional
 * algorithm): an Arabic title laid out right to left, a Latin one left to right, whatever comes first.
 */
class TextDirectionTest {

	@Test
	void theFirstStrongCharacterDecidesAndDigitsAndPunctuationAreWeak() {
		assertEquals(TextDirection.RTL, TextDirection.firstStrong("كوريا الشمالية and Putin"));
		assertEquals(TextDirection.RTL, TextDirection.firstStrong("2024: «بوتين»"), "digits and quotes are weak");
		assertEquals(TextDirection.LTR, TextDirection.firstStrong("Putin a Pyongyang: بوتين"));
		assertEquals(TextDirection.RTL, TextDirection.firstStrong("שלום world"), "Hebrew is right to left too");
		assertNull(TextDirection.firstStrong("2024 — 17.06"));
		assertNull(TextDirection.firstStrong(""));
		assertEquals(TextDirection.LTR, TextDirection.firstStrong("", TextDirection.LTR));
		assertEquals(TextDirection.RTL, TextDirection.firstStrong("42", TextDirection.RTL), "the fallback when none");
	}

	@Test
	void aLetterOutsideTheBasicPlaneCountsAsOneCharacter() {
		// U+10900 PHOENICIAN LETTER ALF (right to left) and U+1D400 MATHEMATICAL BOLD CAPITAL A (left to right),
		// each written as two surrogates that have no direction of their own
		assertEquals(TextDirection.RTL, TextDirection.firstStrong("\uD802\uDD00 abc"));
		assertEquals(TextDirection.LTR, TextDirection.firstStrong("\uD835\uDC00 عربي"));
	}

	@Test
	void anIsolateIsSkippedAndAnExplicitEmbeddingDecides() {
		// RLI Arabic PDI, then Latin: the isolate does not count (P2), the paragraph is left to right
		assertEquals(TextDirection.LTR, TextDirection.firstStrong("\u2067بوتين\u2069 said"));
		// nested isolates: FSI ( LRI Latin PDI ) PDI, then Arabic
		assertEquals(TextDirection.RTL, TextDirection.firstStrong("\u2068\u2066abc\u2069\u2069 قال"));
		// an unmatched PDI is ignored
		assertEquals(TextDirection.RTL, TextDirection.firstStrong("\u2069 قال"));
		// an explicit right-to-left embedding or override met first: whoever wrote it meant right to left
		assertEquals(TextDirection.RTL, TextDirection.firstStrong("\u202B12 abc"));
		assertEquals(TextDirection.RTL, TextDirection.firstStrong("\u202Eabc"));
		assertEquals(TextDirection.LTR, TextDirection.firstStrong("\u202A12 عربي"));
		// the marks are strong characters of their own
		assertEquals(TextDirection.RTL, TextDirection.firstStrong("\u200F(12) abc"));
		assertEquals(TextDirection.LTR, TextDirection.firstStrong("\u200E(12) عربي"));
	}
}
