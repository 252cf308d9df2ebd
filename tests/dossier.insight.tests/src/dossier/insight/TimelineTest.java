// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import static dossier.insight.KnownCorpus.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

class TimelineTest {

	private final Insight insight = KnownCorpus.insight();

	@Test
	void monthsStackedByLanguage() {
		Timeline timeline = insight.timeline(Granularity.MONTH, Dimension.LANGUAGE, false);
		assertEquals(List.of("ar", "en", "fr", "it"), timeline.keys());
		assertEquals(2, timeline.buckets().size());
		Bucket june = timeline.buckets().get(0);
		assertEquals(day("2024-06-01"), june.start());
		assertEquals(day("2024-06-30"), june.last());
		assertEquals(List.of(2, 2, 1, 0), june.counts());
		assertEquals(List.of(0, 0, 0, 1), timeline.buckets().get(1).counts());
		assertEquals(1, timeline.undated());
		assertEquals(6, timeline.dated());
		// June 1 and June 30 fall in June; 1948 is outside the corpus's months.
		assertEquals(2, june.events());
		assertEquals(1, timeline.eventsOutside());
	}

	@Test
	void weeksStartOnMondayAndKeepEmptyWeeks() {
		Timeline timeline = insight.timeline(Granularity.WEEK, Dimension.PUBLISHER, false);
		assertEquals(day("2024-06-03"), timeline.buckets().get(0).start());
		assertEquals(List.of(4, 1, 0, 0, 1), timeline.buckets().stream().map(Bucket::total).toList());
		assertEquals(List.of(0, 0, 0, 1, 0), timeline.buckets().stream().map(Bucket::events).toList());
		assertEquals(2, timeline.eventsOutside());
		assertEquals(List.of("Reuters", "الجزيرة", "ANSA", "Le Monde"), timeline.keys());
		assertEquals(3, timeline.indexOf(day("2024-06-30")));
		assertEquals(-1, timeline.indexOf(day("2024-06-02")));
	}

	@Test
	void daysCoverEveryDayFromFirstToLast() {
		Timeline timeline = insight.timeline(Granularity.DAY, Dimension.LICENCE_CHECK, false);
		assertEquals(29, timeline.buckets().size());
		assertEquals(1, timeline.maxTotal());
		assertEquals(List.of("CLEAN", "ERRORS", "WARNINGS"), timeline.keys());
	}

	@Test
	void aStoryOfCopiesCountsOnceUnderItsOriginal() {
		Timeline timeline = insight.timeline(Granularity.MONTH, Dimension.LANGUAGE, true);
		assertEquals(List.of("en", "ar", "it"), timeline.keys());
		assertEquals(List.of(2, 1, 0), timeline.buckets().get(0).counts());
		assertEquals(List.of(0, 0, 1), timeline.buckets().get(1).counts());
		assertTrue(timeline.countedOnce());
		assertEquals(5, insight.storyCount());
	}

	@Test
	void anEmptyCorpusHasNoBars() {
		Timeline timeline = Insight.of(List.of(), List.of()).timeline(Granularity.DAY, Dimension.LANGUAGE, true);
		assertEquals(0, timeline.buckets().size());
		assertEquals(0, timeline.maxTotal());
	}

	@Test
	void cancellationStopsTheComputation() {
		assertThrows(CancellationException.class,
				() -> insight.timeline(Granularity.DAY, Dimension.LANGUAGE, false, () -> true));
	}

	@Test
	void onlyFullDatesArePlacedOnTheTimeline() {
		assertEquals(day("2024-06-05"), ArticleFacts.day("2024-06-05T09:30:00+02:00"));
		assertNull(ArticleFacts.day("2024-06"));
		assertNull(ArticleFacts.day("2024-13-01"));
		assertNull(ArticleFacts.day(null));
	}

	@Test
	void theArticlesMentioningADayOfAPeriod() {
		// What a brush over the events band shows in the Explorer: a1 names June 1, a4 June 30 and May 14, 1948.
		Insight insight = KnownCorpus.insight();
		assertEquals(List.of("a1", "a4"), insight.mentioning(day("2024-06-01"), day("2024-06-30")));
		assertEquals(List.of("a4"), insight.mentioning(day("1948-12-31"), day("1948-01-01")), "either order");
		assertEquals(List.of(), insight.mentioning(day("2024-07-01"), day("2024-07-31")),
				"a4 published in July mentions no July day");
	}
}
