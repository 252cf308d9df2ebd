// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;

/**
 * Two excerpts of one article cut at different places (docs/lineage.md, {@code PairJudge.EDGE_RUN}, the edge keys of
 * {@code LineageIndex}): a site carries an article's first paragraphs and stops, a copy site carries it from its fourth
 * paragraph on under a headline of its own. They share one paragraph, where the first ends and the second begins: a
 * quarter of either text, too little for the shingle bands, the anchors or the containment rules, and each has figures
 * of its own, so that no rule on the figures holds them together either. They are a republication, whichever arrives
 * first. Two posts that begin alike (one template's opening) and a report that ends on a sentence the other opens with
 * are not. Constructed for these tests; the real case is c76 of the lineage set (a Conversation article as a blog
 * carries its first paragraphs and a copy site carries it from its fifth).
 */
class OverlappingExcerptsTest {

	private static final String P1 = "The swing bridge that has carried traffic over the River Calder at Ellisford "
			+ "since 1911 will close for eleven months from next spring, the county council said on Tuesday. Engineers "
			+ "found corrosion in the turning mechanism during an inspection last winter, and the council has set aside "
			+ "4,300,000 pounds for the work."; //$NON-NLS-1$

	private static final String P2 = "About 9,600 vehicles cross the bridge on an average weekday, most of them on "
			+ "their way to the industrial estate on the northern bank. A temporary bridge for pedestrians and cyclists "
			+ "will be built beside it, but drivers will have to use the bypass, a detour of about six miles."; //$NON-NLS-1$

	private static final String P3 = "Local businesses have asked the council to keep the closure as short as "
			+ "possible. The chamber of commerce says that shops on the waterfront lost a fifth of their trade the last "
			+ "time the bridge was shut, for three months, and that some of them never recovered."; //$NON-NLS-1$

	/** The paragraph both excerpts keep: the last of the first, the first of the second. */
	private static final String P4 = "The bridge is one of the last of its kind still in daily use. Its central span, "
			+ "forty metres long and weighing some six hundred tonnes, turns on a ring of iron rollers to let tall ships "
			+ "pass, although it has opened only a handful of times a year since the docks upstream closed."; //$NON-NLS-1$

	private static final String P5 = "Restoring the rollers will mean lifting the span off its pier with hydraulic "
			+ "jacks, a job the contractor expects to take 240 days on its own. The machinery will be taken apart in a "
			+ "workshop on the southern bank, where the public will be able to watch through a viewing window on "
			+ "weekends."; //$NON-NLS-1$

	private static final String P6 = "Historians welcomed the decision to repair rather than replace the bridge. The "
			+ "Calder Valley Heritage Trust had campaigned for years against plans to put a fixed concrete span in its "
			+ "place, and collected 12,500 signatures for a petition handed to the council in March."; //$NON-NLS-1$

	private static final String P7 = "The council's transport chief, Miriam Okafor, said the bridge would reopen in "
			+ "time for the summer festival. She promised that buses would run every ten minutes on the approach roads, "
			+ "and that residents of the northern bank would get free parking permits while the works last."; //$NON-NLS-1$

	/** The article's first four paragraphs, as a news site carries them before its page is cut. */
	private static final String FIRST_PART = "Old swing bridge over the Calder to close for repairs\n\n" + P1 + "\n\n" + P2 //$NON-NLS-1$ //$NON-NLS-2$
			+ "\n\n" + P3 + "\n\n" + P4; //$NON-NLS-1$ //$NON-NLS-2$

	/** The same article from its fourth paragraph on, under a headline of its own, as a copy site carries it. */
	private static final String LATER_PART = "A rare survivor on the river gets a new lease of life\n\n" + P4 + "\n\n" //$NON-NLS-1$ //$NON-NLS-2$
			+ P5 + "\n\n" + P6 + "\n\n" + P7; //$NON-NLS-1$ //$NON-NLS-2$

