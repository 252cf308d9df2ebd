// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.licence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dossier.core.model.Article;
import dossier.core.model.LicenceStatement;
import dossier.core.model.TextSpan;
import dossier.licence.AttributionElements;
import dossier.licence.DetectedLicence;
import dossier.licence.Evidence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceId;
import dossier.licence.LicenceReport;
import dossier.licence.LicenceScope;
import dossier.licence.Policy;
import dossier.licence.RuleDescriptor;

/**
 * Runs the licence engine over an article with the analyst's {@link AttributionRecord} applied: the engine reads
 * what the source states ({@link LicenceChecker#analyse(Article)}), the record's elements are laid over that
 * analysis (a confirmed licence version and link, creators, a modification notice), and then the rules run and
 * the credit is generated as usual. Third-party items the analyst excluded stay in the analysis (the credit names
 * them as excluded) but no longer make a finding; a recorded credit silences the rules it {@linkplain
 * AttributionRecord.Credit#covers() covers}. The rules run in the engine's one loop ({@link LicenceChecker#evaluate}).
 * Plain Java, thread-safe.
 */
public final class AttributedCheck {

	/** The rule about third-party material, whose findings an exclusion silences. */
	public static final String THIRD_PARTY_RULE = "third-party-not-covered"; //$NON-NLS-1$

	private final LicenceChecker checker;

	public AttributedCheck(List<RuleDescriptor> rules, Policy policy) {
		this.checker = new LicenceChecker(rules, policy);
	}

	public List<RuleDescriptor> rules() {
		return checker.rules();
	}

	public Policy policy() {
		return checker.policy();
	}

	/** What the engine reads in {@code article}, with the analyst's {@code record} laid over it; no rule runs. */
	public LicenceAnalysis analyse(Article article, AttributionRecord record) {
		return overlay(checker.analyse(article), record);
	}

	/** Checks {@code article} as the analyst's {@code record} completes it. */
	public LicenceReport check(Article article, AttributionRecord record) {
		Set<String> covered = record.credit() == null ? Set.of() : Set.copyOf(record.credit().covers());
		return checker.evaluate(analyse(article, record), rule -> !covered.contains(rule.id()),
				(rule, violation) -> !(THIRD_PARTY_RULE.equals(rule.id()) && excluded(article, violation.evidence(), record)));
	}

	private static boolean excluded(Article article, List<TextSpan> evidence, AttributionRecord record) {
		if (evidence.isEmpty() || record.excluded().isEmpty()) {
			return false;
		}
		TextSpan span = evidence.get(0);
		return span.end() <= article.text().length() && record.excluded().contains(article.textOf(span).strip());
	}

	/** {@code analysis} with the record's elements laid over it. */
	public static LicenceAnalysis overlay(LicenceAnalysis analysis, AttributionRecord record) {
		if (record.isEmpty()) {
			return analysis;
		}
		List<DetectedLicence> licences = new ArrayList<>(analysis.licences());
		DetectedLicence stated = analysis.licence();
		String recordLicence = record.licence();
		String recordLink = record.licenceLink();
		String recordNotice = record.modificationNotice();
		LicenceId confirmed = recordLicence == null ? null : LicenceId.parse(recordLicence);
		if (stated != null && (confirmed != null || recordLink != null)) {
			DetectedLicence replaced = new DetectedLicence(confirmed != null ? confirmed : stated.licence(), stated.evidence(),
					recordLink != null ? recordLink : stated.link(), stated.scope(), stated.item(),
					stated.origin(), stated.deedLanguage());
			licences.remove(stated);
			licences.add(0, replaced); // the article's licence is the first versioned article-scope one
		} else if (stated == null && confirmed != null && recordLicence != null) {
			licences.add(0, new DetectedLicence(confirmed, new Evidence(recordLicence, null), recordLink,
					LicenceScope.ARTICLE, null, LicenceStatement.Origin.META, null));
		}
		AttributionElements e = analysis.elements();
		List<Evidence> authors = new ArrayList<>(e.authors());
		record.creators().forEach(name -> authors.add(new Evidence(name, null)));
		Evidence licenceLink = recordLink != null ? new Evidence(recordLink, null) : e.licenceLink();
		Evidence modification = recordNotice != null ? new Evidence(recordNotice, null) : e.modificationNotice();
		AttributionElements elements = new AttributionElements(e.title(), authors, e.publisher(), e.sourceUrl(), licenceLink,
				e.copyrightNotice(), e.disclaimerNotice(), modification);
		return new LicenceAnalysis(analysis.article(), analysis.language(), analysis.title(), licences, elements,
				analysis.translation(), analysis.thirdParty(), analysis.mentions());
	}
}
