// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import dossier.licence.Compatibility;
import dossier.licence.CompatibilityVerdict;
import dossier.licence.DetectedLicence;
import dossier.licence.Finding;
import dossier.licence.LicenceId;
import dossier.licence.RuleDescriptor;
import dossier.licence.ThirdPartyItem;
import dossier.licence.report.CheckedArticle;
import dossier.licence.report.SarifReport;
import dossier.ui.Counts;
import dossier.workspace.licence.ArticleLicenceChecks;

/**
 * Writes the corpus licence report: HTML for people (charts, counts per licence and per rule, the articles reusable
 * in an adaptation under the chosen outgoing licence, the third-party items) and SARIF 2.1.0 for tools (the
 * engine's {@link SarifReport}). Plain Java.
 */
public final class LicenceReportWriter {

	/** A checked article with where it lives. */
	public record Entry(String path, ArticleLicenceChecks.Checked checked) {
	}

	private LicenceReportWriter() {
	}

	public static String sarif(List<Entry> entries, List<RuleDescriptor> rules) throws IOException {
		StringWriter out = new StringWriter();
		SarifReport.write(entries.stream().map(e -> new CheckedArticle(e.path(), e.checked().report())).toList(), rules,
				"0.1.0", out); //$NON-NLS-1$
		return out.toString();
	}

	/**
	 * @param outgoing the licence the reuse would be offered under
	 * @param commercial whether that use is commercial
	 */
	public static String html(String corpusName, List<Entry> entries, LicenceId outgoing, boolean commercial) {
		return html(corpusName, entries, outgoing, commercial, ""); //$NON-NLS-1$
	}

