// SPDX-License-Identifier: EPL-2.0
package dossier.licence.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.stream.JsonWriter;

import dossier.core.model.TextSpan;
import dossier.licence.AttributionElements;
import dossier.licence.DetectedLicence;
import dossier.licence.Evidence;
import dossier.licence.Finding;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceReport;
import dossier.licence.SuggestedAttribution;
import dossier.licence.ThirdPartyItem;
import dossier.licence.Translation;

/** Writes the JSON contract of {@code dossier check --format json}; docs/licence-json.md documents it. */
public final class JsonReport {

	private JsonReport() {
	}

	public static void write(List<CheckedArticle> articles, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  "); //$NON-NLS-1$
		json.setSerializeNulls(true);
		json.setHtmlSafe(false);
		json.beginObject().name("articles").beginArray(); //$NON-NLS-1$
		for (CheckedArticle article : articles) {
			article(json, article);
		}
		json.endArray().endObject();
		json.flush();
		out.write('\n');
		out.flush();
	}

	private static void article(JsonWriter json, CheckedArticle checked) throws IOException {
		LicenceReport report = checked.report();
		LicenceAnalysis analysis = report.analysis();
		json.beginObject();
		json.name("path").value(checked.path()); //$NON-NLS-1$
		json.name("language").value(analysis.language()); //$NON-NLS-1$
		json.name("title").value(analysis.title().isBlank() ? null : analysis.title()); //$NON-NLS-1$
		json.name("licence"); //$NON-NLS-1$
		licence(json, analysis.licence());
		AttributionElements elements = analysis.elements();
		json.name("attribution").beginObject(); //$NON-NLS-1$
		evidence(json.name("title"), elements.title()); //$NON-NLS-1$
		json.name("authors").beginArray(); //$NON-NLS-1$
		for (Evidence author : elements.authors()) {
			evidence(json, author);
		}
		json.endArray();
		evidence(json.name("publisher"), elements.publisher()); //$NON-NLS-1$
		evidence(json.name("source_url"), elements.sourceUrl()); //$NON-NLS-1$
		evidence(json.name("licence_link"), elements.licenceLink()); //$NON-NLS-1$
		evidence(json.name("copyright_notice"), elements.copyrightNotice()); //$NON-NLS-1$
		evidence(json.name("modification_notice"), elements.modificationNotice()); //$NON-NLS-1$
		evidence(json.name("disclaimer_notice"), elements.disclaimerNotice()); //$NON-NLS-1$
		json.endObject();
		Translation translation = analysis.translation();
		json.name("translation").beginObject(); //$NON-NLS-1$
		json.name("detected").value(translation.detected()); //$NON-NLS-1$
		json.name("source_language").value(translation.sourceLanguage()); //$NON-NLS-1$
		evidence(json.name("evidence"), translation.evidence()); //$NON-NLS-1$
		json.name("basis").value(translation.basis() == null ? null : translation.basis().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
		json.endObject();
		json.name("third_party").beginArray(); //$NON-NLS-1$
		for (ThirdPartyItem item : analysis.thirdParty()) {
			json.beginObject();
			json.name("text").value(item.credit().text()); //$NON-NLS-1$
			json.name("holder").value(item.holder()); //$NON-NLS-1$
			span(json, item.credit().span());
			json.name("licence").value(item.ownLicence() == null ? null : item.ownLicence().id()); //$NON-NLS-1$
			json.name("holders").beginArray(); //$NON-NLS-1$
			for (String holder : item.holders()) {
				json.value(holder);
			}
			json.endArray();
			json.name("agencies").beginArray(); //$NON-NLS-1$
			for (String agency : item.agencies()) {
				json.value(agency);
			}
			json.endArray();
			json.endObject();
		}
		json.endArray();
		json.name("findings").beginArray(); //$NON-NLS-1$
		for (Finding finding : report.findings()) {
			json.beginObject();
			json.name("rule").value(finding.rule()); //$NON-NLS-1$
			json.name("severity").value(finding.severity().sarifLevel()); //$NON-NLS-1$
			json.name("message").value(finding.message()); //$NON-NLS-1$
			json.name("reference").value(finding.reference()); //$NON-NLS-1$
			span(json, finding.evidence().isEmpty() ? null : finding.evidence().get(0));
			json.name("fix").value(finding.fix()); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
		attribution(json.name("suggested_attribution"), report.attribution()); //$NON-NLS-1$
		attribution(json.name("suggested_attribution_en"), report.attributionEnglish()); //$NON-NLS-1$
		json.name("licences").beginArray(); //$NON-NLS-1$
		for (DetectedLicence licence : analysis.licences()) {
			licence(json, licence);
		}
		json.endArray();
		json.endObject();
	}

	private static void licence(JsonWriter json, @Nullable DetectedLicence licence) throws IOException {
		if (licence == null) {
			json.nullValue();
			return;
		}
		json.beginObject();
		json.name("id").value(licence.licence().id()); //$NON-NLS-1$
		json.name("version_stated").value(licence.versionStated()); //$NON-NLS-1$
		evidence(json.name("evidence"), licence.evidence()); //$NON-NLS-1$
		json.name("link").value(licence.link()); //$NON-NLS-1$
		json.name("scope").value(licence.scope().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
		json.name("item").value(licence.item()); //$NON-NLS-1$
		json.name("origin").value(licence.origin().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
		json.endObject();
	}

	private static void evidence(JsonWriter json, @Nullable Evidence evidence) throws IOException {
		if (evidence == null) {
			json.nullValue();
			return;
		}
		json.beginObject();
		span(json, evidence.span());
		json.name("text").value(evidence.text()); //$NON-NLS-1$
		json.endObject();
	}

	private static void span(JsonWriter json, @Nullable TextSpan span) throws IOException {
		if (span == null) {
			json.name("start").nullValue(); //$NON-NLS-1$
			json.name("end").nullValue(); //$NON-NLS-1$
		} else {
			json.name("start").value(span.start()); //$NON-NLS-1$
			json.name("end").value(span.end()); //$NON-NLS-1$
		}
	}

	private static void attribution(JsonWriter json, SuggestedAttribution attribution) throws IOException {
		json.beginObject();
		json.name("language").value(attribution.language()); //$NON-NLS-1$
		json.name("text").value(attribution.text()); //$NON-NLS-1$
		json.name("html").value(attribution.html()); //$NON-NLS-1$
		json.name("markdown").value(attribution.markdown()); //$NON-NLS-1$
		json.endObject();
	}
}
