// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

import dossier.licence.Compatibility;
import dossier.licence.CompatibilityVerdict;
import dossier.licence.DetectedLicence;
import dossier.licence.LicenceId;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.LicencePreferences;

/**
 * "Can these be combined?": whether several articles can go into one adaptation under the intended outgoing
 * licence and use (the first article's project's settings; CC BY-SA 4.0, non-commercial, when none is set), why,
 * and the combined credit (each article's English credit, one per line, then the adaptation's licence).
 */
public record Combination(List<ArticleLicenceChecks.Checked> articles, LicenceId outgoing, boolean commercial,
		CompatibilityVerdict verdict, String credit) {

	/** Checks {@code refs} and answers (not on the UI thread). */
	public static Combination of(List<ArticleRef> refs) throws IOException, CoreException {
		List<ArticleLicenceChecks.Checked> checked = new ArrayList<>();
		for (ArticleRef ref : refs) {
			checked.add(ArticleLicenceChecks.check(ref.project(), ref.id()));
		}
		LicenceId outgoing = refs.isEmpty() ? null : LicencePreferences.outgoingLicence(refs.get(0).project());
		if (outgoing == null) {
			outgoing = Objects.requireNonNull(LicenceId.parse(LicenceReportJob.DEFAULT_OUTGOING));
		}
		boolean commercial = !refs.isEmpty() && LicencePreferences.commercialUse(refs.get(0).project());
		List<LicenceId> licences = new ArrayList<>();
		for (ArticleLicenceChecks.Checked each : checked) {
			DetectedLicence licence = each.report().analysis().licence();
			licences.add(licence == null ? new LicenceId(LicenceId.FAMILY_ALL_RIGHTS_RESERVED, null, null) : licence.licence());
		}
		CompatibilityVerdict verdict = Compatibility.check(licences, outgoing, commercial, true);
		StringBuilder credit = new StringBuilder();
		for (ArticleLicenceChecks.Checked each : checked) {
			credit.append("• ").append(each.report().attributionEnglish().text()).append('\n'); //$NON-NLS-1$
		}
		credit.append(NLS.bind(Messages.Combine_adaptationLicence, outgoing.shortName(),
				outgoing.url() == null ? "" : outgoing.url())); //$NON-NLS-1$
		return new Combination(checked, outgoing, commercial, verdict, credit.toString());
	}
}