	/**
	 * @param outgoing the licence the reuse would be offered under
	 * @param commercial whether that use is commercial
	 * @param charts inline {@code <svg>} elements shown under the summary ({@link ReportCharts}), or empty
	 */
	public static String html(String corpusName, List<Entry> entries, LicenceId outgoing, boolean commercial,
			String charts) {
		Map<String, Integer> perLicence = new TreeMap<>();
		Map<String, int[]> perRule = new TreeMap<>();
		StringBuilder reusable = new StringBuilder();
		StringBuilder thirdParty = new StringBuilder();
		int reusableCount = 0;
		for (Entry entry : entries) {
			DetectedLicence licence = entry.checked().report().analysis().licence();
			String id = licence == null ? Messages.Report_noLicence : licence.licence().id();
			perLicence.merge(id, 1, Integer::sum);
			for (Finding finding : entry.checked().report().findings()) {
				int[] counts = perRule.computeIfAbsent(finding.rule(), k -> new int[3]);
				counts[finding.severity().ordinal()]++;
			}
			String title = entry.checked().report().analysis().title();
			String verdictText;
			boolean allowed;
			if (licence == null) {
				allowed = false;
				verdictText = Messages.Report_noLicenceReason;
			} else {
				CompatibilityVerdict verdict = Compatibility.check(List.of(licence.licence()), outgoing, commercial, true);
				allowed = verdict.allowed();
				verdictText = String.join(" ", verdict.reasons()); //$NON-NLS-1$
			}
			if (allowed) {
				reusableCount++;
			}
			reusable.append("<tr><td>").append(esc(entry.path())).append("</td><td dir=\"auto\">").append(esc(title)) //$NON-NLS-1$ //$NON-NLS-2$
					.append("</td><td>").append(esc(id)).append("</td><td class=\"").append(allowed ? "yes" : "no").append("\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					.append(allowed ? Messages.Report_yes : Messages.Report_no).append("</td><td>").append(esc(verdictText)) //$NON-NLS-1$
					.append("</td></tr>\n"); //$NON-NLS-1$
			for (ThirdPartyItem item : entry.checked().report().analysis().thirdParty()) {
				boolean excluded = entry.checked().record().excluded().contains(item.credit().text().strip());
				thirdParty.append("<tr><td>").append(esc(entry.path())).append("</td><td dir=\"auto\">").append(esc(item.credit().text())) //$NON-NLS-1$ //$NON-NLS-2$
						.append("</td><td dir=\"auto\">").append(esc(item.holder())).append("</td><td>") //$NON-NLS-1$ //$NON-NLS-2$
						.append(item.ownLicence() != null ? esc(item.ownLicence().id()) : excluded ? Messages.Report_excluded : Messages.Report_notCovered)
						.append("</td></tr>\n"); //$NON-NLS-1$
			}
		}
		StringBuilder out = new StringBuilder();
		out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(esc(title(corpusName))) //$NON-NLS-1$
				.append("</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;text-align:start}" //$NON-NLS-1$
						+ ".yes{color:#060}.no{color:#a00}.charts svg{display:block;margin:0 0 1em;max-width:100%;height:auto}</style></head><body>\n"); //$NON-NLS-1$
		out.append("<h1>").append(esc(title(corpusName))).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		out.append("<p>").append(esc(Counts.format(Messages.Report_summary, new Object[] { entries.size(), //$NON-NLS-1$
				outgoing.id(), commercial ? Messages.Report_commercial : Messages.Report_nonCommercial, reusableCount }))).append("</p>\n"); //$NON-NLS-1$
		if (!charts.isEmpty()) {
			out.append("<h2>").append(esc(Messages.Report_charts)).append("</h2>\n<div class=\"charts\">\n").append(charts) //$NON-NLS-1$ //$NON-NLS-2$
					.append("</div>\n"); //$NON-NLS-1$
		}
		out.append("<h2>").append(esc(Messages.Report_perLicence)).append("</h2>\n<table><tr><th>") //$NON-NLS-1$ //$NON-NLS-2$
				.append(esc(Messages.Report_licence)).append("</th><th>").append(esc(Messages.Report_articles)).append("</th></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		perLicence.forEach((id, n) -> out.append("<tr><td>").append(esc(id)).append("</td><td>").append(n).append("</td></tr>\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.append("</table>\n<h2>").append(esc(Messages.Report_perRule)).append("</h2>\n<table><tr><th>") //$NON-NLS-1$ //$NON-NLS-2$
				.append(esc(Messages.Report_rule)).append("</th><th>error</th><th>warning</th><th>note</th></tr>\n"); //$NON-NLS-1$
		perRule.forEach((rule, n) -> out.append("<tr><td>").append(esc(rule)).append("</td><td>").append(n[0]).append("</td><td>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(n[1]).append("</td><td>").append(n[2]).append("</td></tr>\n")); //$NON-NLS-1$ //$NON-NLS-2$
		out.append("</table>\n<h2>").append(esc(NLS.bind(Messages.Report_reusable, outgoing.id()))) //$NON-NLS-1$
				.append("</h2>\n<table><tr><th>").append(esc(Messages.Report_article)).append("</th><th>").append(esc(Messages.Report_title)) //$NON-NLS-1$ //$NON-NLS-2$
				.append("</th><th>").append(esc(Messages.Report_licence)).append("</th><th>").append(esc(Messages.Report_allowed)) //$NON-NLS-1$ //$NON-NLS-2$
				.append("</th><th>").append(esc(Messages.Report_why)).append("</th></tr>\n").append(reusable); //$NON-NLS-1$ //$NON-NLS-2$
		out.append("</table>\n<h2>").append(esc(Messages.Report_thirdParty)).append("</h2>\n<table><tr><th>") //$NON-NLS-1$ //$NON-NLS-2$
				.append(esc(Messages.Report_article)).append("</th><th>").append(esc(Messages.Report_credit)).append("</th><th>") //$NON-NLS-1$ //$NON-NLS-2$
				.append(esc(Messages.Report_holder)).append("</th><th>").append(esc(Messages.Report_status)).append("</th></tr>\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append(thirdParty).append("</table>\n</body></html>\n"); //$NON-NLS-1$
		return out.toString();
	}

	private static String title(String corpusName) {
		return NLS.bind(Messages.Report_title_corpus, corpusName);
	}

	static String esc(String s) {
		return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
	}
}
