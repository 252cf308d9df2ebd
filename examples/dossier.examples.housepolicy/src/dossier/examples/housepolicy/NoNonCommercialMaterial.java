// SPDX-License-Identifier: EPL-2.0
package dossier.examples.housepolicy;

import java.util.ArrayList;
import java.util.List;

import dossier.core.model.TextSpan;
import dossier.licence.DetectedLicence;
import dossier.licence.Evidence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceRule;
import dossier.licence.LicenceScope;
import dossier.licence.Policy;
import dossier.licence.ThirdPartyItem;
import dossier.licence.Violation;

/**
 * House rule {@code house-no-nc}: a commercial newsroom publishes nothing under a NonCommercial licence (CC BY-NC,
 * BY-NC-SA, BY-NC-ND), whatever the policy's {@code commercialUse} says: the article's own licence, a licensed
 * item inside it (a photo under CC BY-NC), or a third-party credit that states an NC licence. Stateless.
 */
public final class NoNonCommercialMaterial implements LicenceRule {

	@Override
	public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
		List<Violation> violations = new ArrayList<>();
		for (DetectedLicence licence : analysis.licences()) {
			if (licence.licence().nonCommercial()) {
				String name = licence.licence().shortName();
				String message = licence.scope() == LicenceScope.ITEM && licence.item() != null
						? Messages.format("nc.item", licence.item(), name) //$NON-NLS-1$
						: Messages.format("nc.article", name); //$NON-NLS-1$
				violations.add(new Violation(message, spans(licence.evidence()), Messages.format("nc.fix"))); //$NON-NLS-1$
			}
		}
		for (ThirdPartyItem item : analysis.thirdParty()) {
			if (item.ownLicence() != null && item.ownLicence().nonCommercial()) {
				violations.add(new Violation(Messages.format("nc.item", item.credit().text(), item.ownLicence().shortName()), //$NON-NLS-1$
						spans(item.credit()), Messages.format("nc.fix"))); //$NON-NLS-1$
			}
		}
		return violations;
	}

	static List<TextSpan> spans(Evidence evidence) {
		return evidence == null || evidence.span() == null ? List.of() : List.of(evidence.span());
	}
}
