// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.lineage.Evidence;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;

/**
 * Real pairs of the lineage evaluation set ({@code benchmarks/quality/lineage}) that the engine's rules were tuned
 * on: an Arabic translation found through the names it transcribes, and a translation with hardly any names told
 * from another article about the same person.
 */
class RealPairsTest {

	@Test
	void arabicTranslationIsFoundThroughTheNamesItTranscribes() {
		Article english = Fixtures.powerOfWeEnglish();
		Article arabic = Fixtures.powerOfWeArabic();
		LineageIndex index = new LineageIndex();
		index.add(english);
		LineageLink link = only(index.add(arabic).links(), LinkType.TRANSLATION);
		assertEquals(english.id(), link.from(), "the English post, published first, is the original"); //$NON-NLS-1$
		String fingerprint = detail(link, Evidence.FINGERPRINT);
		// "Fortaleza" is فورتاليزا, "Janet" جانيت in the Arabic text
		assertTrue(fingerprint.contains("fortaleza") && fingerprint.contains("janet"), fingerprint); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void translationWithFewNamesIsToldFromAnotherArticleAboutTheSamePerson() {
		LineageIndex index = new LineageIndex();
		index.add(Fixtures.olderMessageEnglish());
		index.add(Fixtures.newDirectorPortuguese());
		List<LineageLink> links = index.add(Fixtures.olderMessageSpanish()).links();
		LineageLink translation = only(links, LinkType.TRANSLATION);
		assertEquals(Fixtures.olderMessageEnglish().id(), translation.from(), links.toString());
		assertTrue(detail(translation, Evidence.TEXT).contains("letter 4-grams"), translation.toString()); //$NON-NLS-1$
		// the announcement names the same person and organisation, but is another text
		assertTrue(links.stream().noneMatch(link -> link.involves(Fixtures.newDirectorPortuguese().id())
				&& link.type() == LinkType.TRANSLATION), links.toString());
	}

	private static LineageLink only(List<LineageLink> links, LinkType type) {
		List<LineageLink> ofType = links.stream().filter(link -> link.type() == type).toList();
		assertEquals(1, ofType.size(), links.toString());
		return ofType.get(0);
	}

	private static String detail(LineageLink link, String kind) {
		return link.evidence().stream().filter(e -> e.kind().equals(kind)).map(Evidence::detail).reduce("", (a, b) -> a + " " + b); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
