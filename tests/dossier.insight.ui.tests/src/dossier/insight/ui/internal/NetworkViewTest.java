// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.explorer.ui.ExplorerFilters;
import dossier.insight.Network;
import dossier.insight.NetworkNode;
import dossier.insight.ui.InsightUi;
import dossier.insight.ui.internal.NetworkLayout.Disc;
import dossier.tests.common.Workbench;
import dossier.ui.BidiText;
import dossier.workspace.CorpusProjects;

/**
 * The Entity network view on five real-looking articles whose entities the recognisers find: Vladimir Putin and
 * Moscow together in two English articles, the United Nations in one of them; حلب (Aleppo) and دمشق (Damascus)
 * together in two Arabic articles; and an article that names no one.
 */
class NetworkViewTest {

	private static final String[] IDS = new String[5];

	private IProject project;
	private NetworkView view;

	@BeforeEach
	void open() throws Exception {
		project = InsightFixture.corpus("InsightNetwork", List.of(
				InsightFixture.article("Putin in Moscow", "Reuters", "en", "2024-06-03",
						"Vladimir Putin spoke in Moscow on Monday. The United Nations asked for calm."),
				InsightFixture.article("Putin returns", "Reuters", "en", "2024-06-04",
						"Vladimir Putin returned to Moscow on Tuesday after the talks."),
				InsightFixture.article("قتال في حلب", "الجزيرة", "ar", "2024-06-05",
						"استمر القتال في حلب يوم الاثنين، وقال سكان في دمشق إن الوضع هادئ."),
				InsightFixture.article("وفد في دمشق", "الجزيرة", "ar", "2024-06-06",
						"تجدد القتال في حلب يوم الثلاثاء، وقال مسؤولون في دمشق إن الوضع صعب."),
				InsightFixture.article("Markets steady", "Reuters", "en", "2024-06-07",
						"Markets were steady as traders waited for the figures.")),
				IDS);
		view = (NetworkView) Workbench.page().showView(InsightUi.VIEW_NETWORK);
		Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		view.corpora().choose(project);
		view.recompute();
		// Every article's entities recognised: both Arabic articles name حلب and دمشق, both English ones Putin.
		InsightFixture.awaitComplete(view, project, IDS, "the network of five articles, their entities recognised", () -> {
			Network shown = view.shown();
			return shown != null && shown.stories() == 5 && shown.links().size() == 4
					&& shown.nodes().stream().filter(node -> node.entity().label().contains("حلب")
							|| node.entity().label().contains("Putin")).allMatch(node -> node.articles() == 2);
		});
		InsightFixture.settle("the Explorer", () -> true);
		Workbench.processEvents();
	}

	@AfterEach
	void close() throws Exception {
		Workbench.page().closeAllEditors(false);
		Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
		ExplorerFilters.search(Workbench.page(), project, "");
		Workbench.page().hideView(view);
		Workbench.joinJobs(InsightUi.JOB_FAMILY);
	}

	private static NetworkNode node(Network network, String label) {
		return network.nodes().stream().filter(node -> node.entity().label().contains(label)).findFirst()
				.orElseThrow(() -> new AssertionError(label + " not among " + network.nodes()));
	}

	private static String id(Network network, String label) {
		return node(network, label).entity().id();
	}

	@Test
	void entitiesAreLinkedByTheArticlesTheyShare() {
		Network network = view.shown();
		String shown = network.nodes() + " " + network.links();
		assertEquals(5, network.nodes().size(), shown);
		assertEquals(4, network.links().size(), shown);
		assertEquals(2, network.components(), shown);
		assertEquals(2, network.weight(id(network, "Putin"), id(network, "Moscow")), shown);
		assertEquals(1, network.weight(id(network, "Putin"), id(network, "United Nations")), shown);
		assertEquals(2, network.weight(id(network, "حلب"), id(network, "دمشق")), shown);
		assertEquals(0, network.weight(id(network, "Putin"), id(network, "حلب")), shown);
		NetworkNode putin = node(network, "Putin");
		assertEquals(Set.of(IDS[0], IDS[1]), Set.copyOf(putin.articleIds()));
		assertEquals(2, putin.degree());
		assertEquals("PERSON", putin.entity().type());
		assertEquals("PLACE", node(network, "حلب").entity().type());
		assertTrue(view.summaryText().startsWith("5 articles: 5 entities and 4 links in 2 groups"), view.summaryText());
		// Sized by articles: Putin (2 articles) is drawn bigger than the United Nations (1).
		NetworkLayout layout = view.canvas().layout();
		assertNotNull(layout);
		Disc putinDisc = disc(layout, "Putin");
		assertTrue(putinDisc.radius() > disc(layout, "United Nations").radius());
		assertEquals(NetworkPalette.PERSON, NetworkPalette.of(putinDisc.node().entity().type()));
	}

