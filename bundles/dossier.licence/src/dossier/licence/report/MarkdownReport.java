// SPDX-License-Identifier: EPL-2.0
package dossier.licence.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.TextSpan;
import dossier.licence.AttributionElements;
import dossier.licence.DetectedLicence;
import dossier.licence.Evidence;
import dossier.licence.Finding;
import dossier.licence.LicenceAnalysis;
import dossier.licence.ThirdPartyItem;

/** Writes {@code dossier check --format markdown}: one section per article, for a review or a pull request. */
public final class MarkdownReport {

	private MarkdownReport() {
	}

	public static void write(List<CheckedArticle> articles, Writer out) throws IOException {
		out.write("# Licence check\n\n"); //$NON-NLS-1$
		for (CheckedArticle checked : articles) {
			LicenceAnalysis analysis = checked.report().analysis();
			LineIndex lines = new LineIndex(checked.regionText());
			out.write("## " + cell(checked.path()) + "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
			DetectedLicence licence = analysis.licence();
			AttributionElements e = analysis.elements();
			out.write("| Element | Found |\n|---|---|\n"); //$NON-NLS-1$
			row(out, "Language", analysis.language()); //$NON-NLS-1$
			row(out, "Licence", licence == null ? "—" : "`" + licence.licence().id() + "`" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ (licence.versionStated() ? "" : " (version not stated)") + " — " + quote(licence.evidence(), checked, lines)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			row(out, "Title", quote(e.title(), checked, lines)); //$NON-NLS-1$
			row(out, "Creators", e.authors().isEmpty() ? "—" : String.join(", ", e.authors().stream().map(a -> quote(a, checked, lines)).toList())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			row(out, "Publisher", quote(e.publisher(), checked, lines)); //$NON-NLS-1$
			row(out, "Source URL", quote(e.sourceUrl(), checked, lines)); //$NON-NLS-1$
			row(out, "Licence link", quote(e.licenceLink(), checked, lines)); //$NON-NLS-1$
			row(out, "Copyright notice", quote(e.copyrightNotice(), checked, lines)); //$NON-NLS-1$
			row(out, "Modification notice", quote(e.modificationNotice(), checked, lines)); //$NON-NLS-1$
			row(out, "Translation", analysis.translation().detected() ? "yes, from " //$NON-NLS-1$ //$NON-NLS-2$
					+ (analysis.translation().sourceLanguage() == null ? "?" : analysis.translation().sourceLanguage()) //$NON-NLS-1$
					+ " (" + analysis.translation().basis().name().toLowerCase(Locale.ROOT) + ")" : "no"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.write('\n');
			if (!analysis.thirdParty().isEmpty()) {
				out.write("**Third-party material** (not covered by the article's licence):\n\n"); //$NON-NLS-1$
				for (ThirdPartyItem item : analysis.thirdParty()) {
					out.write("- " + quote(item.credit(), checked, lines) + " — holder: " + cell(item.holder()) + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				out.write('\n');
			}
			out.write("**Findings**\n\n"); //$NON-NLS-1$
			if (checked.report().findings().isEmpty()) {
				out.write("None.\n"); //$NON-NLS-1$
			}
			for (Finding finding : checked.report().findings()) {
				TextSpan span = finding.evidence().isEmpty() ? null : checked.toRegion(finding.evidence().get(0));
				String where = span == null ? "" : " (line " + lines.line(span.start()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				out.write("- **" + finding.severity().sarifLevel() + "** `" + finding.rule() + "`" + where + ": " + cell(finding.message()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ " *" + finding.reference() + "*. Fix: " + cell(finding.fix()) + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			out.write("\n**Suggested attribution**\n\n> " + checked.report().attribution().markdown() + "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
			if (!checked.report().attribution().language().equals("en")) { //$NON-NLS-1$
				out.write("> " + checked.report().attributionEnglish().markdown() + "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		out.flush();
	}

	private static void row(Writer out, String name, String value) throws IOException {
		out.write("| " + name + " | " + value + " |\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String quote(@Nullable Evidence evidence, CheckedArticle checked, LineIndex lines) {
		if (evidence == null) {
			return "—"; //$NON-NLS-1$
		}
		TextSpan found = evidence.span();
		TextSpan span = found == null ? null : checked.toRegion(found);
		String where = span == null ? " (metadata)" : " (line " + lines.line(span.start()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return "“" + cell(evidence.text()) + "”" + where; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String cell(String s) {
		return s.replace("|", "\\|").replace("\n", " ").replace("*", "\\*").replace("_", "\\_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}
}
