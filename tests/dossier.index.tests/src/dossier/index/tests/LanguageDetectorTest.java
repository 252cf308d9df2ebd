// SPDX-License-Identifier: EPL-2.0
package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dossier.core.language.LanguageDetector;

/** Language detection on the labelled set in labelled-texts.txt (news-like passages written for this project). */
class LanguageDetectorTest {

	private static final List<String> REQUIRED = List.of("ar", "en", "it", "fr", "es", "de", "pt", "ru", "fa", "ur", "tr",
			"zh", "ja");

	record Labelled(String language, boolean hard, String text) {
	}

	static List<Labelled> labelled() throws IOException {
		String file;
		try (InputStream in = LanguageDetectorTest.class.getResourceAsStream("labelled-texts.txt")) {
			file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<Labelled> result = new ArrayList<>();
		String tag = null;
		boolean hard = false;
		StringBuilder text = new StringBuilder();
		for (String line : (file + "\n@end").split("\n")) {
			if (line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("@")) {
				if (tag != null) {
					result.add(new Labelled(tag, hard, text.toString().strip()));
				}
				String[] header = line.substring(1).strip().split(" ");
				tag = header[0];
				hard = header.length > 1 && header[1].equals("hard");
				text.setLength(0);
			} else {
				text.append(line).append('\n');
			}
		}
		return result;
	}

	@Test
	void atLeast98PercentOfTheLabelledSetIsRight() throws IOException {
		List<Labelled> set = labelled();
		List<String> wrong = new ArrayList<>();
		for (Labelled entry : set) {
			String detected = LanguageDetector.standard().detect(entry.text());
			if (!detected.equals(entry.language())) {
				wrong.add(entry.language() + " read as " + detected + ": " + entry.text().substring(0, 40));
			}
		}
		double accuracy = 1.0 - (double) wrong.size() / set.size();
		assertTrue(accuracy >= 0.98, () -> "accuracy " + accuracy + " on " + set.size() + " texts; wrong: " + wrong);
	}

	@Test
	void everyRequiredLanguageHasLongTextsInTheSetIncludingHardCases() throws IOException {
		Map<String, Integer> longTexts = new TreeMap<>();
		int hard = 0;
		for (Labelled entry : labelled()) {
			if (entry.text().length() >= 200) {
				longTexts.merge(entry.language(), 1, Integer::sum);
			}
			hard += entry.hard() ? 1 : 0;
		}
		for (String language : REQUIRED) {
			assertTrue(longTexts.getOrDefault(language, 0) >= 2, () -> language + " has too few texts of 200+ characters: " + longTexts);
			assertTrue(LanguageDetector.standard().supportedLanguages().contains(language), language);
		}
		assertTrue(hard >= 15, "hard cases: " + hard);
	}

	@Test
	void persianAndUrduAreNotArabic() {
		LanguageDetector detector = LanguageDetector.standard();
		assertEquals("fa", detector.detect("این کتاب برای کودکان نوشته شده است و در همه کتابفروشی‌ها پیدا می‌شود."));
		assertEquals("ur", detector.detect("یہ کتاب بچوں کے لیے لکھی گئی ہے اور ہر دکان پر ملتی ہے۔"));
		assertEquals("ar", detector.detect("كتب هذا الكتاب للأطفال ويمكن العثور عليه في جميع المكتبات."));
	}

	@Test
	void shortItalianIsNotSpanish() {
		// The sentence OpenNLP's language model read as Spanish.
		assertEquals("it", LanguageDetector.standard().detect("La polizia ha chiuso le strade vicino al parlamento."));
		assertEquals("es", LanguageDetector.standard().detect("La policía cerró las calles cerca del parlamento."));
		assertEquals("pt", LanguageDetector.standard().detect("A polícia fechou as ruas perto do parlamento."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "12345 67890", "!!!", "ok" })
	void textWithoutEnoughLettersIsUndetermined(String text) {
		assertEquals(LanguageDetector.UNDETERMINED, LanguageDetector.standard().detect(text));
	}
}
