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
 * A copy whose every sentence was reworded a little (docs/lineage.md, {@code PairJudge.REWORDED}): a news site that
 * carries an agency's report with "can check" for "can look up" and a clause moved shares a third of its 4-word
 * shingles, under every text rule, but keeps the report's names, figures and dates in their order; it is a
 * republication. The same publisher's other report of the announcement, written anew around the same figures in
 * another order, and a short post written from the report, holding few of its things, are same stories. Constructed for these
 * tests; the real case is c62 of the lineage set (an Agência Brasil report and a site's edited copy; the agency's own
 * earlier report of the same places, c63, stays a same story).
 */
class RewordedCopiesTest {

	private static final String REPORT = "Winter ferry timetables published on Monday\n\n"
			+ "Passengers of the Northern Harbour Authority (NHA) will be able to look up the winter timetables of its 14 "
			+ "routes between Portmere, Ellisford and the Calder Islands from 4 p.m. this Monday, the authority said.\n\n"
			+ "The new timetables take effect on 2 November and list 1,250 sailings a week, 180 fewer than in the summer "
			+ "season, as happened last year, when the winter service began on 3 November.\n\n"
			+ "Timetables and bookings\n\n"
			+ "Each of the 38,412 holders of a HarbourPass season ticket will find the sailings of their routes on the "
			+ "authority's website, nha.example.org, by entering their booking number and the password of their "
			+ "HarbourPass account.\n\n"
			+ "The list of cancelled sailings was published by the Ministry of Transport (MoT) on 21 October and can be "
			+ "read on the same website.\n\n"
			+ "The night service between Portmere and Ellisford will stop on 15 December, and the Calder Islands route "
			+ "will run three times a day. Tickets bought before 30 September remain valid, said the director, Ana "
			+ "Ribeiro.\n\n"
			+ "Freight\n\n"
			+ "Freight operators were told on 12 October that the 640 lorry slots of the Ellisford crossing will be "
			+ "allotted by lottery, as in the summer season, and that the results will be sent to them by 26 October."; //$NON-NLS-1$

	/** The report with every sentence reworded a little, its names, figures and dates kept in their order. */
	private static final String REWORDED = "Winter timetables of the ferries are out\n"
			+ "Passengers of the Northern Harbour Authority (NHA) can check the winter timetables of the 14 routes "
			+ "linking Portmere, Ellisford and the Calder Islands from 4 p.m. on Monday, according to the authority.\n"
			+ "The timetables apply from 2 November with 1,250 weekly sailings, that is 180 fewer than during the summer, "
			+ "just as last year, when the winter service started on 3 November.\n"
			+ "Timetables and bookings\n"
			+ "The sailings of each route are shown to each of the 38,412 HarbourPass season ticket holders on the "
			+ "website of the authority, nha.example.org, after they type in their booking number and their "
			+ "HarbourPass password.\n"
			+ "The Ministry of Transport (MoT) published the list of cancelled sailings on 21 October; it is on the same "
			+ "website.\n"
			+ "On 15 December the night service from Portmere to Ellisford stops, while the Calder Islands route keeps "
			+ "three sailings a day. Director Ana Ribeiro said tickets bought before 30 September stay valid.\n"
			+ "Freight\n"
			+ "On 12 October freight operators learned that the Ellisford crossing's 640 lorry slots are to be allotted "
			+ "by lottery, like in the summer, with results reaching them by 26 October."; //$NON-NLS-1$

	/**
	 * The same publisher's earlier report of the announcement, carried by another site: written anew around the same
	 * figures and names (the freight lottery first, then the timetables), reusing two of its sentences.
	 */
	private static final String EARLIER_REPORT = "Ferry freight slots to be drawn by lot again\n\n"
			+ "The 640 lorry slots of the Ellisford crossing will again be allotted by lottery this winter, the Northern "
			+ "Harbour Authority (NHA) told freight operators on 12 October. The results will be sent by 26 October.\n\n"
			+ "The Ministry of Transport (MoT) published the list of cancelled sailings on 21 October; the night service "
			+ "between Portmere and Ellisford stops on 15 December.\n\n"
			+ "Winter timetables\n\n"
			+ "The authority will publish the winter timetables of its 14 routes between Portmere, Ellisford and the "
			+ "Calder Islands on Monday. From 2 November there will be 1,250 sailings a week, 180 fewer than in the "
			+ "summer season.\n\n"
			+ "Tickets bought before 30 September remain valid, said the director, Ana Ribeiro. The 38,412 holders of a "
			+ "HarbourPass season ticket will find their sailings on nha.example.org with their HarbourPass password."; //$NON-NLS-1$

	/** A short post written from the report: its main figures and names in their order, in a few sentences of its own. */
	private static final String SUMMARY = "Ferries: winter cuts from November\n\n"
			+ "Northern Harbour Authority (NHA) winter timetables for its 14 routes are out on Monday: from 2 November "
			+ "there will be 1,250 sailings a week, 180 fewer than in the summer season. The night service between "
			+ "Portmere and Ellisford ends on 15 December. HarbourPass holders can look up their sailings on "
			+ "nha.example.org."; //$NON-NLS-1$

	private static Article article(String id, String publisher, String text) {
		return Fixtures.english(id, publisher, text);
	}

	private static Optional<LineageLink> link(Article first, Article second) {
		return Fixtures.linkOf(first, second);
	}

	@Test
	void aCopyWithEverySentenceRewordedOnAnotherSiteIsARepublication() {
		Article report = article("report", "Harbour News Agency", REPORT); //$NON-NLS-1$ //$NON-NLS-2$
		Article copy = article("copy", "Ellisford Courier", REWORDED); //$NON-NLS-1$ //$NON-NLS-2$
		LineageLink link = link(report, copy).orElseThrow();
		assertEquals(LinkType.REPUBLICATION, link.type(), link.toString());
		assertTrue(link.evidence().stream().anyMatch(e -> e.detail().contains("the same text reworded")), //$NON-NLS-1$
				link.toString());
		LineageLink reversed = link(copy, report).orElseThrow();
		assertEquals(LinkType.REPUBLICATION, reversed.type(), reversed.toString());
	}

	@Test
	void thePublishersEarlierReportOfTheAnnouncementIsNoRepublication() {
		// many of the same things, but in another order: the fingerprint score stays under the rule's
		Optional<LineageLink> link = link(article("report", "Harbour News Agency", REPORT), //$NON-NLS-1$ //$NON-NLS-2$
				article("earlier", "Portmere Online", EARLIER_REPORT)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(link.isPresent() && link.get().type() == LinkType.SAME_STORY, link.toString());
	}

	@Test
	void aShortPostWrittenFromTheReportIsNoRepublication() {
		// the report's things in their order, but few of them
		Optional<LineageLink> link = link(article("report", "Harbour News Agency", REPORT), //$NON-NLS-1$ //$NON-NLS-2$
				article("summary", "Ferry Watch", SUMMARY)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(link.isPresent() && link.get().type() == LinkType.SAME_STORY, link.toString());
	}
}
