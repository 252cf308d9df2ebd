// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.explorer.ui.ExplorerFilters;
import dossier.insight.Bucket;
import dossier.insight.Dimension;
import dossier.insight.Granularity;
import dossier.insight.Timeline;
import dossier.insight.ui.InsightUi;
import dossier.tests.common.Workbench;

class TimelineViewTest {

	private IProject project;
	private TimelineView view;

	@BeforeEach
	void open() throws Exception {
		project = InsightFixture.knownCorpus("InsightTimeline");
		view = (TimelineView) Workbench.page().showView(InsightUi.VIEW_TIMELINE);
		view.corpora().choose(project);
		view.choose(Granularity.MONTH, Dimension.LANGUAGE, false);
		waitForTimeline(Granularity.MONTH, Dimension.LANGUAGE);
		Workbench.waitUntil("the timeline has room", () -> view.chart().control().getClientArea().height > 50);
	}

	@AfterEach
	void close() throws Exception {
		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.PERIOD, null);
		Workbench.page().hideView(view);
	}

	private void waitForTimeline(Granularity granularity, Dimension dimension) {
		InsightFixture.settle("the timeline by " + dimension + " per " + granularity, () -> {
			Timeline shown = view.chart().timeline();
			return shown != null && shown.granularity() == granularity && shown.dimension() == dimension
					&& shown.dated() + shown.undated() == 5;
		});
	}

	@Test
	void monthsStackedByLanguage() {
		Timeline timeline = view.chart().timeline();
		assertEquals(List.of("en", "ar", "it"), timeline.keys());
		assertEquals(List.of(List.of(1, 1, 0), List.of(1, 0, 1)), timeline.buckets().stream().map(Bucket::counts).toList());
		assertEquals(1, timeline.undated());
		assertTrue(view.statusText().startsWith("4 articles in 2 bars; 1 without a full date"), view.statusText());
		// Two bars of the same height (2 articles each), each of two parts.
		TimelineLayout layout = view.chart().layout();
		assertEquals(layout.plot().height, layout.bar(0).height);
		assertEquals(layout.bar(0).height, layout.bar(1).height);
		assertEquals(2, layout.segments(0).size());
		assertEquals(2, layout.segments(1).size());
	}

	@Test
	void hoverShowsTheCountsOfABarWithArabicNamesWhole() {
		view.choose(Granularity.MONTH, Dimension.PUBLISHER, false);
		waitForTimeline(Granularity.MONTH, Dimension.PUBLISHER);
		Rectangle bar = view.chart().layout().bar(0);
		InsightFixture.mouse(view.chart().control(), SWT.MouseMove, bar.x + bar.width / 2, bar.y + bar.height / 2);
		String tooltip = view.chart().control().getToolTipText();
		assertEquals(0, view.chart().hovered());
		assertTrue(tooltip.startsWith("2024-06-01 – 2024-06-30: 2 articles"), tooltip);
		assertTrue(tooltip.contains("\u2068الجزيرة\u2069: 1"), tooltip);
		assertTrue(tooltip.contains("\u2068Reuters\u2069: 1"), tooltip);
	}

	@Test
	void brushingAMonthFiltersTheExplorer() {
		Rectangle july = view.chart().layout().bar(1);
		InsightFixture.click(view.chart().control(), july.x + 1, july.y + 1);
		assertEquals("2024-07-01..2024-07-31", ExplorerFilters.current(Workbench.page()).get(ExplorerFilters.PERIOD));
		InsightFixture.settle("the Explorer lists July's two articles", () -> InsightFixture.explorerTable().getItemCount() == 2);
	}

	@Test
	void brushingAcrossBarsFiltersTheirWholePeriod() {
		view.choose(Granularity.WEEK, Dimension.LICENCE_CHECK, false);
		waitForTimeline(Granularity.WEEK, Dimension.LICENCE_CHECK);
		TimelineLayout layout = view.chart().layout();
		assertEquals(6, layout.shown(), "weeks of June 3 to July 8, empty ones kept");
		InsightFixture.mouse(view.chart().control(), SWT.MouseDown, layout.bar(0).x + 1, layout.plot().y + 5);
		InsightFixture.mouse(view.chart().control(), SWT.MouseMove, layout.bar(3).x + 1, layout.plot().y + 5);
		InsightFixture.mouse(view.chart().control(), SWT.MouseUp, layout.bar(3).x + 1, layout.plot().y + 5);
		Map<String, String> filters = ExplorerFilters.current(Workbench.page());
		assertEquals("2024-06-03..2024-06-30", filters.get(ExplorerFilters.PERIOD));
		InsightFixture.settle("the Explorer lists June's two articles", () -> InsightFixture.explorerTable().getItemCount() == 2);
	}

	@Test
	void exportsPngSvgAndCsv() throws Exception {
		List<String> csv = new String(view.export("csv"), StandardCharsets.UTF_8).lines().toList();
		assertEquals(3, csv.size());
		assertEquals("start,end,en,ar,it,total,events", csv.get(0));
		assertTrue(csv.get(1).startsWith("2024-06-01,2024-06-30,1,1,0,2,"), csv.get(1));
		assertTrue(csv.get(2).startsWith("2024-07-01,2024-07-31,1,0,1,2,"), csv.get(2));
		ImageData png = new ImageLoader().load(new ByteArrayInputStream(view.export("png")))[0];
		Rectangle area = view.chart().control().getClientArea();
		assertEquals(area.width, png.width);
		assertEquals(area.height, png.height);
		String svg = new String(view.export("svg"), StandardCharsets.UTF_8);
		assertTrue(svg.startsWith("<?xml"), svg);
		assertTrue(svg.contains("<title>2024-06, ar: 1</title>"), svg);
		assertTrue(svg.contains("<title>2024-07, it: 1</title>"), svg);
		assertTrue(svg.trim().endsWith("</svg>"), svg);
	}
}
