// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.entities.TextNormalizer;
import dossier.entities.internal.Words.Word;

/** The words the open-vocabulary recognisers read: spans, keys, sentence starts and headline lines. */
class WordsTest {

	@Test
	void theFastArabicKeyIsTheNormalisersKeyForEveryArabicLetter() {
		TextNormalizer normalizer = TextNormalizer.standard();
		for (char c = 0x0621; c <= 0x064A; c++) {
			String word = "ب" + c + "ـر" + c;
			assertEquals(normalizer.key(word), Words.arabicKey(word), Integer.toHexString(c));
			assertEquals(normalizer.key(word), Words.key(word, NameLexicons.get()), Integer.toHexString(c));
		}
	}

	@Test
	void elisionsPossessivesAndAbbreviationsAreCutAsNamesNeedThem() {
		List<Word> words = Words.of("L'ONU e dell'Italia. Somalia's army and S.p.A. shares.", NameLexicons.get());
		assertEquals(List.of("ONU", "e", "Italia", "Somalia", "army", "and", "S.p.A.", "shares"), words.stream().map(Word::text).toList());
		assertTrue(words.get(3).possessive());
		assertTrue(words.get(3).sentenceStart(), "after a full stop");
		assertFalse(words.get(4).sentenceStart());
	}

	@Test
	void aHeadlineLineIsOneWithoutASentencesEndAndMostlyCapitals() {
		List<Word> words = Words.of("Rival Somali Troops Clash in Mogadishu\nAt least Six People were killed in the Clash.",
				NameLexicons.get());
		assertTrue(words.get(0).titleLine());
		assertFalse(words.get(words.size() - 1).titleLine(), "a line that ends like a sentence is body text");
		assertFalse(Words.of("Maria Kowalska Arrived Kisumu Friday", NameLexicons.get()).get(0).titleLine(),
				"a text of one line has no headline");
	}
}
