// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/** The Overview's charts as SVG, parsed back with the JDK's XML parser (no DTD, no external entities). */
class ChartSvgTest {

	private static final String SVG = "http://www.w3.org/2000/svg";

	/** Parses {@code svg} as untrusted XML: a DOCTYPE is refused, so no entity can be declared or fetched. */
	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	/** The titles of the document's bars. */
	static List<String> barTitles(Document document) {
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

	static List<Element> texts(Document document) {
		List<Element> texts = new ArrayList<>();
		NodeList nodes = document.getElementsByTagNameNS(SVG, "text");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add((Element) nodes.item(i));
		}
		return texts;
	}

	private static Element text(Document document, String content) {
		return texts(document).stream().filter(t -> t.getTextContent().equals(content)).findFirst()
				.orElseThrow(() -> new AssertionError("no text " + content));
	}

	private static Overview overview(List<ArticleFacts> articles) {
		return Insight.of(articles, List.of()).overview(false, 10);
	}

	@Test
	void theOverviewIsSvgWithABarPerValueTitledWithItsCount() throws Exception {
		String svg = ChartSvg.overview(KnownCorpus.insight().overview(false, 10), ChartSvg.ENGLISH);
		assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), svg);
		Document document = parse(svg);
		assertEquals("svg", document.getDocumentElement().getLocalName());
		assertEquals("1.1", document.getDocumentElement().getAttribute("version"));
		assertEquals(List.of("en: 3", "ar: 2", "fr: 1", "it: 1", // language
				"Reuters: 2", "الجزيرة: 2", "ANSA: 1", "Le Monde: 1", "unknown: 1", // publisher
				"CC-BY: 4", "none: 2", "CC-BY-SA: 1", // licence
				"Clean: 4", "Errors: 1", "Not checked: 1", "Warnings: 1"), barTitles(document));
		for (String title : List.of("Language", "Publisher", "Licence", "Licence check", "4", "3", "2")) {
			text(document, title);
		}
		// two charts a row, as the PNG: the licence chart starts one chart height below the language chart
		int height = ChartSvg.chartHeight(5); // the publisher chart, the tallest
		assertEquals(Integer.toString(ChartSvg.CHART_WIDTH + 2), text(document, "Publisher").getAttribute("x"));
		assertEquals(Integer.toString(height + 15), text(document, "Licence").getAttribute("y"));
	}

	@Test
	void theFindingsByRuleAreRowsOfText() throws Exception {
		Document document = parse(ChartSvg.overview(KnownCorpus.insight().overview(false, 10), ChartSvg.ENGLISH));
		text(document, "Licence findings by rule");
		Element rule = text(document, "credit-missing");
		Element warnings = texts(document).stream()
				.filter(t -> t.getAttribute("y").equals(rule.getAttribute("y")) && !t.equals(rule)).findFirst().orElseThrow();
		assertEquals("2", warnings.getTextContent(), "credit-missing: two warnings, on its row");
		text(document, "no-licence");
	}

	@Test
	void anArabicNameRunsRightToLeftAndALatinOneDoesNot() throws Exception {
		Document document = parse(ChartSvg.overview(KnownCorpus.insight().overview(false, 10), ChartSvg.ENGLISH));
		Element arabic = text(document, "الجزيرة");
		assertEquals("rtl", arabic.getAttribute("direction"));
		// right-aligned in its name column: its start at the column's right edge
		assertEquals("start", arabic.getAttribute("text-anchor"));
		assertEquals(Integer.toString(ChartSvg.CHART_WIDTH + ChartSvg.LABEL_WIDTH - 6), arabic.getAttribute("x"));
		Element latin = text(document, "Reuters");
		assertFalse(latin.hasAttribute("direction"), "a Latin name keeps the default direction");
		assertFalse(latin.hasAttribute("text-anchor"));
	}

	@Test
	void markupAndControlCharactersInANameDoNotBreakTheFile() throws Exception {
		ArticleFacts odd = new ArticleFacts("x1", null, "en", "A & B <News> \"Daily\"\u0001", "none", "CLEAN", List.of(),
				List.of(), List.of());
		String svg = ChartSvg.overview(overview(List.of(odd)), ChartSvg.ENGLISH);
		assertFalse(svg.contains("<News>"), "escaped");
		Document document = parse(svg);
		text(document, "A & B <News> \"Daily\"");
		assertTrue(barTitles(document).contains("A & B <News> \"Daily\": 1"), barTitles(document).toString());
	}

	@Test
	void theSecureParserRefusesADoctype() {
		assertThrows(SAXParseException.class, () -> parse("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]>"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>"));
	}

	@Test
	void aLongTallyShowsTwelveBarsAndCountsTheRest() throws Exception {
		List<ArticleFacts> articles = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			articles.add(new ArticleFacts("p" + i, null, "en", "Publisher " + (char) ('A' + i), "none", "CLEAN", List.of(),
					List.of(), List.of()));
		}
		Overview overview = overview(articles);
		Document document = parse(ChartSvg.charts(overview, ChartSvg.ENGLISH, List.of(Dimension.PUBLISHER), false));
		assertEquals(ChartSvg.MAX_ROWS, barTitles(document).size());
		text(document, "+2");
		assertEquals(Integer.toString(ChartSvg.chartHeight(14)), document.getDocumentElement().getAttribute("height"));
		assertEquals(ChartSvg.TITLE + 13 * ChartSvg.ROW + 4, ChartSvg.chartHeight(14), "twelve rows and the +2 line");
	}

	@Test
	void chartsWithoutTheFindingsHaveNoTable() throws Exception {
		Document document = parse(ChartSvg.charts(KnownCorpus.insight().overview(false, 10), ChartSvg.ENGLISH,
				List.of(Dimension.LICENCE, Dimension.LICENCE_CHECK), false));
		assertTrue(texts(document).stream().noneMatch(t -> t.getTextContent().equals("credit-missing")));
		assertEquals(7, barTitles(document).size(), "three licences, four verdicts");
	}

	@Test
	void theTimelineStacksEachMonthByLicenceCheck() throws Exception {
		Timeline timeline = KnownCorpus.insight().timeline(Granularity.MONTH, Dimension.LICENCE_CHECK, false);
		Document document = parse(ChartSvg.timeline(timeline, ChartSvg.ENGLISH));
		List<String> titles = barTitles(document);
		assertTrue(titles.containsAll(List.of("2024-06, Clean: 3", "2024-06, Warnings: 1", "2024-06, Errors: 1",
				"2024-07, Clean: 1")), titles.toString());
		assertFalse(titles.stream().anyMatch(t -> t.startsWith("2024-07, Errors")), "no segment for a zero count");
		text(document, "Articles per month by licence check");
	}
}
