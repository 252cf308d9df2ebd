// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dossier.entities.NormalizedText;
import dossier.entities.TextNormalizer;

class NormalizationTest {

	private final TextNormalizer normalizer = TextNormalizer.standard();

	@ParameterizedTest(name = "{2}")
	@CsvSource({ "مُحَمَّد, محمد, tashkeel removed", "بـــوتين, بوتين, tatweel removed", "أحمد, احمد, hamza alef",
			"إيران, ايران, alef with hamza below", "آسيا, اسيا, alef madda", "ٱلله, الله, alef wasla",
			"مستشفى, مستشفي, alef maqsura folded", "مدرسة, مدرسه, teh marbuta folded", "٢٠٢٢, 2022, Arabic-Indic digits",
			"۱۹۹۹, 1999, Eastern Arabic-Indic digits", "ﻻ, لا, presentation form via NFKC", "Pjöngjang, pjongjang, accents folded",
			"ÉTATS-UNIS, etats unis, case folded and hyphen read as space", "ﬁnance, finance, ligature via NFKC" })
	void foldsEachRule(String input, String expected, String rule) {
		assertEquals(expected, normalizer.key(input));
	}

	@Test
	void foldsAreConfigurable() {
		TextNormalizer strict = TextNormalizer.of(new TextNormalizer.Options(false, false));
		assertEquals("مستشفى", strict.key("مستشفى"));
		assertEquals("مدرسة", strict.key("مدرسة"));
	}

	@Test
	void zeroWidthAndBidiControlsAreIgnoredAndOffsetsSurvive() {
		String text = "قال \u202Bبو\u200Dتين\u202C\u200F اليوم";
		NormalizedText normalized = normalizer.normalize(text);
		assertEquals("قال بوتين اليوم", normalized.text());
		int start = normalized.text().indexOf("بوتين");
		int end = start + "بوتين".length();
		assertEquals(text.indexOf("بو"), normalized.originalStart(start));
		assertEquals(text.indexOf("\u202C"), normalized.originalEnd(end));
	}

	@Test
	void whiteSpaceRunsCollapseAndMapBack() {
		String text = "Kim  Jong\n\tUn";
		NormalizedText normalized = normalizer.normalize(text);
		assertEquals("kim jong un", normalized.text());
		assertEquals(text.length(), normalized.originalEnd(normalized.length()));
	}

	@Test
	void supplementaryCharactersKeepUtf16Offsets() {
		String text = "😀 Putin";
		NormalizedText normalized = normalizer.normalize(text);
		int start = normalized.text().indexOf("putin");
		assertEquals(3, normalized.originalStart(start));
		assertEquals(8, normalized.originalEnd(start + 5));
	}
}
