// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dossier.lineage.ParagraphAlignment;
import dossier.lineage.ParagraphAlignment.Basis;
import dossier.lineage.ParagraphAlignment.Pair;
import dossier.lineage.ParagraphAlignment.Paragraph;

/**
 * Paragraphs of a real original and its real translations paired for reading side by side (Global Voices, 25 March
 * 2011: the English post, its Arabic and its Italian translation; fixtures/ATTRIBUTION.md).
 */
class ParagraphAlignmentTest {

	private static final String ENGLISH = Fixtures.text("gv-syria-dignity-en.txt"); //$NON-NLS-1$
	private static final String ARABIC = Fixtures.text("gv-syria-dignity-ar.txt"); //$NON-NLS-1$
	private static final String ITALIAN = Fixtures.text("gv-syria-dignity-it.txt"); //$NON-NLS-1$

	@Test
	void paragraphsAreTheNonBlankLinesWithTheirOffsets() {
		String text = "Title\n\n  First paragraph.  \r\n\n\nSecond one\n"; //$NON-NLS-1$
		List<Paragraph> paragraphs = ParagraphAlignment.paragraphs(text);
		assertEquals(3, paragraphs.size());
		assertEquals("Title", paragraphs.get(0).of(text)); //$NON-NLS-1$
		assertEquals("First paragraph.", paragraphs.get(1).of(text)); //$NON-NLS-1$
		assertEquals(text.indexOf("First"), paragraphs.get(1).start()); //$NON-NLS-1$
		assertEquals("Second one", paragraphs.get(2).of(text)); //$NON-NLS-1$
		assertEquals(2, paragraphs.get(2).index());
		assertTrue(ParagraphAlignment.paragraphs(" \n\n").isEmpty());
	}

	@Test
	void theArabicTranslationLinesUpWithItsEnglishOriginalTheHeadlineItLeftOutUnpaired() {
		ParagraphAlignment alignment = ParagraphAlignment.align(ENGLISH, ARABIC);
		assertEquals(8, alignment.originalParagraphs().size());
		assertEquals(7, alignment.copyParagraphs().size());
		// The Arabic edition has no headline in its text: the English one stays alone, every other paragraph is
		// paired with the Arabic paragraph that translates it.
		assertEquals(OptionalInt.empty(), alignment.copyOf(0));
		for (int english = 1; english < 8; english++) {
			assertEquals(OptionalInt.of(english - 1), alignment.copyOf(english), "English paragraph " + english); //$NON-NLS-1$
		}
		// Anchored by what a translator keeps: the date, the year and the death toll of Hama; the Twitter handle.
		Pair hama = alignment.ofOriginal(3);
		assertEquals(Basis.FINGERPRINT, hama.basis());
		assertTrue(hama.shared().containsAll(List.of("1982", "10,000")), hama.shared().toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Basis.FINGERPRINT, alignment.ofOriginal(7).basis());
		assertTrue(alignment.ofOriginal(7).shared().contains("@AnonymousSyria")); //$NON-NLS-1$
		// A paragraph without a name or figure in Arabic script is paired by its place between the anchors.
		assertEquals(Basis.POSITION, alignment.ofOriginal(4).basis());
		assertEquals(OptionalInt.of(4), alignment.originalOf(3));
	}

	@Test
	void theItalianTranslationStartsAtTheBodyBothLeadingParagraphsOfTheOriginalStayAlone() {
		ParagraphAlignment alignment = ParagraphAlignment.align(ENGLISH, ITALIAN);
		assertEquals(6, alignment.copyParagraphs().size());
		assertEquals(OptionalInt.empty(), alignment.copyOf(0));
		assertEquals(OptionalInt.empty(), alignment.copyOf(1));
		for (int italian = 0; italian < 6; italian++) {
			assertEquals(OptionalInt.of(italian + 2), alignment.originalOf(italian), "Italian paragraph " + italian); //$NON-NLS-1$
		}
		assertEquals(6, alignment.pairedCount());
		assertTrue(alignment.anchoredCount() >= 4, alignment.pairs().toString());
	}

	@Test
	void aParagraphDroppedFromTheMiddleOfTheCopyLeavesItsOriginalUnpairedAndTheRestInPlace() {
		List<String> lines = new ArrayList<>(Arrays.asList(ARABIC.split("\n"))); //$NON-NLS-1$
		lines.remove(2); // the Hama paragraph
		ParagraphAlignment alignment = ParagraphAlignment.align(ENGLISH, String.join("\n", lines)); //$NON-NLS-1$
		assertEquals(OptionalInt.of(0), alignment.copyOf(1));
		assertEquals(OptionalInt.of(1), alignment.copyOf(2));
		assertEquals(OptionalInt.of(3), alignment.copyOf(5), alignment.pairs().toString());
		assertEquals(OptionalInt.of(5), alignment.copyOf(7), alignment.pairs().toString());
		assertEquals(6, alignment.pairedCount());
	}

	@Test
	void everyParagraphOfBothSidesIsInExactlyOneRowInReadingOrder() {
		ParagraphAlignment alignment = ParagraphAlignment.align(ENGLISH, ARABIC);
		int original = 0;
		int copy = 0;
		for (Pair pair : alignment.pairs()) {
			if (pair.original() >= 0) {
				assertEquals(original++, pair.original());
			}
			if (pair.copy() >= 0) {
				assertEquals(copy++, pair.copy());
			}
		}
		assertEquals(8, original);
		assertEquals(7, copy);
		assertTrue(ParagraphAlignment.align("", ARABIC).pairs().stream().noneMatch(Pair::paired));
	}
}