	/** One newsletter's opening, used every month: two issues begin alike and go on apart. */
	private static final String OPENING = "Welcome to the monthly letter of the Calder Valley Heritage Trust. Every month "
			+ "we bring members and friends the news of the buildings, bridges and mills we care for along the river, the "
			+ "walks and open days of the coming weeks, and a word from the volunteers who keep the archive, the museum "
			+ "shop and the reading room open on weekends."; //$NON-NLS-1$

	private static final String ISSUE_MAY = "Heritage letter, May\n\n" + OPENING + "\n\nThis month the mill at Portmere " //$NON-NLS-1$ //$NON-NLS-2$
			+ "reopens after its roof was mended, and the spring walk follows the old towpath to the lock keeper's cottage."; //$NON-NLS-1$

	private static final String ISSUE_JUNE = "Heritage letter, June\n\n" + OPENING + "\n\nIn June the trust hosts a " //$NON-NLS-1$ //$NON-NLS-2$
			+ "talk on the valley's lost railway, and volunteers are wanted to catalogue a gift of old postcards."; //$NON-NLS-1$

	/** A council notice whose first sentence a news report quotes at its end. */
	private static final String NOTICE = "Ellisford swing bridge: closure notice\n\nRoad users are advised that the "
			+ "swing bridge will be closed to all motor traffic from 3 March until further notice. Diversions will be "
			+ "signed along the bypass and the ring road, and the pedestrian crossing on the southern approach will be "
			+ "moved a short way downstream while the site compound is set up. Enquiries about access to properties on "
			+ "the northern bank should be made to the highways office, which will also issue the temporary permits."; //$NON-NLS-1$

	private static final String REPORT = "Bridge closure date set\n\nThe date has now been fixed for the start of the "
			+ "long-awaited repairs to the Ellisford swing bridge, and traders on the waterfront say they are bracing "
			+ "themselves for a difficult year. The council's notice, posted on lamp posts along the quay this week, "
			+ "begins: road users are advised that the swing bridge will be closed to all motor traffic from 3 March."; //$NON-NLS-1$

	private static Article article(String id, String publisher, String text) {
		return Fixtures.english(id, publisher, text);
	}

	private static Optional<LineageLink> link(Article first, Article second) {
		return Fixtures.linkOf(first, second);
	}

	@Test
	void anExcerptThatBeginsWhereAnotherEndsIsARepublicationWhicheverArrivesFirst() {
		Article first = article("first", "Calder News", FIRST_PART); //$NON-NLS-1$ //$NON-NLS-2$
		Article later = article("later", "Bridges Daily", LATER_PART); //$NON-NLS-1$ //$NON-NLS-2$
		for (LineageLink link : new LineageLink[] { link(first, later).orElseThrow(), link(later, first).orElseThrow() }) {
			assertEquals(LinkType.REPUBLICATION, link.type(), link.toString());
			assertTrue(link.evidence().stream()
					.anyMatch(e -> e.detail().contains("where one text ends and the other begins")), link.toString()); //$NON-NLS-1$
		}
	}

	@Test
	void twoIssuesThatBeginAlikeAreNoRepublication() {
		// the end of the shorter issue is its opening, which the other issue begins with too: a template, not an excerpt
		Optional<LineageLink> link = link(article("may", "Heritage Trust", ISSUE_MAY), //$NON-NLS-1$ //$NON-NLS-2$
				article("june", "Heritage Trust mirror", ISSUE_JUNE)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(link.isEmpty() || link.get().type() != LinkType.REPUBLICATION, link.toString());
	}

	@Test
	void aReportEndingOnTheSentenceANoticeOpensWithIsNoRepublication() {
		Optional<LineageLink> link = link(article("notice", "Ellisford Council", NOTICE), //$NON-NLS-1$ //$NON-NLS-2$
				article("report", "Calder News", REPORT)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(link.isEmpty() || link.get().type() != LinkType.REPUBLICATION, link.toString());
	}
}
