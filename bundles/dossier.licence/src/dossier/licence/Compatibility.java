// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The compatibility engine: may material under {@code sources} be shared, as an adaptation or as is, under an
 * intended licence and use? Follows the CC legal code and CC's compatibility list: BY may go into BY-SA (one
 * way), BY-SA may not become BY, BY-SA and BY-NC-SA cannot be combined, ND allows no shared adaptation, NC no
 * commercial use, CC0, the Public Domain Mark and public-domain statements impose nothing, BY-SA 4.0 may go into GPL-3.0
 * (one way), the Open Government Licence and the Licence Ouverte ask for attribution only (like CC BY).
 */
public final class Compatibility {

	private Compatibility() {
	}

	/**
	 * @param sources the licences of the material combined
	 * @param outgoing the licence the reuse will be offered under
	 * @param commercial whether the use is commercial
	 * @param adaptation whether the reuse adapts the material (a translation is an adaptation; format shifting is not)
	 */
	public static CompatibilityVerdict check(List<LicenceId> sources, LicenceId outgoing, boolean commercial, boolean adaptation) {
		List<String> reasons = new ArrayList<>();
		boolean allowed = true;
		for (LicenceId source : sources) {
			String why = refusal(source, outgoing, commercial, adaptation);
			if (why != null) {
				allowed = false;
				reasons.add(why);
			} else {
				reasons.add(source.shortName() + ": allows " + (adaptation ? "an adaptation" : "sharing") + " under " + outgoing.shortName() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ (source.shareAlike() && source.version() == null ? " if its unstated version is 4.0 or compatible" : "") + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		long shareAlikeFamilies = sources.stream().filter(LicenceId::shareAlike).map(LicenceId::family).distinct().count();
		if (adaptation && shareAlikeFamilies > 1) {
			allowed = false;
			reasons.add("Different ShareAlike licences (" + String.join(", ", sources.stream().filter(LicenceId::shareAlike) //$NON-NLS-1$ //$NON-NLS-2$
					.map(LicenceId::shortName).distinct().toList()) + ") each require their own licence for the adaptation: they cannot be combined."); //$NON-NLS-1$
		}
		return new CompatibilityVerdict(allowed, reasons);
	}

	private static @Nullable String refusal(LicenceId source, LicenceId outgoing, boolean commercial, boolean adaptation) {
		String name = source.shortName();
		if (source.publicDomain()) {
			return null;
		}
		if (source.needsPermission() || source.family().equals(LicenceId.FAMILY_CC_UNSPECIFIED)) {
			return name + ": no licence grants reuse; the holder's permission is needed."; //$NON-NLS-1$
		}
		if (source.family().equals(LicenceId.FAMILY_GFDL)) {
			return outgoing.family().equals(LicenceId.FAMILY_GFDL) ? null
					: name + ": GFDL material may only be redistributed under the GFDL."; //$NON-NLS-1$
		}
		if (source.family().equals(LicenceId.FAMILY_OGL) || source.family().equals(LicenceId.FAMILY_ETALAB)) {
			// attribution only, like CC BY (the OGL v3.0 and the Licence Ouverte 2.0 both declare compatibility with CC BY)
			return adaptation && outgoing.publicDomain()
					? name + ": attribution is required, so the adaptation cannot be dedicated to the public domain." //$NON-NLS-1$
					: null;
		}
		if (!source.isCreativeCommons()) {
			return name + ": not a licence the checker can reason about."; //$NON-NLS-1$
		}
		if (source.nonCommercial() && commercial) {
			return name + ": NonCommercial material may not be used commercially (§1(i), §2(a)(1))."; //$NON-NLS-1$
		}
		if (source.noDerivatives() && adaptation) {
			return name + ": NoDerivatives allows no sharing of adaptations, translations included (§2(a)(1)(B))."; //$NON-NLS-1$
		}
		if (!adaptation) {
			// verbatim sharing: the material keeps its own licence whatever else the collection carries
			return null;
		}
		if (source.nonCommercial() && !outgoing.nonCommercial() && !outgoing.publicDomain()) {
			return name + ": an adaptation of NonCommercial material cannot be offered under " + outgoing.shortName() + ", which allows commercial use."; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (source.shareAlike()) {
			return shareAlike(source, outgoing);
		}
		// BY, BY-NC: the adapter's licence is free as long as it does not prevent compliance
		if (outgoing.publicDomain()) {
			return name + ": attribution is required, so the adaptation cannot be dedicated to the public domain."; //$NON-NLS-1$
		}
		return null;
	}

	private static @Nullable String shareAlike(LicenceId source, LicenceId outgoing) {
		String name = source.shortName();
		if (outgoing.family().equals(LicenceId.FAMILY_GPL) && source.family().equals("CC-BY-SA") //$NON-NLS-1$
				&& (source.version() == null || source.versionRank() >= 40) && (outgoing.version() == null || outgoing.versionRank() >= 30)) {
			return null; // CC's BY-SA compatible list: GPLv3, one way (2015)
		}
		if (!outgoing.family().equals(source.family())) {
			return name + ": ShareAlike requires the adaptation under a licence with the same elements (" + source.family() //$NON-NLS-1$
					+ ") or a BY-SA compatible licence, not " + outgoing.shortName() + " (§3(b)(1))."; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (source.version() != null && outgoing.version() != null && outgoing.versionRank() < source.versionRank()) {
			return name + ": ShareAlike allows this version or a later one, not " + outgoing.shortName() + " (§3(b)(1))."; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return null;
	}
}
