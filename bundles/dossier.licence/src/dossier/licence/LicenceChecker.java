// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import dossier.core.model.Article;
import dossier.licence.internal.Analyser;
import dossier.licence.internal.Messages;

/**
 * Finds the licence, attribution elements, translation and third-party material of an article and runs the
 * licence rules over them. Thread-safe; plain Java (runs without OSGi).
 *
 * <pre>
 * LicenceReport report = new LicenceChecker(LicenceRules.builtIn(), Policy.defaults()).check(article);
 * </pre>
 */
public final class LicenceChecker {

	private final List<RuleDescriptor> rules;
	private final Policy policy;
	private final AttributionGenerator generator = new AttributionGenerator();
	private final ChainAttributionGenerator chainCredit = new ChainAttributionGenerator();

	public LicenceChecker(List<RuleDescriptor> rules, Policy policy) {
		this.rules = List.copyOf(rules);
		this.policy = policy;
	}

	/** The built-in rules with the default policy. */
	public LicenceChecker() {
		this(LicenceRules.builtIn(), Policy.defaults());
	}

	public List<RuleDescriptor> rules() {
		return rules;
	}

	public Policy policy() {
		return policy;
	}

	/** Reads what the article says about its licence, without running rules. */
	public LicenceAnalysis analyse(Article article) {
		return Analyser.analyse(article);
	}

	/** Analyses an article given only as text (no importer metadata): everything is found in the text. */
	public LicenceReport checkText(String text) {
		return check(Article.builder(text).build());
	}

	public LicenceReport check(Article article) {
		return check(article, LicenceChain.none());
	}

	/**
	 * Checks an article knowing what it was made from: the rules receive {@code chain}, and the credit names the
	 * chain (the translation, its original's title, author, publisher and address) when it is not empty.
	 */
	public LicenceReport check(Article article, LicenceChain chain) {
		return evaluate(analyse(article), chain, rule -> true, (rule, violation) -> true);
	}

	/**
	 * Runs the enabled rules that apply to the analysis's licence and generates the credit: the one rule loop, for an
	 * analysis as the engine read it ({@link #check(Article)}) or as an analyst's attribution record completed it
	 * (the workspace's {@code AttributedCheck}). A rule that throws becomes a finding that says so.
	 *
	 * @param run which rules to run at all (a recorded credit covers some)
	 * @param keep which violations become findings (an item the analyst excluded no longer makes one)
	 */
	public LicenceReport evaluate(LicenceAnalysis analysis, Predicate<RuleDescriptor> run, BiPredicate<RuleDescriptor, Violation> keep) {
		return evaluate(analysis, LicenceChain.none(), run, keep);
	}

	/** {@link #evaluate(LicenceAnalysis, Predicate, BiPredicate)} with the article's originals (see {@link LicenceChain}). */
	public LicenceReport evaluate(LicenceAnalysis analysis, LicenceChain chain, Predicate<RuleDescriptor> run,
			BiPredicate<RuleDescriptor, Violation> keep) {
		DetectedLicence licence = analysis.licence();
		List<Finding> findings = new ArrayList<>();
		for (RuleDescriptor rule : rules) {
			if (!policy.enabled(rule.id()) || !run.test(rule) || !rule.appliesTo(licence == null ? null : licence.licence())) {
				continue;
			}
			List<Violation> violations;
			try {
				violations = rule.rule().check(analysis, policy, chain);
			} catch (RuntimeException e) {
				violations = List.of(new Violation(Messages.format("rule.failed", rule.id(), String.valueOf(e)), List.of(), //$NON-NLS-1$
						"")); //$NON-NLS-1$
			}
			for (Violation violation : violations) {
				if (keep.test(rule, violation)) {
					findings.add(new Finding(rule.id(), policy.severityOf(rule), violation.message(), rule.reference(),
							violation.evidence(), violation.fix()));
				}
			}
		}
		if (!chain.isEmpty()) {
			return new LicenceReport(analysis, findings, chainCredit.generate(analysis, chain, analysis.language()),
					chainCredit.generate(analysis, chain, "en")); //$NON-NLS-1$
		}
		return new LicenceReport(analysis, findings, generator.generate(analysis, analysis.language()),
				generator.generate(analysis, "en")); //$NON-NLS-1$
	}
}
