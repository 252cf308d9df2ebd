// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.lineage.Evidence;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;

/** Which link "Compare with Original" reads an article through. */
class SideBySidePairsTest {

	private static LineageLink link(String from, String to, LinkType type, double score, boolean directed,
			LinkStatus status) {
		return new LineageLink(from, to, type, score, directed, List.of(new Evidence(Evidence.FINGERPRINT, "2011")),
				status);
	}

	@Test
	void aConfirmedOriginalComesBeforeAStrongerSuggestedOneAndAnOriginalBeforeACopy() {
		LineageLink suggested = link("en", "ar", LinkType.TRANSLATION, 0.95, true, LinkStatus.SUGGESTED);
		LineageLink confirmed = link("it", "ar", LinkType.TRANSLATION, 0.6, true, LinkStatus.CONFIRMED);
		LineageLink copyOfIt = link("ar", "ar-copy", LinkType.REPUBLICATION, 1, true, LinkStatus.CONFIRMED);
		assertEquals(confirmed, SideBySidePairs.choose("ar", null, List.of(suggested, copyOfIt, confirmed)).orElseThrow());
		assertEquals(suggested, SideBySidePairs.choose("ar", null, List.of(suggested, copyOfIt)).orElseThrow());
	}

	@Test
	void theAnalystsChoiceWinsAndAnOriginalIsShownBesideItsStrongestCopy() {
		LineageLink french = link("en", "fr", LinkType.TRANSLATION, 0.8, true, LinkStatus.SUGGESTED);
		LineageLink arabic = link("en", "ar", LinkType.TRANSLATION, 0.9, true, LinkStatus.SUGGESTED);
		assertEquals(french, SideBySidePairs.choose("en", "fr", List.of(french, arabic)).orElseThrow());
		assertEquals(arabic, SideBySidePairs.choose("en", null, List.of(french, arabic)).orElseThrow());
	}

	@Test
	void aDuplicateComesAfterATranslationAndASameStoryIsNeverReadSideBySide() {
		LineageLink duplicate = link("a", "b", LinkType.DUPLICATE, 1, true, LinkStatus.SUGGESTED);
		LineageLink translation = link("c", "b", LinkType.TRANSLATION, 0.7, true, LinkStatus.SUGGESTED);
		LineageLink sameStory = link("b", "d", LinkType.SAME_STORY, 0.9, false, LinkStatus.SUGGESTED);
		assertEquals(translation, SideBySidePairs.choose("b", null, List.of(duplicate, translation, sameStory)).orElseThrow());
		assertTrue(SideBySidePairs.choose("b", null, List.of(sameStory)).isEmpty());
		assertTrue(SideBySidePairs.choose("b", "d", List.of(sameStory)).isEmpty());
	}

	@Test
	void anUndirectedLinkIsReadWithItsSmallerIdOnTheOriginalsSide() {
		LineageLink undirected = link("a", "b", LinkType.REPUBLICATION, 0.9, false, LinkStatus.SUGGESTED);
		assertEquals(undirected, SideBySidePairs.choose("a", null, List.of(undirected)).orElseThrow());
		assertEquals("a", SideBySidePairs.originalOf(undirected));
		assertEquals("The other version (which came first is not known)", SideBySideLabels.copyRole(undirected));
	}
}
