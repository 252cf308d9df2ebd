// SPDX-License-Identifier: EPL-2.0
package dossier.licence.report;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.stream.JsonWriter;

import dossier.core.model.TextSpan;
import dossier.licence.Finding;
import dossier.licence.RuleDescriptor;

/**
 * Writes SARIF 2.1.0 ({@code dossier check --format sarif}): one run, the rules with help links to the legal code,
 * one result per finding with a region (line and column in UTF-16 code units, and charOffset/charLength) into
 * the article's text.
 */
public final class SarifReport {

	public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"; //$NON-NLS-1$

	private SarifReport() {
	}

	public static void write(List<CheckedArticle> articles, List<RuleDescriptor> rules, String toolVersion, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  "); //$NON-NLS-1$
		json.setHtmlSafe(false);
		json.beginObject();
		json.name("$schema").value(SCHEMA); //$NON-NLS-1$
		json.name("version").value("2.1.0"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("runs").beginArray().beginObject(); //$NON-NLS-1$
		json.name("tool").beginObject().name("driver").beginObject(); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("name").value("dossier-check"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("version").value(toolVersion); //$NON-NLS-1$
		json.name("informationUri").value("https://creativecommons.org/licenses/by-sa/4.0/legalcode.en"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("rules").beginArray(); //$NON-NLS-1$
		for (RuleDescriptor rule : rules) {
			json.beginObject();
			json.name("id").value(rule.id()); //$NON-NLS-1$
			json.name("name").value(pascalCase(rule.id())); //$NON-NLS-1$
			json.name("shortDescription").beginObject().name("text").value(rule.title()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
			json.name("fullDescription").beginObject().name("text").value(rule.title() + " (" + rule.reference() + ")").endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			json.name("helpUri").value(rule.helpUri()); //$NON-NLS-1$
			json.name("defaultConfiguration").beginObject().name("level").value(rule.defaultSeverity().sarifLevel()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
			json.name("properties").beginObject().name("reference").value(rule.reference()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
			json.endObject();
		}
		json.endArray();
		json.endObject().endObject();
		json.name("columnKind").value("utf16CodeUnits"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("artifacts").beginArray(); //$NON-NLS-1$
		for (CheckedArticle article : articles) {
			json.beginObject().name("location").beginObject().name("uri").value(uri(article.path())).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			json.name("length").value(article.regionText().getBytes(StandardCharsets.UTF_8).length); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
		json.name("results").beginArray(); //$NON-NLS-1$
		for (int a = 0; a < articles.size(); a++) {
			CheckedArticle article = articles.get(a);
			String text = article.regionText();
			LineIndex lines = new LineIndex(text);
			for (Finding finding : article.report().findings()) {
				json.beginObject();
				json.name("ruleId").value(finding.rule()); //$NON-NLS-1$
				int ruleIndex = indexOf(rules, finding.rule());
				if (ruleIndex >= 0) {
					json.name("ruleIndex").value(ruleIndex); //$NON-NLS-1$
				}
				json.name("level").value(finding.severity().sarifLevel()); //$NON-NLS-1$
				json.name("message").beginObject().name("text").value(finding.message()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
				json.name("locations").beginArray(); //$NON-NLS-1$
				if (finding.evidence().isEmpty()) {
					location(json, article, a, null, text, lines);
				}
				for (TextSpan span : finding.evidence()) {
					location(json, article, a, span, text, lines);
				}
				json.endArray();
				json.name("properties").beginObject(); //$NON-NLS-1$
				json.name("reference").value(finding.reference()); //$NON-NLS-1$
				json.name("fix").value(finding.fix()); //$NON-NLS-1$
				json.endObject();
				json.endObject();
			}
		}
		json.endArray();
		json.endObject().endArray();
		json.endObject();
		json.flush();
		out.write('\n');
		out.flush();
	}

	private static void location(JsonWriter json, CheckedArticle article, int index, @Nullable TextSpan articleSpan, String text, LineIndex lines) throws IOException {
		TextSpan span = articleSpan == null ? null : article.toRegion(articleSpan);
		json.beginObject().name("physicalLocation").beginObject(); //$NON-NLS-1$
		json.name("artifactLocation").beginObject().name("uri").value(uri(article.path())).name("index").value(index).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (span != null) {
			json.name("region").beginObject(); //$NON-NLS-1$
			json.name("startLine").value(lines.line(span.start())); //$NON-NLS-1$
			json.name("startColumn").value(lines.column(span.start())); //$NON-NLS-1$
			json.name("endLine").value(lines.line(span.end())); //$NON-NLS-1$
			json.name("endColumn").value(lines.column(span.end())); //$NON-NLS-1$
			json.name("charOffset").value(span.start()); //$NON-NLS-1$
			json.name("charLength").value(span.length()); //$NON-NLS-1$
			json.name("snippet").beginObject().name("text").value(span.of(text)).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
			json.endObject();
		}
		json.endObject().endObject();
	}

	private static int indexOf(List<RuleDescriptor> rules, String id) {
		for (int i = 0; i < rules.size(); i++) {
			if (rules.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	/** A URI reference for a path: relative paths stay relative (with '/'), absolute ones become file: URIs. */
	static String uri(String path) {
		Path p = Path.of(path);
		if (p.isAbsolute()) {
			return p.toUri().toASCIIString();
		}
		try {
			return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
		} catch (URISyntaxException e) {
			return p.toAbsolutePath().toUri().toASCIIString();
		}
	}

	private static String pascalCase(String id) {
		StringBuilder name = new StringBuilder();
		for (String word : id.split("-")) { //$NON-NLS-1$
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return name.toString();
	}
}
