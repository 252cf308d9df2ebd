// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.TextSpan;
import dossier.licence.AttributionElements;
import dossier.licence.Compatibility;
import dossier.licence.CompatibilityVerdict;
import dossier.licence.DetectedLicence;
import dossier.licence.Evidence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceId;
import dossier.licence.LicenceRule;
import dossier.licence.LicenceScope;
import dossier.licence.Policy;
import dossier.licence.PublisherPolicies;
import dossier.licence.RuleDescriptor;
import dossier.licence.Severity;
import dossier.licence.ThirdPartyItem;
import dossier.licence.Translation;
import dossier.licence.Violation;

/**
 * The built-in licence rules. Each is also declared in this bundle's plugin.xml as a contribution to
 * {@code dossier.licenceRules}, so the extension point is exercised; {@link #all()} serves plain Java.
 */
public final class BuiltInRules {

	static final String LEGAL_CODE_40 = "https://creativecommons.org/licenses/by-sa/4.0/legalcode.en"; //$NON-NLS-1$
	static final String LEGAL_CODE_30 = "https://creativecommons.org/licenses/by-sa/3.0/legalcode"; //$NON-NLS-1$
	static final String LEGAL_CODE_ND_40 = "https://creativecommons.org/licenses/by-nd/4.0/legalcode.en"; //$NON-NLS-1$
	static final String LEGAL_CODE_NC_40 = "https://creativecommons.org/licenses/by-nc/4.0/legalcode.en"; //$NON-NLS-1$

