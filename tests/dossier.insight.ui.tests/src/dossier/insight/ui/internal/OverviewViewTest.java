// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dossier.explorer.ui.ExplorerFilters;
import dossier.insight.Dimension;
import dossier.insight.Overview;
import dossier.insight.ui.InsightUi;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;
import dossier.workspace.ProjectImports;
import dossier.workspace.licence.LicenceMarkers;

class OverviewViewTest {

	private IProject project;
	private OverviewView view;

	@BeforeEach
	void open() throws Exception {
		project = InsightFixture.knownCorpus("InsightOverview");
		view = (OverviewView) Workbench.page().showView(InsightUi.VIEW_OVERVIEW);
		view.corpora().choose(project);
		view.recompute();
		waitForOverview(5);
	}

	@AfterEach
	void close() throws Exception {
		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.LANGUAGE, null);
		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.PUBLISHER, null);
		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.FINDING, null);
		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.IMPORTED, null);
		ExplorerFilters.search(Workbench.page(), project, ""); // a double-click on an entity searched its articles
		Workbench.page().hideView(view);
		Workbench.joinJobs(InsightUi.JOB_FAMILY);
	}

	private void waitForOverview(int stories) {
		InsightFixture.settle("the overview of " + stories + " stories", () -> {
			Overview shown = view.shown();
			return shown != null && shown.articles() == 5 && shown.stories() == stories;
		});
	}

	@Test
	void chartsShowTheTallies() {
		assertEquals(List.of("en", "ar", "it"), view.chart(Dimension.LANGUAGE).keys());
		assertEquals(Map.of("en", 3, "ar", 1, "it", 1), view.shown().tally(Dimension.LANGUAGE));
		assertEquals(List.of("Reuters", "ANSA", "unknown", "الجزيرة"), view.chart(Dimension.PUBLISHER).keys());
		assertEquals(List.of("none"), view.chart(Dimension.LICENCE).keys(), "no article states a licence");
		assertTrue(view.summaryText().startsWith("5 articles, 5 stories; 1 without a full date"), view.summaryText());
		assertEquals(BarChart.TITLE + 3 * BarChart.ROW + 4, view.chart(Dimension.LANGUAGE).height());
	}

	@Test
	void clickingABarFiltersTheExplorer() throws Exception {
		BarChart publishers = view.chart(Dimension.PUBLISHER);
		int row = publishers.keys().indexOf("الجزيرة");
		InsightFixture.mouse(publishers.control(), SWT.MouseUp, BarChart.LABEL_WIDTH + 2, BarChart.rowMiddle(row));
		assertEquals("الجزيرة", ExplorerFilters.current(Workbench.page()).get(ExplorerFilters.PUBLISHER));
		InsightFixture.waitForExplorerRows("the Explorer lists the Arabic article", 1);

		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.PUBLISHER, null);
		BarChart languages = view.chart(Dimension.LANGUAGE);
		InsightFixture.mouse(languages.control(), SWT.MouseUp, 5, BarChart.rowMiddle(0));
		assertEquals("en", ExplorerFilters.current(Workbench.page()).get(ExplorerFilters.LANGUAGE));
		InsightFixture.waitForExplorerRows("the Explorer lists the three English articles", 3);
	}

	@Test
	void theImportHistoryShowsTodaysImport() throws Exception {
		// The fixture stores its five articles without an import record; the sample is imported as a user does.
		assertEquals(List.of(), rows(view.importsTable()), "no import recorded");
		Path sample = Path.of(System.getProperty("dossier.samples", "../../samples"), "000_30bd282be3f8cedf.txt"); //$NON-NLS-1$ //$NON-NLS-2$
		ProjectImports.importInto(project, List.of(sample), new NullProgressMonitor());
		ProjectEntities.join(null);
		view.recompute();
		InsightFixture.settle("the overview of six articles", () -> view.shown() != null && view.shown().articles() == 6);
		List<String[]> rows = rows(view.importsTable());
		assertEquals(1, rows.size(), "one day");
		assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), rows.get(0)[0]);
		assertEquals("1", rows.get(0)[1]);
		assertEquals(view.shown().imports().get(0).byImporter().keySet().iterator().next() + " 1", rows.get(0)[2]);
		assertFalse(rows.get(0)[2].startsWith("unknown"), "the importer is recorded: " + rows.get(0)[2]);

		// A double-click on the day lists that day's imports in the Explorer: the sample, not the five stored articles.
		TableViewer imports = view.importsTable().viewer();
		imports.setSelection(new StructuredSelection(imports.getElementAt(0)), true);
		Event open = new Event();
		open.item = imports.getTable().getItem(0);
		imports.getTable().notifyListeners(SWT.DefaultSelection, open);
		String today = rows.get(0)[0];
		assertEquals(today + ".." + today, ExplorerFilters.current(Workbench.page()).get(ExplorerFilters.IMPORTED));
		// The sample's row, of this corpus: not a row of another corpus the Explorer showed before (Samples has one).
		InsightFixture.settle("the Explorer lists the one article imported today", () -> {
			List<String> listed = InsightFixture.explorerIds(project);
			return listed.size() == 1 && !List.of(InsightFixture.IDS).contains(listed.get(0))
					&& InsightFixture.explorerTable().getItemCount() == 1;
		});
		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.IMPORTED, null);
		InsightFixture.waitForExplorerRows("the Explorer lists the six articles again", 6);
	}

	@Test
	void doubleClickingAnEntityListsItsArticlesInTheExplorer() {
		TableViewer entities = view.entitiesTable().viewer();
		String[] first = rows(view.entitiesTable()).get(0);
		int articles = view.shown().articlesOf(first[3]).size();
		assertEquals(first[2], Integer.toString(articles), "the articles counted are the articles listed");
		entities.setSelection(new StructuredSelection(entities.getElementAt(0)), true);
		Event open = new Event();
		open.item = entities.getTable().getItem(0);
		entities.getTable().notifyListeners(SWT.DefaultSelection, open);
		InsightFixture.waitForExplorerRows("the Explorer lists " + first[1] + "'s articles", articles);
	}

	@Test
	void doubleClickingALicenceRuleListsTheArticlesWithItsFindingsInTheExplorer() throws Exception {
		TableViewer findings = view.findingsTable().viewer();
		List<String[]> rules = rows(view.findingsTable());
		assertFalse(rules.isEmpty(), "the known corpus has licence findings");
		String rule = rules.get(0)[0];
		Set<String> articles = new TreeSet<>();
		for (IMarker marker : project.findMarkers(LicenceMarkers.TYPE, true, IResource.DEPTH_INFINITE)) {
			if (rule.equals(marker.getAttribute(LicenceMarkers.RULE, ""))) {
				CorpusProjects.articleId(marker.getResource()).ifPresent(articles::add);
			}
		}
		assertFalse(articles.isEmpty(), rule + " has findings");
		findings.setSelection(new StructuredSelection(findings.getElementAt(0)), true);
		Event open = new Event();
		open.item = findings.getTable().getItem(0);
		findings.getTable().notifyListeners(SWT.DefaultSelection, open);
		assertEquals(rule, ExplorerFilters.current(Workbench.page()).get(ExplorerFilters.FINDING));
		InsightFixture.waitForExplorerRows("the Explorer lists the " + articles.size() + " articles with findings of " + rule,
				articles.size());
	}

	@Test
	void theOverviewExportsItsChartsAndFindingsAsSvg() throws Exception {
		assertEquals(List.of("png", "svg", "csv"), view.exportFormats());
		byte[] png = view.export("png");
		assertEquals((byte) 0x89, png[0], "the PNG still exports");
		Document svg = parseSecurely(view.export("svg"));
		assertEquals("1.1", svg.getDocumentElement().getAttribute("version"));
		List<String> bars = new ArrayList<>();
		NodeList rects = svg.getElementsByTagNameNS(SVG, "rect");
		for (int i = 0; i < rects.getLength(); i++) {
			NodeList title = ((Element) rects.item(i)).getElementsByTagNameNS(SVG, "title");
			if (title.getLength() > 0) {
				bars.add(title.item(0).getTextContent());
			}
		}
		assertTrue(bars.containsAll(List.of("en: 3", "ar: 1", "it: 1", "Reuters: 2", "الجزيرة: 1", "none: 5")), bars.toString());
		List<Element> texts = new ArrayList<>();
		NodeList nodes = svg.getElementsByTagNameNS(SVG, "text");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add((Element) nodes.item(i));
		}
		Element arabic = texts.stream().filter(t -> t.getTextContent().equals("الجزيرة")).findFirst().orElseThrow();
		assertEquals("rtl", arabic.getAttribute("direction"));
		assertTrue(texts.stream().anyMatch(t -> t.getTextContent().equals(Messages.Dimension_licenceCheck)), "the charts' titles");
		String rule = rows(view.findingsTable()).get(0)[0];
		assertTrue(texts.stream().anyMatch(t -> t.getTextContent().equals(rule)), "the findings table's first rule: " + rule);
	}

	@Test
	void theViewMenuOffersEveryExportFormat() {
		List<String> offered = new ArrayList<>();
		for (IConfigurationElement contribution : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.menus")) {
			if (("menu:" + InsightUi.VIEW_OVERVIEW).equals(contribution.getAttribute("locationURI"))) {
				for (IConfigurationElement command : contribution.getChildren("command")) {
					for (IConfigurationElement parameter : command.getChildren("parameter")) {
						offered.add(parameter.getAttribute("value"));
					}
				}
			}
		}
		assertEquals(view.exportFormats(), offered);
	}

	private static final String SVG = "http://www.w3.org/2000/svg";

	/** The JDK's parser, refusing a DOCTYPE: no entity can be declared or fetched. */
	private static Document parseSecurely(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	private static List<String[]> rows(TallyTable table) {
		List<String[]> rows = new ArrayList<>();
		for (Object row : (List<?>) table.viewer().getInput()) {
			rows.add((String[]) row);
		}
		return rows;
	}

	@Test
	void aTranslationCountsOnceWhenAsked() throws Exception {
		// The Arabic article is a translation of the first English one.
		LineageFile lineage = LineageFile.read(CorpusProjects.corpus(project).folder());
		lineage.replaceSuggestions(List.of(new LineageLink(InsightFixture.IDS[0], InsightFixture.IDS[1],
				LinkType.TRANSLATION, 0.9, true, List.of(), LinkStatus.SUGGESTED)));
		lineage.write();
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		view.onceButton().setSelection(true);
		view.onceButton().notifyListeners(SWT.Selection, null);
		waitForOverview(4);
		InsightFixture.settle("the overview counted once", () -> view.shown().countedOnce());
		assertEquals(Map.of("en", 3, "it", 1), view.shown().tally(Dimension.LANGUAGE));
		assertTrue(view.summaryText().startsWith("5 articles, 4 stories"), view.summaryText());
	}
}
