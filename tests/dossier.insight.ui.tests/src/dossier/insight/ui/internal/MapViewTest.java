// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.explorer.ui.ExplorerFilters;
import dossier.insight.PlaceMap;
import dossier.insight.PlacePoint;
import dossier.insight.ui.InsightUi;
import dossier.insight.ui.internal.MapLayout.CountryShape;
import dossier.insight.ui.internal.MapLayout.Dot;
import dossier.tests.common.Workbench;

/**
 * The Map view on four real-looking articles whose places the recognisers find: Moscow and Paris (English), Milano
 * and Roma (Italian, with Milano twice), حلب and دمشق (Arabic), and one article with no place at all.
 */
class MapViewTest {

	private static final String[] IDS = new String[4];

	private IProject project;
	private MapView view;

	@BeforeEach
	void open() throws Exception {
		project = InsightFixture.corpus("InsightMap", List.of(
				InsightFixture.article("Talks in Moscow", "Reuters", "en", "2024-06-03",
						"Officials met in Moscow on Monday. Later they flew to Paris for more talks."),
				InsightFixture.article("Voto a Milano", "ANSA", "it", "2024-06-04",
						"A Milano si vota domenica. Anche Roma vota, e il sindaco di Milano attende."),
				InsightFixture.article("قتال في حلب", "الجزيرة", "ar", "2024-06-05",
						"استمر القتال في حلب يوم الاثنين، وقال سكان في دمشق إن الوضع هادئ."),
				InsightFixture.article("Markets steady", "Reuters", "en", "2024-06-06",
						"Markets were steady as traders waited for the figures.")),
				IDS);
		view = (MapView) Workbench.page().showView(InsightUi.VIEW_MAP);
		// The whole window, so that towns a few degrees apart (Milano and Roma) are dots apart.
		Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		view.corpora().choose(project);
		view.recompute();
		InsightFixture.awaitComplete(view, project, IDS, "the map of four articles, their six towns recognised", () -> {
			PlaceMap shown = view.shown();
			return shown != null && shown.stories() == 4 && shown.places().size() == 6;
		});
		InsightFixture.settle("the Explorer", () -> true);
		Workbench.processEvents();
	}

	@AfterEach
	void close() throws Exception {
		Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
		ExplorerFilters.search(Workbench.page(), project, "");
		Workbench.page().hideView(view);
		Workbench.joinJobs(InsightUi.JOB_FAMILY);
	}

	@Test
	void townsAreDotsAndCountriesAreShadedByTheirArticles() {
		PlaceMap map = view.shown();
		Map<String, Integer> towns = new TreeMap<>();
		for (PlacePoint point : map.places()) {
			towns.put(point.country() + ' ' + point.articles(), towns.getOrDefault(point.country() + ' ' + point.articles(), 0) + 1);
		}
		assertEquals(Map.of("FR 1", 1, "IT 1", 2, "RU 1", 1, "SY 1", 2), towns, "six towns, each in one article: " + map.places());
		assertEquals(Map.of("RU", List.of(IDS[0]), "FR", List.of(IDS[0]), "IT", List.of(IDS[1]), "SY", List.of(IDS[2])),
				map.countries());
		assertTrue(view.summaryText().startsWith("4 articles: 6 towns and cities on the map, 4 countries shaded"),
				view.summaryText());
		MapLayout layout = view.canvas().layout();
		assertNotNull(layout);
		assertEquals(6, layout.dots().size());
		CountryShape italy = layout.countries().stream().filter(shape -> shape.country().code().equals("IT")).findFirst()
				.orElseThrow();
		CountryShape spain = layout.countries().stream().filter(shape -> shape.country().code().equals("ES")).findFirst()
				.orElseThrow();
		assertEquals(1, italy.articles());
		assertEquals(0, spain.articles());
		assertTrue(layout.shade(italy.articles()) > 0.9, "the most covered countries are the darkest");
		assertEquals(Ink.PAPER.land(), Ink.PAPER.fill(layout.shade(spain.articles())), "a country without articles is grey");
	}

	@Test
	void noOutlineCrossesTheWholeMap() {
		// Russia and Fiji cross the antimeridian: drawn as two pieces clipped to the map, not a band across it.
		MapLayout layout = view.canvas().layout();
		int half = (layout.x(180) - layout.x(-180)) / 2;
		for (CountryShape shape : layout.countries()) {
			for (int[] polygon : shape.polygons()) {
				for (int i = 2; i < polygon.length; i += 2) {
					assertTrue(Math.abs(polygon[i] - polygon[i - 2]) < half, shape.country().name() + " jumps across the map");
				}
			}
		}
		CountryShape russia = layout.countries().stream().filter(shape -> shape.country().code().equals("RU")).findFirst()
				.orElseThrow();
		assertTrue(russia.polygons().size() > russia.country().rings().size(), "Russia's far east drawn on both edges");
	}

