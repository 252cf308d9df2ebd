// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dossier.licence.LicenceId;
import dossier.licence.ui.LicenceUi;
import dossier.licence.ui.internal.LicenceReportJob;
import dossier.licence.ui.internal.LicenceReportWriter;
import dossier.licence.ui.internal.Messages;
import dossier.tests.common.Workbench;
import dossier.workspace.licence.LicenceMarkers;

/** The corpus licence report opens with inline SVG charts of its own check of the sample. */
class ReportChartsTest {

	private static final String SVG = "http://www.w3.org/2000/svg";
	private static final String THIRD_PARTY = "third-party-not-covered";

	private SampleCorpus sample;

	@BeforeEach
	void importTheSample() throws Exception {
		sample = SampleCorpus.create();
	}

	@AfterEach
	void deleteIt() throws Exception {
		Workbench.joinJobs(LicenceUi.JOB_FAMILY);
		sample.delete();
	}

	private String report() throws Exception {
		LicenceReportJob job = new LicenceReportJob(List.of(sample.project));
		job.schedule();
		Workbench.joinJobs(LicenceUi.JOB_FAMILY);
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		IFile html = sample.project.getFolder(LicenceUi.REPORT_FOLDER).getFile(LicenceReportJob.HTML);
		return Files.readString(html.getLocation().toPath(), StandardCharsets.UTF_8);
	}

	@Test
	void theReportOpensWithChartsOfLicencesChecksAndRules() throws Exception {
		String page = report();
		int charts = page.indexOf("<svg ");
		assertTrue(charts > 0 && charts < page.indexOf("<table>"), "the charts come before the tables");
		Document svg = parseSecurely(page.substring(charts, page.indexOf("</svg>", charts) + "</svg>".length()));
		List<String> bars = barTitles(svg);
		assertTrue(bars.contains(Messages.Report_chartErrors + ": 1"), "the one article's check found errors: " + bars);
		assertEquals(2, bars.size(), "one licence bar and one licence-check bar: " + bars);
		List<Element> texts = texts(svg);
		assertTrue(texts.stream().anyMatch(t -> t.getTextContent().equals(Messages.Report_chartLicenceCheck)));
		Element rule = texts.stream().filter(t -> t.getTextContent().equals(THIRD_PARTY)).findFirst().orElseThrow();
		assertTrue(texts.stream().anyMatch(t -> t.getAttribute("y").equals(rule.getAttribute("y")) && t.getTextContent().equals("2")),
				"two third-party findings, on the rule's row");
		assertFalse(page.contains("<script") || page.contains("<img") || page.contains("<link"),
				"self-contained: no script, no external file");
	}

	@Test
	void theChartsFollowTheReportsCheckNotOlderMarkers() throws Exception {
		sample.file.deleteMarkers(LicenceMarkers.TYPE, true, IResource.DEPTH_ZERO);
		String page = report();
		int charts = page.indexOf("<svg ");
		Document svg = parseSecurely(page.substring(charts, page.indexOf("</svg>", charts) + "</svg>".length()));
		List<String> bars = barTitles(svg);
		assertTrue(bars.contains(Messages.Report_chartErrors + ": 1"), bars.toString());
		assertFalse(bars.stream().anyMatch(b -> b.startsWith(Messages.Report_chartClean)), "no marker is no clean bill: " + bars);
	}

	@Test
	void aReportWithoutChartsHasNoSvg() {
		String page = LicenceReportWriter.html("empty", List.of(), Objects.requireNonNull(LicenceId.parse("CC-BY-4.0")), false);
		assertFalse(page.contains("<svg"), page);
		assertFalse(page.contains(Messages.Report_charts), page);
	}

	private static Document parseSecurely(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> barTitles(Document document) {
		List<String> titles = new ArrayList<>();
		NodeList rects = document.getElementsByTagNameNS(SVG, "rect");
		for (int i = 0; i < rects.getLength(); i++) {
			NodeList title = ((Element) rects.item(i)).getElementsByTagNameNS(SVG, "title");
			if (title.getLength() > 0) {
				titles.add(title.item(0).getTextContent());
			}
		}
		return titles;
	}

	private static List<Element> texts(Document document) {
		List<Element> texts = new ArrayList<>();
		NodeList nodes = document.getElementsByTagNameNS(SVG, "text");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add((Element) nodes.item(i));
		}
		return texts;
	}
}
