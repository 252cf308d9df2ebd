// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.core.model.Article;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceRules;
import dossier.licence.report.CheckedArticle;
import dossier.licence.report.JsonReport;
import dossier.licence.report.MarkdownReport;
import dossier.licence.report.SarifReport;
import dossier.licence.report.TextReport;

/** The JSON contract, SARIF 2.1.0 (validated against the schema), Markdown and text reports. */
class ReportTest {

	private static List<CheckedArticle> sample() {
		return List.of(new CheckedArticle("samples/" + Fixtures.SAMPLE, new LicenceChecker().check(Fixtures.sampleArticle())));
	}

	private static JsonObject json(List<CheckedArticle> articles) throws IOException {
		StringWriter out = new StringWriter();
		JsonReport.write(articles, out);
		return JsonParser.parseString(out.toString()).getAsJsonObject();
	}

	private static String sarif(List<CheckedArticle> articles) throws IOException {
		StringWriter out = new StringWriter();
		SarifReport.write(articles, LicenceRules.builtIn(), "0.1.0", out);
		return out.toString();
	}

	private static Set<String> keys(JsonObject object) {
		return new TreeSet<>(object.keySet());
	}

	@Test
	void jsonHasEveryKeyOfTheContract() throws IOException {
		JsonObject article = json(sample()).getAsJsonArray("articles").get(0).getAsJsonObject();
		assertTrue(keys(article).containsAll(Set.of("path", "language", "title", "licence", "attribution", "translation", "third_party",
				"findings", "suggested_attribution")));
		assertEquals("samples/" + Fixtures.SAMPLE, article.get("path").getAsString());
		assertEquals("ar", article.get("language").getAsString());
		JsonObject licence = article.getAsJsonObject("licence");
		assertEquals("CC-BY-SA", licence.get("id").getAsString());
		assertFalse(licence.get("version_stated").getAsBoolean());
		assertTrue(licence.get("link").isJsonNull());
		JsonObject evidence = licence.getAsJsonObject("evidence");
		String text = Fixtures.sampleText();
		assertEquals("مرخصة تحت: CC-BY-SA", text.substring(evidence.get("start").getAsInt(), evidence.get("end").getAsInt()));
		assertEquals("مرخصة تحت: CC-BY-SA", evidence.get("text").getAsString());
		JsonObject attribution = article.getAsJsonObject("attribution");
		assertTrue(keys(attribution).containsAll(Set.of("title", "authors", "publisher", "source_url", "licence_link", "copyright_notice",
				"modification_notice")));
		assertEquals(0, attribution.getAsJsonArray("authors").size());
		assertTrue(attribution.get("licence_link").isJsonNull());
		assertTrue(attribution.get("modification_notice").isJsonNull());
		assertEquals("Lifegate", attribution.getAsJsonObject("publisher").get("text").getAsString());
		JsonObject translation = article.getAsJsonObject("translation");
		assertTrue(translation.get("detected").getAsBoolean());
		assertEquals("it", translation.get("source_language").getAsString());
		JsonArray thirdParty = article.getAsJsonArray("third_party");
		assertEquals(2, thirdParty.size());
		JsonObject photo = thirdParty.get(0).getAsJsonObject();
		assertTrue(keys(photo).containsAll(Set.of("text", "holder", "start", "end")));
		assertEquals(photo.get("text").getAsString(), text.substring(photo.get("start").getAsInt(), photo.get("end").getAsInt()));
		JsonObject finding = article.getAsJsonArray("findings").get(0).getAsJsonObject();
		assertTrue(keys(finding).containsAll(Set.of("rule", "severity", "message", "reference", "start", "end")));
		assertEquals("warning", finding.get("severity").getAsString());
		JsonObject creator = article.getAsJsonArray("findings").get(2).getAsJsonObject();
		assertEquals("creator-missing", creator.get("rule").getAsString());
		JsonObject credit = article.getAsJsonObject("suggested_attribution");
		assertTrue(keys(credit).containsAll(Set.of("text", "html", "markdown")));
	}

	@Test
	void jsonWritesNullWhereAbsent() throws IOException {
		JsonObject article = json(List.of(new CheckedArticle("x.txt", new LicenceChecker().checkText("Just one line of text without anything.")))).getAsJsonArray("articles").get(0).getAsJsonObject();
		assertTrue(article.get("licence").isJsonNull());
		assertTrue(article.get("title").isJsonNull());
		JsonObject attribution = article.getAsJsonObject("attribution");
		for (String key : List.of("title", "publisher", "source_url", "licence_link", "copyright_notice", "modification_notice")) {
			assertTrue(attribution.get(key).isJsonNull(), key);
		}
		assertTrue(article.getAsJsonObject("translation").get("source_language").isJsonNull());
		assertTrue(article.getAsJsonObject("translation").get("evidence").isJsonNull());
		assertEquals("licence-missing", article.getAsJsonArray("findings").get(0).getAsJsonObject().get("rule").getAsString());
		assertTrue(article.getAsJsonArray("findings").get(0).getAsJsonObject().get("start").isJsonNull());
	}