	@Test
	void theCanvasFindsWhatThePointerIsOverAndTellsItsArticles() {
		MapLayout layout = view.canvas().layout();
		Dot aleppo = layout.dots().stream().filter(dot -> dot.point().country().equals("SY")
				&& dot.point().latitude() > 36).findFirst().orElseThrow();
		assertEquals(aleppo, view.canvas().at(aleppo.x(), aleppo.y()));
		assertEquals("حلب: 1 article", MapCanvas.tooltip(aleppo));
		assertTrue(aleppo.radius() < MapLayout.MAX_RADIUS, "one article each: small dots, " + aleppo.radius());
		Dot moscow = layout.dots().stream().filter(dot -> dot.point().country().equals("RU")).findFirst().orElseThrow();
		assertEquals(moscow, view.canvas().at(moscow.x() + 1, moscow.y() - 1));
		Object atSea = view.canvas().at(layout.x(-30), layout.y(30)); // the middle of the Atlantic
		assertNull(atSea);
		Object spain = view.canvas().at(layout.x(-3.7), layout.y(40.4)); // Madrid
		assertTrue(spain instanceof CountryShape shape && shape.country().code().equals("ES"), String.valueOf(spain));
	}

	@Test
	void clickingATownOrACountryShowsItsArticlesInTheExplorer() {
		MapLayout layout = view.canvas().layout();
		Dot milano = layout.dots().stream().filter(dot -> dot.point().country().equals("IT")
				&& dot.point().latitude() > 44).findFirst().orElseThrow();
		InsightFixture.click(view.canvas().control(), milano.x(), milano.y());
		assertEquals("id:(" + IDS[1] + ")", ExplorerFilters.searchText(Workbench.page()));
		InsightFixture.waitForExplorerRows("the Explorer lists the Italian article", 1);

		// Russia: the article that mentions Moscow.
		InsightFixture.mouse(view.canvas().control(), SWT.MouseUp, layout.x(90), layout.y(62));
		assertEquals("id:(" + IDS[0] + ")", ExplorerFilters.searchText(Workbench.page()));
		InsightFixture.waitForExplorerRows("the Explorer lists the English article about Moscow", 1);
	}

	@Test
	void theMapExportsAsPngSvgAndCsv() {
		byte[] png = view.export("png");
		assertNotNull(png);
		assertEquals((byte) 0x89, png[0]);
		String svg = new String(view.export("svg"), StandardCharsets.UTF_8);
		assertTrue(svg.contains("<title>Italy: 1 article</title>"), svg.substring(0, 300));
		assertEquals(6, svg.split("<circle ", -1).length - 1, "a circle per town");
		String csv = new String(view.export("csv"), StandardCharsets.UTF_8);
		assertEquals(1 + 6 + 4, csv.lines().count(), csv);
		assertTrue(csv.contains(",حلب,SY,") || csv.contains(",Aleppo,SY,"), csv);
	}

	@Test
	void selectedArticlesShowOnlyTheirPlaces() throws Exception {
		ExplorerFilters.search(Workbench.page(), project, "");
		InsightFixture.waitForExplorerRows("the Explorer lists the four articles", 4);
		InsightFixture.selectInExplorer(IDS[0], IDS[2]);
		Button selected = view.selectedButton();
		selected.setSelection(true);
		selected.notifyListeners(SWT.Selection, new Event());
		InsightFixture.settle("the map of the two selected articles", () -> view.shown() != null && view.shown().stories() == 2);
		PlaceMap map = view.shown();
		assertEquals(List.of("FR", "RU", "SY", "SY"), map.places().stream().map(PlacePoint::country).sorted().toList(),
				"Moscow and Paris, Aleppo and Damascus: " + map.places());
		assertEquals(Set.of("RU", "FR", "SY"), map.countries().keySet());
		assertTrue(view.summaryText().startsWith("Selected in the Article Explorer \u2014 2 articles: 4 towns and cities"),
				view.summaryText());

		// The map follows the Explorer's selection.
		InsightFixture.selectInExplorer(IDS[1]);
		InsightFixture.settle("the map of the Italian article", () -> view.shown().stories() == 1);
		assertEquals(List.of("IT", "IT"), view.shown().places().stream().map(PlacePoint::country).toList());

		// Nothing selected: the whole corpus, and the view says so.
		InsightFixture.selectInExplorer();
		InsightFixture.settle("the map of the whole corpus", () -> view.shown().stories() == 4);
		assertEquals(6, view.shown().places().size());
		assertTrue(view.summaryText().startsWith("No article of this corpus is selected in the Article Explorer"),
				view.summaryText());

		// Unticked, the map no longer follows the selection.
		selected.setSelection(false);
		selected.notifyListeners(SWT.Selection, new Event());
		InsightFixture.selectInExplorer(IDS[1]);
		InsightFixture.settle("the map of the whole corpus, unticked", () -> view.shown().stories() == 4);
		assertTrue(view.summaryText().startsWith("4 articles"), view.summaryText());
	}
}
