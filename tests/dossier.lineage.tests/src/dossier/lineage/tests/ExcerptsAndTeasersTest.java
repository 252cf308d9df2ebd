// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;

/**
 * Teasers and excerpts (docs/lineage.md, the text anchors of {@code LineageIndex}, {@code PairJudge.SHARED_PASSAGE}): a site that carries the first
 * paragraph of an article and a "read more" shares about a sixth of the article's shingles, too few for the MinHash
 * bands, which follow the similarity of the whole texts, so the two were never compared; they are now found through
 * the anchors the teaser shares with the article's beginning, and judged as before. Constructed for these tests; the
 * real case is c52 of the lineage set (a link blog's teaser of an article two other sites copied whole). Two excerpts
 * of one article that end at different places, each with lines of its own, share less than 80% of the smaller text
 * but one long passage (c53: a news reader's copy with the author's title and a caption, a newspaper's edit that goes
 * on two paragraphs further).
 */
class ExcerptsAndTeasersTest {

	private static final String LEAD = "For nearly a century, the favourite explanation for the way clay pots keep water "
			+ "cool has been evaporation through the walls. This is the idea that a little water seeps through the fired "
			+ "clay and carries heat away as it dries on the outside of the pot. But recent measurements add weight to "
			+ "another idea, that the shape of the pot and the shade around it matter as much as the clay itself."; //$NON-NLS-1$

	private static final String MIDDLE = "A study published last month suggests that a pot standing in a draught loses "
			+ "heat twice as fast as one standing in still air, whatever its clay. Potters have long said so, and their "
			+ "customers have long chosen pots with narrow necks and wide bellies, which expose more wet surface to the "
			+ "moving air.\n\nUnder the usual account, a thicker wall should keep the water cooler, since more of it is "
			+ "wet. The new measurements found the opposite above a certain thickness: the outer surface dries first, and "
			+ "the water inside warms while the wall slowly gives up what it had absorbed during the night."; //$NON-NLS-1$

	private static final String ARTICLE = "Why clay pots keep water cool\n\n" + LEAD + "\n\n" + MIDDLE + "\n\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ "Village households who still store drinking water in clay say the old pots work best in the first weeks "
			+ "after firing, when the clay is most open. A glaze on the inside keeps the water clean but slows the "
			+ "seeping, and a glaze on the outside stops it altogether, which is why glazed jars feel warm by noon.\n\n"
			+ "None of this makes the clay pot obsolete. It needs no power, costs little and lasts for years, and where "
			+ "the air is dry it can keep water several degrees below the temperature of the room. The question the "
			+ "researchers want to answer next is how far a cheap cloth cover, kept damp, can make up for a poor pot.\n\n"
			+ "They also want to know whether the pots sold in markets today, fired faster and hotter than the old ones, "
			+ "seep as much as those their grandparents made, and whether a coat of lime on the outside helps or hinders."; //$NON-NLS-1$

	private static Article article(String id, String publisher, String text) {
		return Fixtures.english(id, publisher, text);
	}

	private static Optional<LineageLink> link(Article first, Article second) {
		return Fixtures.linkOf(first, second);
	}

	@Test
	void aTeaserOfTheFirstParagraphOnAnotherSiteIsARepublicationOfTheArticle() {
		Article teaser = article("teaser", "A link blog", //$NON-NLS-1$ //$NON-NLS-2$
				"Why Clay Pots Keep Water Cool\n\n" + LEAD + " A… read more"); //$NON-NLS-1$ //$NON-NLS-2$
		LineageLink link = link(article("article", "The Science Desk", ARTICLE), teaser).orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.REPUBLICATION, link.type(), link.toString());
		// the other order of arrival too: the article after its teaser
		LineageLink reversed = link(teaser, article("article", "The Science Desk", ARTICLE)).orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.REPUBLICATION, reversed.type(), reversed.toString());
	}

	@Test
	void twoExcerptsOfOneArticleEndingAtDifferentPlacesAreARepublication() {
		// one with a byline, a caption and a credit of its own, stopping after three paragraphs; the other going on
		Article withCredit = article("reader", "A news reader", "By Mira Santos, University of Porto\n\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "A tall clay jar by a kitchen door in the shade of a vine, photographed for the study; the jar holds "
				+ "twenty litres. Photo: the author\n\nWhy clay pots keep water cool\n\n" + LEAD + "\n\n" + MIDDLE
				+ "\n\nThis article is republished from The Science Desk under a Creative Commons licence. Read the "
				+ "original article on its site, where readers' letters on the subject are collected every week."); //$NON-NLS-1$
		int paragraphs = ARTICLE.split("\n\n").length; //$NON-NLS-1$
		String longer = String.join("\n\n", List.of(ARTICLE.split("\n\n")).subList(0, paragraphs - 1)); //$NON-NLS-1$ //$NON-NLS-2$
		LineageLink link = link(withCredit, article("blog", "A blog", longer)).orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.REPUBLICATION, link.type(), link.toString());
	}

	@Test
	void aPostQuotingALongPassageAmongMoreOfItsOwnIsNoRepublication() {
		Article post = article("essay", "Another blog", "What my grandmother knew\n\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "My grandmother kept our drinking water in a tall clay jar by the kitchen door, and I never thought to "
				+ "ask why it tasted so cold in the middle of the summer. She would have laughed at the idea that anyone "
				+ "needed to measure it. A science desk measured it anyway, and this is what it found:\n\n" + LEAD
				+ "\n\n" + MIDDLE + "\n\nI tried it with two jars from the market, one glazed and one plain, and a "
				+ "thermometer borrowed from a neighbour. After a week of readings the plain jar won every afternoon, by "
				+ "three or four degrees, and the glazed one was no better than a bottle left on the table. The narrow "
				+ "neck mattered less than I expected; the shade mattered more.\n\nReaders have written in with their "
				+ "own tricks: a bed of wet sand under the jar, a place in the shade of a north wall, a lid of woven grass, "
				+ "a cloth kept damp with the water of the morning wash. My neighbour swears by a coat of lime, my aunt by "
				+ "burying the jar to its shoulders in the courtyard. Send yours, and I will test the best of them in "
				+ "August, with the same two jars and the same borrowed thermometer, and report back in September."); //$NON-NLS-1$
		Optional<LineageLink> link = link(article("article", "The Science Desk", ARTICLE), post); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(link.isEmpty() || link.get().type() != LinkType.REPUBLICATION, link.toString());
	}

	@Test
	void aPostQuotingOneParagraphAmongItsOwnIsNoRepublication() {
		Article post = article("post", "Another blog", "Cool water without a fridge\n\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "My grandmother kept our drinking water in a tall clay jar by the kitchen door, and I never thought to "
				+ "ask why it tasted so cold in the middle of the summer. A science desk explained it this week:\n\n" + LEAD
				+ "\n\nI tried it with two jars from the market, one glazed and one plain, and a thermometer borrowed from "
				+ "a neighbour. After a week of readings the plain jar won every afternoon, by three or four degrees, and "
				+ "the glazed one was no better than a bottle left on the table. Next summer I will try a damp cloth.\n\n"
				+ "Readers have written in with their own tricks: a bed of wet sand under the jar, a place in the shade of "
				+ "a north wall, a lid of woven grass. Send yours, and I will test the best of them in August."); //$NON-NLS-1$
		Optional<LineageLink> link = link(article("article", "The Science Desk", ARTICLE), post); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(link.isEmpty() || link.get().type() != LinkType.REPUBLICATION, link.toString());
	}
}
