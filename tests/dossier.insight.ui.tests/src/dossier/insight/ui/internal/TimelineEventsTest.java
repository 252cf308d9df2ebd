// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.explorer.ui.ExplorerFilters;
import dossier.insight.Dimension;
import dossier.insight.Granularity;
import dossier.insight.Timeline;
import dossier.insight.ui.InsightUi;
import dossier.tests.common.Workbench;

/**
 * The Timeline's events band: two articles published in July name days of March, one published in March names
 * none. A brush over March's events shows the two July articles; a brush over March's bar, the March one.
 */
class TimelineEventsTest {

	private static final String[] IDS = new String[3];

	private IProject project;
	private TimelineView view;

	@BeforeEach
	void open() throws Exception {
		project = InsightFixture.corpus("InsightEvents", List.of(
				InsightFixture.article("Treaty signed", "Reuters", "en", "2024-07-01",
						"The treaty was signed in Geneva on 12 March 2024, officials said."),
				InsightFixture.article("Talks resumed", "Reuters", "en", "2024-07-02",
						"The talks first broke down on 14 March 2024 and resumed this week."),
				InsightFixture.article("Markets steady", "Reuters", "en", "2024-03-13",
						"Markets were steady as traders waited for the figures.")),
				IDS);
		view = (TimelineView) Workbench.page().showView(InsightUi.VIEW_TIMELINE);
		view.corpora().choose(project);
		view.choose(Granularity.MONTH, Dimension.LANGUAGE, false);
		InsightFixture.awaitComplete(view, project, IDS, "the timeline with March's two dated events", () -> {
			Timeline shown = view.chart().timeline();
			return shown != null && shown.granularity() == Granularity.MONTH && shown.dated() == 3
					&& shown.buckets().get(0).events() == 2;
		});
		Workbench.waitUntil("the timeline has room", () -> view.chart().control().getClientArea().height > 50);
		InsightFixture.settle("the Explorer", () -> true);
	}

	@AfterEach
	void close() throws Exception {
		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.PERIOD, null);
		ExplorerFilters.search(Workbench.page(), project, "");
		Workbench.page().hideView(view);
		Workbench.joinJobs(InsightUi.JOB_FAMILY);
	}

	@Test
	void brushingTheEventsBandShowsTheArticlesThatMentionItsDays() {
		TimelineLayout layout = view.chart().layout();
		Rectangle march = layout.bar(0);
		Rectangle band = layout.eventsBand();
		InsightFixture.click(view.chart().control(), march.x + 1, band.y + band.height - 2);
		String twoJulyArticles = Stream.of(IDS[0], IDS[1]).sorted().collect(Collectors.joining(" OR ", "id:(", ")"));
		InsightFixture.settle("the Explorer searched for the articles that mention March",
				() -> twoJulyArticles.equals(ExplorerFilters.searchText(Workbench.page())));
		assertNull(ExplorerFilters.current(Workbench.page()).get(ExplorerFilters.PERIOD));
		InsightFixture.waitForExplorerRows("the Explorer lists the two July articles that mention March", 2);
		assertTrue(view.statusText().contains("2 articles mention a day from 2024-03-01 to 2024-03-31"), view.statusText());

		// A brush over March's bar: the article published in March, the search of the events brush lifted.
		InsightFixture.click(view.chart().control(), march.x + 1, layout.plot().y + 5);
		assertEquals("2024-03-01..2024-03-31", ExplorerFilters.current(Workbench.page()).get(ExplorerFilters.PERIOD));
		assertEquals("", ExplorerFilters.searchText(Workbench.page()));
		InsightFixture.waitForExplorerRows("the Explorer lists the article published in March", 1);

		// Then the events again: the publication period is lifted.
		InsightFixture.click(view.chart().control(), march.x + 1, band.y + band.height - 2);
		InsightFixture.settle("the Explorer searched for the articles that mention March again",
				() -> twoJulyArticles.equals(ExplorerFilters.searchText(Workbench.page())));
		assertNull(ExplorerFilters.current(Workbench.page()).get(ExplorerFilters.PERIOD));
		InsightFixture.waitForExplorerRows("the Explorer lists the two July articles again", 2);
	}
}