	private static JsonSchemaValidator sarifSchema() {
		return new JsonSchemaValidator(JsonParser.parseString(Fixtures.text("fixtures/sarif/sarif-schema-2.1.0.json")).getAsJsonObject());
	}

	@Test
	void sarifValidatesAgainstTheSchema() throws IOException {
		List<CheckedArticle> articles = List.of(sample().get(0),
				new CheckedArticle("other folder/ñ.txt", new LicenceChecker().checkText("No licence here.")));
		JsonElement log = JsonParser.parseString(sarif(articles));
		List<String> errors = sarifSchema().validate(log);
		assertTrue(errors.isEmpty(), errors::toString);
	}

	@Test
	void theValidatorRejectsWhatTheSchemaForbids() throws IOException {
		JsonObject log = JsonParser.parseString(sarif(sample())).getAsJsonObject();
		JsonObject result = log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
		result.addProperty("level", "fatal");
		result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("region")
				.addProperty("startLine", 0);
		log.remove("version");
		List<String> errors = sarifSchema().validate(log);
		assertEquals(3, errors.size(), errors::toString);
	}

	@Test
	void sarifRegionsComeFromOffsets() throws IOException {
		JsonObject run = JsonParser.parseString(sarif(sample())).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		assertEquals("utf16CodeUnits", run.get("columnKind").getAsString());
		JsonObject rule = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules").get(0).getAsJsonObject();
		assertTrue(rule.get("helpUri").getAsString().startsWith("https://creativecommons.org/licenses/"));
		JsonObject first = run.getAsJsonArray("results").get(0).getAsJsonObject();
		assertEquals("licence-version-missing", first.get("ruleId").getAsString());
		JsonObject region = first.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("region");
		String text = Fixtures.sampleText();
		int offset = text.indexOf("مرخصة تحت: CC-BY-SA");
		String[] lines = text.substring(0, offset).split("\n", -1);
		assertEquals(lines.length, region.get("startLine").getAsInt());
		assertEquals(1, region.get("startColumn").getAsInt());
		assertEquals(lines.length, region.get("endLine").getAsInt());
		assertEquals(1 + "مرخصة تحت: CC-BY-SA".length(), region.get("endColumn").getAsInt());
		assertEquals(offset, region.get("charOffset").getAsInt());
		assertEquals("مرخصة تحت: CC-BY-SA".length(), region.get("charLength").getAsInt());
	}

	@Test
	void sarifRegionsPointIntoTheFileWhenTheImporterChangedTheText() throws IOException {
		String file = Fixtures.sampleText();
		Article imported = Article.builder(file.substring(file.indexOf("زار الرئيس"))).build(); // header dropped
		JsonObject run = JsonParser.parseString(sarif(List.of(new CheckedArticle("a.txt", new LicenceChecker().check(imported), file))))
				.getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonObject region = run.getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
				.getAsJsonObject("physicalLocation").getAsJsonObject("region");
		assertEquals(file.indexOf("مرخصة تحت: CC-BY-SA"), region.get("charOffset").getAsInt());
	}

	@Test
	void markdownAndTextReports() throws IOException {
		StringWriter markdown = new StringWriter();
		MarkdownReport.write(sample(), markdown);
		assertTrue(markdown.toString().contains("| Licence | `CC-BY-SA` (version not stated)"), markdown::toString);
		assertTrue(markdown.toString().contains("**error** `modification-notice-missing`"), markdown::toString);
		assertTrue(markdown.toString().contains("> “[كوريا الشمالية"), markdown::toString);
		StringWriter text = new StringWriter();
		TextReport.write(sample(), text);
		String sampleLine = text.toString().lines().filter(l -> l.contains("[licence-link-missing]")).findFirst().orElseThrow();
		int line = (int) Fixtures.sampleText().substring(0, Fixtures.sampleText().indexOf("مرخصة تحت")).chars().filter(c -> c == '\n').count() + 1;
		assertTrue(sampleLine.startsWith("samples/" + Fixtures.SAMPLE + ":" + line + ":1: error: "), sampleLine);
	}
}
