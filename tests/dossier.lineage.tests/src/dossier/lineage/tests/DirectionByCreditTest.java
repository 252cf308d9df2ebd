// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;

/**
 * Direction when neither a pointer nor the dates tell (docs/lineage.md, {@code PairJudge.credited}): a text whose credit
 * line names the other's publisher ("by Jeff Errington, The Conversation" on a news site) while the other's credit lines
 * do not name its own is the copy. Constructed for these tests.
 */
class DirectionByCreditTest {

	private static final String BODY = "It is one of the oldest questions of science: where did the first cells live? A study " //$NON-NLS-1$
			+ "published in Nature Microbiology traces 355 families of genes back to the last universal common ancestor, a " //$NON-NLS-1$
			+ "single cell from which all life descended, and finds that it fed on hydrogen near deep-sea vents.\n\n" //$NON-NLS-1$
			+ "William Martin and his colleagues in Düsseldorf compared six million genes from 1,930 genomes of bacteria " //$NON-NLS-1$
			+ "and archaea, keeping only the families found in both domains and spread across their trees.\n\n" //$NON-NLS-1$
			+ "Critics say the method may throw away genes that were later lost, but the picture of a heat-loving cell " //$NON-NLS-1$
			+ "that lived on hydrogen, carbon dioxide and iron fits what geochemists have long argued about the vents."; //$NON-NLS-1$

	private static LineageLink link(String copyByline, String copyPublisher) {
		return link("", copyByline, copyPublisher); //$NON-NLS-1$
	}

	private static LineageLink link(String originalLine, String copyByline, String copyPublisher) {
		LineageIndex index = new LineageIndex();
		index.add(Article.builder("Life began in the deep\n\n" + BODY + originalLine).id("z-original").language("en") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.publisher("The Science Desk").sourceUrl("https://sciencedesk.example/life-began-in-the-deep") //$NON-NLS-1$ //$NON-NLS-2$
				.published("2016-07-26").build()); //$NON-NLS-1$
		List<LineageLink> links = index.add(Article.builder("Life began in the deep\n\n" + copyByline + "\n\n" + BODY) //$NON-NLS-1$ //$NON-NLS-2$
				.id("a-copy").language("en").publisher(copyPublisher).sourceUrl("https://newsfeed.example/2016-07-life") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.published("2016-07-26").build()).links(); //$NON-NLS-1$
		return links.stream().filter(l -> l.involves("a-copy") && l.involves("z-original")).findFirst().orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aCopyWhoseBylineCreditsTheOthersPublisherIsTheCopy() {
		LineageLink link = link("July 26, 2016 by Jeff Errington, The Science Desk", "Newsfeed"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.REPUBLICATION, link.type(), link.toString());
		assertTrue(link.directed(), link.toString());
		assertEquals("z-original", link.from(), link.toString()); //$NON-NLS-1$
		assertTrue(link.evidence().toString().contains("a-copy names The Science Desk, the publisher of z-original"), //$NON-NLS-1$
				link.toString());
	}

	@Test
	void aCopyWhoseLastLineSaysWhereItWasFirstPublishedIsTheCopy() {
		LineageIndex index = new LineageIndex();
		index.add(Article.builder("Life began in the deep\n\n" + BODY).id("z-original").language("en") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.publisher("The Science Desk").sourceUrl("https://sciencedesk.example/life-began-in-the-deep").build()); //$NON-NLS-1$ //$NON-NLS-2$
		LineageLink link = index.add(Article.builder("Life began in the deep\n\n" + BODY //$NON-NLS-1$
				+ "\n\nThis article was originally published by The Science Desk.").id("a-copy").language("en") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.publisher("Newsfeed").sourceUrl("https://newsfeed.example/2016-07-life").build()).links().stream() //$NON-NLS-1$ //$NON-NLS-2$
				.filter(l -> l.involves("z-original")).findFirst().orElseThrow(); //$NON-NLS-1$
		assertTrue(link.directed(), link.toString());
		assertEquals("z-original", link.from(), link.toString()); //$NON-NLS-1$
	}

	@Test
	void anOriginalThatNamesItsPartnerInItsTextIsNotTakenForTheCopy() {
		// the original names the site that will carry it in a sentence of its own, which credits nothing: before the
		// credit had to be a credit line, that name made the original look like the copy
		LineageLink link = link("\n\nReaders of Newsfeed, our partner, will find the study's data on its site.", //$NON-NLS-1$
				"July 26, 2016 by Jeff Errington", "Newsfeed"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.REPUBLICATION, link.type(), link.toString());
		assertFalse(link.directed() && link.from().equals("a-copy"), link.toString()); //$NON-NLS-1$
	}

	@Test
	void aBylineNamingNoPublisherLeavesTheDirectionUnknown() {
		LineageLink link = link("July 26, 2016 by Jeff Errington", "Newsfeed"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.REPUBLICATION, link.type(), link.toString());
		assertFalse(link.directed(), link.toString());
	}
}
