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
 * The two translation rules the second widening of the lineage set asked for ({@code docs/lineage.md}): a pair with
 * one side in Arabic script is a translation on fewer things in common when one of them is a figure, and any pair of
 * languages is a translation on a weaker fingerprint when it holds many distinct things in order; either only when
 * what they hold in common weighs enough after rarity.
 */
class CrossLanguageRulesTest {

	@Test
	void arabicAndFrenchTranslationsOfOnePostShareAFigureAndTranscribedNames() {
		// real: the Arabic and French editions of "Global Voices and the Power of We" (c04 of the lineage set)
		LineageIndex index = new LineageIndex();
		index.add(Fixtures.powerOfWeArabic());
		LineageLink link = only(index.add(Fixtures.powerOfWeFrench()).links(), LinkType.TRANSLATION);
		String fingerprint = detail(link, Evidence.FINGERPRINT);
		assertTrue(fingerprint.contains("700") && fingerprint.contains("fortaleza"), fingerprint); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void arabicArticleSharingNamesButNoFigureIsNotATranslation() {
		// constructed for this test: four transcribed names in the same order on both sides, no figure
		Article arabic = Article.builder("زار خوسيه مدينة فورتاليزا في البرازيل ثم ولاية ماتو غروسو، وكتبت جانيت عن الرحلة.") //$NON-NLS-1$
				.id("names-ar").language("ar").build(); //$NON-NLS-1$ //$NON-NLS-2$
		Article french = Article.builder("Le voyage de José passait par Fortaleza, au Brésil, puis par le Mato Grosso ; " //$NON-NLS-1$
				+ "une amie, Janet, en a parlé sur son blog.").id("names-fr").language("fr").build(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		LineageIndex index = new LineageIndex();
		index.add(arabic);
		List<LineageLink> links = index.add(french).links();
		assertTrue(links.stream().noneMatch(link -> link.type() == LinkType.TRANSLATION), links.toString());
	}

	@Test
	void eightFiguresInOrderMakeATranslationOnAWeakerFingerprint() {
		List<LineageLink> links = pair(8);
		LineageLink link = only(links, LinkType.TRANSLATION);
		assertTrue(link.score() < 0.45, "a weaker fingerprint than the usual threshold: " + link.score()); //$NON-NLS-1$
	}

	@Test
	void sevenFiguresOnASimilarFingerprintAreOnlyTheSameStory() {
		List<LineageLink> links = pair(7);
		assertTrue(links.stream().noneMatch(link -> link.type() == LinkType.TRANSLATION), links.toString());
		assertTrue(links.stream().anyMatch(link -> link.type() == LinkType.SAME_STORY), links.toString());
	}

	@Test
	void eightNamesThatManyArticlesHoldAreOnlyTheSameStory() {
		// constructed for this test: the eight names of an English and a German note are also in four other notes of
		// a corpus of 36, so in common they weigh 5.3 after rarity: distinct, but too light for a translation
		String[] names = { "Amsterdam", "Kaduna", "Tbilisi", "Valparaiso", "Kathmandu", "Ouagadougou", "Bishkek", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"Windhoek" }; //$NON-NLS-1$
		LineageIndex index = new LineageIndex();
		for (int i = 0; i < 30; i++) {
			index.add(Article.builder("Korte notitie nummer " + (500 + i) + ".").id("other-" + i).language("nl").build()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		for (int i = 0; i < 4; i++) {
			StringBuilder note = new StringBuilder("Notities " + (700 + i) + ":"); //$NON-NLS-1$ //$NON-NLS-2$
			for (String name : names) {
				note.append(" dan ").append(name); //$NON-NLS-1$
			}
			index.add(Article.builder(note.append('.').toString()).id("note-" + i).language("nl").build()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		StringBuilder english = new StringBuilder("We went"); //$NON-NLS-1$
		StringBuilder german = new StringBuilder("Wir fuhren"); //$NON-NLS-1$
		for (String name : names) {
			english.append(" to ").append(name); //$NON-NLS-1$
			german.append(" nach ").append(name); //$NON-NLS-1$
		}
		index.add(Article.builder(english.append('.').toString()).id("trip-en").language("en").build()); //$NON-NLS-1$ //$NON-NLS-2$
		List<LineageLink> links = index.add(Article.builder(german.append('.').toString()).id("trip-de").language("de").build()).links() //$NON-NLS-1$ //$NON-NLS-2$
				.stream().filter(link -> link.involves("trip-en")).toList(); //$NON-NLS-1$
		assertEquals(1, links.size(), links.toString());
		assertEquals(LinkType.SAME_STORY, links.get(0).type(), links.toString());
	}

	/**
	 * Constructed for these tests: an English and a German text that share {@code shared} three-digit figures in
	 * order, each with twelve figures of its own, so the fingerprint score stays between 0.25 and 0.45; figures are
	 * not cognates, and the few words are too short to be.
	 */
	private static List<LineageLink> pair(int shared) {
		StringBuilder english = new StringBuilder("We counted"); //$NON-NLS-1$
		StringBuilder german = new StringBuilder("Wir zählten"); //$NON-NLS-1$
		for (int i = 0; i < 12; i++) {
			if (i < shared) {
				english.append(' ').append(101 + i);
				german.append(' ').append(101 + i);
			}
			english.append(' ').append(301 + i);
			german.append(' ').append(201 + i);
		}
		LineageIndex index = new LineageIndex();
		index.add(Article.builder(english.append('.').toString()).id("counts-en").language("en").build()); //$NON-NLS-1$ //$NON-NLS-2$
		return index.add(Article.builder(german.append('.').toString()).id("counts-de").language("de").build()).links(); //$NON-NLS-1$ //$NON-NLS-2$
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