	@Test
	void aMinimumWeightLeavesOutTheWeakLinksAndATypeCanBeHidden() {
		view.minWeight().setSelection(2);
		view.minWeight().notifyListeners(SWT.Selection, null);
		InsightFixture.settle("links of two articles", () -> view.shown() != null && view.shown().options().minWeight() == 2);
		Network network = view.shown();
		assertEquals(2, network.links().size(), network.links().toString());
		assertEquals(2, network.weight(id(network, "Putin"), id(network, "Moscow")));
		assertTrue(network.nodes().stream().noneMatch(node -> node.entity().label().contains("United Nations")));
		assertEquals(1, network.unlinked());

		view.peopleButton().setSelection(false);
		view.peopleButton().notifyListeners(SWT.Selection, null);
		InsightFixture.settle("no people", () -> view.shown() != null && !view.shown().options().types().contains("PERSON"));
		assertTrue(view.shown().nodes().stream().noneMatch(node -> node.entity().label().contains("Putin")));
		view.peopleButton().setSelection(true);
		view.minWeight().setSelection(1);
	}

	@Test
	void clickingAnEntityShowsItsArticlesAndDoubleClickingOpensTheFirstOnItsMention() {
		NetworkLayout layout = view.canvas().layout();
		Disc putin = disc(layout, "Putin");
		InsightFixture.click(view.canvas().control(), putin.x(), putin.y());
		assertEquals(putin.index(), view.canvas().selected());
		String search = ExplorerFilters.searchText(Workbench.page());
		assertTrue(search.equals("id:(" + IDS[0] + " OR " + IDS[1] + ")")
				|| search.equals("id:(" + IDS[1] + " OR " + IDS[0] + ")"), search);
		InsightFixture.waitForExplorerRows("the Explorer lists Putin's two articles", 2);

		// Beside every entity: the selection is cleared.
		InsightFixture.click(view.canvas().control(), 2, view.canvas().control().getSize().y - 2);
		assertEquals(-1, view.canvas().selected());

		InsightFixture.mouse(view.canvas().control(), SWT.MouseDoubleClick, putin.x(), putin.y());
		Workbench.processEvents();
		IEditorPart editor = Workbench.page().getActiveEditor();
		assertNotNull(editor, "an editor opened");
		assertEquals(CorpusProjects.articleFile(project, putin.node().articleIds().get(0)),
				((IFileEditorInput) editor.getEditorInput()).getFile());
		// Once the article has loaded, the editor selects the first mention of Putin in it.
		Workbench.waitUntil("the first mention of Putin selected in the Entity Editor",
				() -> !Workbench.findAll(Workbench.window().getShell(), StyledText.class,
						text -> text.getSelectionText().contains("Putin")).isEmpty());
	}

	@Test
	void anArabicNameIsShownRightToLeftAndTheTooltipTellsItsArticles() {
		NetworkLayout layout = view.canvas().layout();
		Disc aleppo = disc(layout, "حلب");
		assertTrue(BidiText.isRightToLeft(aleppo.node().entity().label()));
		assertTrue(layout.labelled(-1).contains(aleppo.index()), "labelled");
		assertEquals(aleppo, view.canvas().at(aleppo.x(), aleppo.y()));
		assertEquals("حلب (place)\n2 articles, linked to 1 entity\nBetweenness 0.00",
				NetworkCanvas.tooltip(aleppo.node()));
		String svg = new String(view.export("svg"), StandardCharsets.UTF_8);
		assertTrue(svg.contains(" direction=\"rtl\" text-anchor=\"end\" fill=\"#222222\">حلب</text>"), svg);
	}

	@Test
	void theNetworkExportsAsPngSvgAndCsv() {
		byte[] png = view.export("png");
		assertNotNull(png);
		assertEquals((byte) 0x89, png[0]);
		String svg = new String(view.export("svg"), StandardCharsets.UTF_8);
		assertEquals(5, svg.split("<circle ", -1).length - 1, "a circle per entity");
		assertEquals(4, svg.split("<line ", -1).length - 1, "a line per link");
		String csv = new String(view.export("csv"), StandardCharsets.UTF_8);
		assertEquals(1 + 5 + 4, csv.lines().count(), csv);
		assertTrue(csv.contains(",حلب,PLACE,2,1,"), csv);
	}

	private static Disc disc(NetworkLayout layout, String label) {
		return layout.discs().stream().filter(disc -> disc.node().entity().label().contains(label)).findFirst()
				.orElseThrow(() -> new AssertionError(label + " has no disc"));
	}

	@Test
	void selectedArticlesShowOnlyTheirEntities() throws Exception {
		ExplorerFilters.search(Workbench.page(), project, "");
		InsightFixture.waitForExplorerRows("the Explorer lists the five articles", 5);
		InsightFixture.selectInExplorer(IDS[2], IDS[3]);
		Button selected = view.selectedButton();
		selected.setSelection(true);
		selected.notifyListeners(SWT.Selection, new Event());
		try {
			InsightFixture.settle("the network of the two Arabic articles",
					() -> view.shown() != null && view.shown().stories() == 2);
		} catch (AssertionError e) {
			Network now = view.shown();
			throw new AssertionError(e.getMessage() + "; shown: " + (now == null ? "nothing" : now.stories() + " articles") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ ", summary: " + view.summaryText(), e); //$NON-NLS-1$
		}
		Network network = view.shown();
		String shown = network.nodes() + " " + network.links();
		assertEquals(2, network.nodes().size(), shown);
		assertEquals(2, network.weight(id(network, "حلب"), id(network, "دمشق")), shown);
		assertTrue(view.summaryText().startsWith("Selected in the Article Explorer \u2014 2 articles: 2 entities and 1 link"),
				view.summaryText());
	}
}