	private static final List<RuleDescriptor> ALL = List.of(
			rule("licence-missing", "CC BY-SA 4.0 §2(a)(1)", LEGAL_CODE_40, Severity.ERROR, Set.of(), new LicenceMissing()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("permission-required", "CC BY-SA 4.0 §2(a)(1)", LEGAL_CODE_40, Severity.WARNING, Set.of(), new PermissionRequired()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("licence-version-missing", "CC BY-SA 4.0 §3(a)(1)(C)", LEGAL_CODE_40, Severity.WARNING, Set.of(), new VersionMissing()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("licence-link-missing", "CC BY-SA 4.0 §3(a)(1)(C)", LEGAL_CODE_40, Severity.ERROR, Set.of(), new LinkMissing()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("title-missing", "CC BY-SA 3.0 §4(c)", LEGAL_CODE_30, Severity.WARNING, Set.of("1.0", "2.0", "2.1", "2.5", "3.0"), new TitleMissing()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			rule("creator-missing", "CC BY-SA 4.0 §3(a)(1)(A)(i)", LEGAL_CODE_40, Severity.WARNING, Set.of(), new CreatorMissing()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("source-link-missing", "CC BY-SA 4.0 §3(a)(1)(A)(v)", LEGAL_CODE_40, Severity.WARNING, Set.of(), new SourceLinkMissing()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("copyright-notice-not-retained", "CC BY-SA 4.0 §3(a)(1)(A)(ii)", LEGAL_CODE_40, Severity.WARNING, Set.of(), new CopyrightNotRetained()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("modification-notice-missing", "CC BY-SA 4.0 §3(a)(1)(B)", LEGAL_CODE_40, Severity.ERROR, Set.of(), new ModificationNoticeMissing()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("sharealike-broken", "CC BY-SA 4.0 §3(b)(1)", LEGAL_CODE_40, Severity.ERROR, Set.of(), new ShareAlikeBroken()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("nd-adaptation", "CC BY-ND 4.0 §2(a)(1)(B), §1(a)", LEGAL_CODE_ND_40, Severity.ERROR, Set.of(), new NoDerivativesAdapted()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("nc-commercial-use", "CC BY-NC 4.0 §1(i), §2(a)(1)", LEGAL_CODE_NC_40, Severity.ERROR, Set.of(), new NonCommercialUse()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("third-party-not-covered", "CC BY-SA 4.0 preamble; §1(h), §2(a)(1)", LEGAL_CODE_40, Severity.WARNING, Set.of(), new ThirdPartyNotCovered()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("conflicting-licences", "CC BY-SA 4.0 §2(a)(1), §3(b)(1)", LEGAL_CODE_40, Severity.ERROR, Set.of(), new ConflictingLicences()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("publisher-policy", "CC BY-SA 4.0 §2(a)(1), §3(a)(1)(C)", LEGAL_CODE_40, Severity.NOTE, Set.of(), new PublisherPolicyNote()), //$NON-NLS-1$ //$NON-NLS-2$
			rule("source-policy-conflict", "CC BY-SA 4.0 §2(a)(1), §2(a)(5)(B); CC BY-ND 4.0 §2(a)(1)(B)", LEGAL_CODE_40, Severity.WARNING, Set.of(), //$NON-NLS-1$ //$NON-NLS-2$
					new SourcePolicyConflict()));

	private BuiltInRules() {
	}

	public static List<RuleDescriptor> all() {
		return ALL;
	}

	private static RuleDescriptor rule(String id, String reference, String helpUri, Severity severity, Set<String> versions, LicenceRule rule) {
		return new RuleDescriptor(id, Messages.get("rule." + id + ".title"), reference, helpUri, severity, versions, rule); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Violation violation(String id, List<TextSpan> evidence, Object... arguments) {
		return new Violation(Messages.format("rule." + id + ".message", arguments), evidence, //$NON-NLS-1$ //$NON-NLS-2$
				Messages.format("rule." + id + ".fix", arguments)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean overlap(@Nullable TextSpan a, @Nullable TextSpan b) {
		return a != null && b != null && a.overlaps(b);
	}

	private static List<TextSpan> spans(Evidence... evidence) {
		List<TextSpan> spans = new ArrayList<>();
		for (Evidence e : evidence) {
			TextSpan span = e == null ? null : e.span();
			if (span != null) {
				spans.add(span);
			}
		}
		return spans;
	}

	/** An article licence that asks for attribution: CC BY-*, GFDL, or an unspecified CC licence. */
	private static boolean attributionLicence(@Nullable DetectedLicence licence) {
		if (licence == null) {
			return false;
		}
		LicenceId id = licence.licence();
		return id.isCreativeCommons() || id.family().equals(LicenceId.FAMILY_CC_UNSPECIFIED) || id.family().equals(LicenceId.FAMILY_GFDL);
	}

	public static final class LicenceMissing implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			return analysis.licence() == null ? List.of(violation("licence-missing", List.of())) : List.of(); //$NON-NLS-1$
		}
	}

	public static final class PermissionRequired implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			DetectedLicence licence = analysis.licence();
			if (licence == null || !licence.licence().needsPermission() || analysis.articleLicences().stream().anyMatch(l -> !l.licence().needsPermission())) {
				return List.of();
			}
			return List.of(violation("permission-required", spans(licence.evidence()), licence.evidence().text())); //$NON-NLS-1$
		}
	}

	public static final class VersionMissing implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			DetectedLicence licence = analysis.licence();
			if (!attributionLicence(licence) || licence.licence().version() != null) {
				return List.of();
			}
			return List.of(violation("licence-version-missing", spans(licence.evidence()), licence.licence().shortName())); //$NON-NLS-1$
		}
	}

	public static final class LinkMissing implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			DetectedLicence licence = analysis.licence();
			if (!attributionLicence(licence) || analysis.elements().licenceLink() != null) {
				return List.of();
			}
			String url = licence.licence().url();
			return List.of(violation("licence-link-missing", spans(licence.evidence()), licence.licence().shortName(), url == null ? "" : url)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	public static final class TitleMissing implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			DetectedLicence licence = analysis.licence();
			if (!attributionLicence(licence) || analysis.elements().title() != null) {
				return List.of();
			}
			return List.of(violation("title-missing", spans(licence.evidence()), licence.licence().shortName())); //$NON-NLS-1$
		}
	}

	public static final class CreatorMissing implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			AttributionElements elements = analysis.elements();
			if (!attributionLicence(analysis.licence()) || !elements.authors().isEmpty()) {
				return List.of();
			}
			String publisher = elements.publisher() == null ? "" : elements.publisher().text(); //$NON-NLS-1$
			return List.of(violation("creator-missing", spans(elements.publisher()), publisher)); //$NON-NLS-1$
		}
	}

	public static final class SourceLinkMissing implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			if (!attributionLicence(analysis.licence()) || analysis.elements().sourceUrl() != null) {
				return List.of();
			}
			return List.of(violation("source-link-missing", List.of())); //$NON-NLS-1$
		}
	}

	public static final class CopyrightNotRetained implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			Evidence notice = analysis.elements().copyrightNotice();
			if (notice == null || notice.span() != null || !attributionLicence(analysis.licence())) {
				return List.of();
			}
			return List.of(violation("copyright-notice-not-retained", List.of(), notice.text())); //$NON-NLS-1$
		}
	}

	public static final class ModificationNoticeMissing implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			Translation translation = analysis.translation();
			DetectedLicence licence = analysis.licence();
			if (!translation.detected() || analysis.elements().modificationNotice() != null
					|| licence != null && !attributionLicence(licence)) {
				return List.of();
			}
			String source = translation.sourceLanguage() == null ? "?" : Languages.displayName(translation.sourceLanguage(), "en"); //$NON-NLS-1$ //$NON-NLS-2$
			String target = Languages.displayName(translation.textLanguage(), "en"); //$NON-NLS-1$
			return List.of(violation("modification-notice-missing", spans(translation.evidence()), source, target)); //$NON-NLS-1$
		}
	}

	public static final class ShareAlikeBroken implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			LicenceId outgoing = policy.outgoingLicence();
			List<Violation> violations = new ArrayList<>();
			for (DetectedLicence licence : analysis.licences()) {
				if (outgoing == null || !licence.licence().shareAlike()) {
					continue;
				}
				CompatibilityVerdict verdict = Compatibility.check(List.of(licence.licence()), outgoing, policy.commercialUse(), true);
				if (!verdict.allowed()) {
					violations.add(violation("sharealike-broken", spans(licence.evidence()), licence.licence().shortName(), outgoing.shortName(), //$NON-NLS-1$
							String.join(" ", verdict.reasons()))); //$NON-NLS-1$
				}
			}
			return violations;
		}
	}

