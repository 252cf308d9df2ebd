// SPDX-License-Identifier: EPL-2.0
package dossier.licence.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import dossier.core.model.TextSpan;
import dossier.licence.DetectedLicence;
import dossier.licence.Finding;
import dossier.licence.LicenceAnalysis;

/** Writes {@code dossier check --format text}: compiler-style lines {@code path:line:column: severity: message [rule]}. */
public final class TextReport {

	private TextReport() {
	}

	public static void write(List<CheckedArticle> articles, Writer out) throws IOException {
		for (CheckedArticle checked : articles) {
			LicenceAnalysis analysis = checked.report().analysis();
			LineIndex lines = new LineIndex(checked.regionText());
			DetectedLicence licence = analysis.licence();
			out.write(checked.path() + ": licence " + (licence == null ? "none" : licence.licence().id() //$NON-NLS-1$ //$NON-NLS-2$
					+ (licence.versionStated() ? "" : " (version not stated)")) + ", language " + analysis.language() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ (analysis.translation().detected() ? ", translation from " + analysis.translation().sourceLanguage() : "") + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (Finding finding : checked.report().findings()) {
				TextSpan span = finding.evidence().isEmpty() ? null : checked.toRegion(finding.evidence().get(0));
				String where = span == null ? "" : ":" + lines.line(span.start()) + ":" + lines.column(span.start()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				out.write(checked.path() + where + ": " + finding.severity().sarifLevel() + ": " + finding.message() + " [" + finding.rule() + "]\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			out.write("  credit: " + checked.report().attribution().text() + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			if (!checked.report().attribution().language().equals("en")) { //$NON-NLS-1$
				out.write("  credit (en): " + checked.report().attributionEnglish().text() + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		out.flush();
	}
}