	public static final class NoDerivativesAdapted implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			List<Violation> violations = new ArrayList<>();
			for (DetectedLicence licence : analysis.articleLicences()) {
				if (licence.licence().noDerivatives() && analysis.adaptation()) {
					Evidence why = analysis.elements().modificationNotice() != null ? analysis.elements().modificationNotice() : analysis.translation().evidence();
					violations.add(violation("nd-adaptation", spans(licence.evidence(), why), licence.licence().shortName())); //$NON-NLS-1$
				}
			}
			return violations;
		}
	}

	public static final class NonCommercialUse implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			List<Violation> violations = new ArrayList<>();
			if (!policy.commercialUse()) {
				return violations;
			}
			for (DetectedLicence licence : analysis.licences()) {
				if (licence.licence().nonCommercial()) {
					violations.add(violation("nc-commercial-use", spans(licence.evidence()), licence.licence().shortName())); //$NON-NLS-1$
				}
			}
			return violations;
		}
	}

	public static final class ThirdPartyNotCovered implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			List<Violation> violations = new ArrayList<>();
			Evidence publisher = analysis.elements().publisher();
			DetectedLicence article = analysis.licence();
			boolean openArticle = article != null && article.licence().open();
			for (ThirdPartyItem item : analysis.thirdParty()) {
				boolean licensor = openArticle && publisher != null && overlap(publisher.span(), item.credit().span()); // "Source: Global Voices" under the article's CC BY: the licensor
				// "Republished with permission from X": the line that states the article's licence credits its licensor
				licensor |= article != null && overlap(article.evidence().span(), item.credit().span())
						&& article.scope() == LicenceScope.ARTICLE;
				if ((item.ownLicence() == null || !item.ownLicence().open()) && !licensor) {
					violations.add(violation("third-party-not-covered", spans(item.credit()), item.holder())); //$NON-NLS-1$
				}
			}
			return violations;
		}
	}

	public static final class ConflictingLicences implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			Set<String> families = new LinkedHashSet<>();
			List<Evidence> evidence = new ArrayList<>();
			boolean creativeCommons = false;
			for (DetectedLicence licence : analysis.articleLicences()) {
				LicenceId id = licence.licence();
				if (id.family().equals(LicenceId.FAMILY_CC_UNSPECIFIED)) {
					continue; // "Creative Commons" without elements agrees with any CC licence beside it
				}
				if (families.add(id.family())) {
					evidence.add(licence.evidence());
				}
				creativeCommons |= id.isCreativeCommons();
			}
			if (families.size() < 2) {
				return List.of();
			}
			return List.of(violation("conflicting-licences", spans(evidence.toArray(Evidence[]::new)), //$NON-NLS-1$
					String.join(", ", families.stream().map(f -> new LicenceId(f, null, null).shortName()).toList()), creativeCommons ? 1 : 0)); //$NON-NLS-1$
		}
	}

	/**
	 * What the publisher's own policy says when the page states no licence, no version, or only "Creative Commons":
	 * reported as a note of its own, never as the page's licence.
	 */
	public static final class PublisherPolicyNote implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			PublisherPolicies.PublisherPolicy known = PublisherPolicies.builtIn().forArticle(analysis);
			if (known == null) {
				return List.of();
			}
			DetectedLicence stated = analysis.licence();
			LicenceId id = stated == null ? null : stated.licence();
			boolean silent = id == null || id.family().equals(LicenceId.FAMILY_CC_UNSPECIFIED)
					|| id.version() == null && id.family().equals(known.licence().family()) && known.licence().version() != null;
			if (!silent) {
				return List.of();
			}
			return List.of(violation("publisher-policy", stated == null ? List.of() : spans(stated.evidence()), known.publisher(), //$NON-NLS-1$
					known.licence().shortName(), known.url(), known.read(), known.note()));
		}
	}

	/**
	 * The page states a licence other than its source publisher's policy (an Arabic "CC-BY-SA" translation of an
	 * article whose publisher licenses BY-NC-ND): both are reported with their evidence, neither replaces the other.
	 */
	public static final class SourcePolicyConflict implements LicenceRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			PublisherPolicies.PublisherPolicy known = PublisherPolicies.builtIn().forArticle(analysis);
			DetectedLicence stated = analysis.licence();
			if (known == null || stated == null || !stated.licence().open() || stated.licence().family().equals(known.licence().family())) {
				return List.of();
			}
			String consequence = known.licence().noDerivatives() && analysis.adaptation()
					? Messages.format("rule.source-policy-conflict.nd", known.licence().shortName()) //$NON-NLS-1$
					: ""; //$NON-NLS-1$
			return List.of(violation("source-policy-conflict", spans(stated.evidence(), analysis.elements().sourceUrl()), //$NON-NLS-1$
					stated.licence().shortName(), known.publisher(), known.licence().shortName(), known.url(), known.read(), consequence));
		}
	}
}
