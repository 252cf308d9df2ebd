// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.licence;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.text.Normalizer;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.UrlKeys;
import dossier.core.model.Article;
import dossier.core.model.TextSpan;
import dossier.licence.ChainAttributionGenerator;
import dossier.licence.Compatibility;
import dossier.licence.CompatibilityVerdict;
import dossier.licence.DetectedLicence;
import dossier.licence.Evidence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChain;
import dossier.licence.LicenceId;
import dossier.licence.LicenceRule;
import dossier.licence.Policy;
import dossier.licence.RuleDescriptor;
import dossier.licence.Severity;
import dossier.licence.ThirdPartyItem;
import dossier.licence.Violation;

/**
 * The licence rules along the chain: a translation or republication checked against its original, as the
 * {@link LicenceChain} the caller builds ({@link LicenceChains}) tells it. Each rule reads only the chain (the
 * two-argument {@code check} finds nothing), so without lineage they are silent. Contributed to
 * {@code dossier.licenceRules} by this bundle's plugin.xml; {@link #all()} serves plain Java.
 * <ul>
 * <li>{@code chain-nd-adaptation} (error): a translation of BY-ND or BY-NC-ND material;</li>
 * <li>{@code chain-sharealike-broken} (error): a translation of BY-SA (or BY-NC-SA) material not under the same
 * licence elements, this version or later, or a BY-SA compatible licence (GPL-3.0 for BY-SA 4.0);</li>
 * <li>{@code chain-original-not-credited} (warning): the original's title, author, publisher or address is not
 * credited, or a translation does not say it is one;</li>
 * <li>{@code chain-third-party-dropped} (warning): material the original marks as third-party is not marked
 * in the copy;</li>
 * <li>{@code chain-licence-changed} (warning): a republication (the same text) states another licence than its
 * original's.</li>
 * </ul>
 * The original's licence is the one it states when it is in the corpus, else its publisher's known policy
 * ({@link LicenceChain.Source#licence()}); the message says which.
 */
public final class ChainRules {

	static final String LEGAL_CODE_SA_40 = "https://creativecommons.org/licenses/by-sa/4.0/legalcode.en"; //$NON-NLS-1$
	static final String LEGAL_CODE_ND_40 = "https://creativecommons.org/licenses/by-nd/4.0/legalcode.en"; //$NON-NLS-1$

	/** The rule ids. */
	public static final String ND_ADAPTATION = "chain-nd-adaptation", SHAREALIKE_BROKEN = "chain-sharealike-broken", //$NON-NLS-1$ //$NON-NLS-2$
			ORIGINAL_NOT_CREDITED = "chain-original-not-credited", THIRD_PARTY_DROPPED = "chain-third-party-dropped", //$NON-NLS-1$ //$NON-NLS-2$
			LICENCE_CHANGED = "chain-licence-changed"; //$NON-NLS-1$

	private static final String BUNDLE = "dossier.lineage.licence.messages"; //$NON-NLS-1$

	private static final List<RuleDescriptor> ALL = List.of(
			rule(ND_ADAPTATION, "CC BY-ND 4.0 §1(a), §2(a)(1)(B)", LEGAL_CODE_ND_40, Severity.ERROR, new NoDerivativesTranslated()), //$NON-NLS-1$
			rule(SHAREALIKE_BROKEN, "CC BY-SA 4.0 §3(b)(1)", LEGAL_CODE_SA_40, Severity.ERROR, new ShareAlikeTranslated()), //$NON-NLS-1$
			rule(ORIGINAL_NOT_CREDITED, "CC BY-SA 4.0 §3(a)(1)(A)(i), (v); §3(a)(1)(B)", LEGAL_CODE_SA_40, Severity.WARNING, new OriginalNotCredited()), //$NON-NLS-1$
			rule(THIRD_PARTY_DROPPED, "CC BY-SA 4.0 preamble; §1(h), §2(a)(1)", LEGAL_CODE_SA_40, Severity.WARNING, new ThirdPartyDropped()), //$NON-NLS-1$
			rule(LICENCE_CHANGED, "CC BY-SA 4.0 §2(a)(5)(A), §3(a)(1)(A)(iii)", LEGAL_CODE_SA_40, Severity.WARNING, new RepublicationLicenceChanged())); //$NON-NLS-1$

	private ChainRules() {
	}

	/** The chain rules, as plugin.xml declares them. */
	public static List<RuleDescriptor> all() {
		return ALL;
	}

	/** {@code rules} and, after them, the chain rules they lack (by id): a contribution of the same id stays. */
	public static List<RuleDescriptor> addTo(List<RuleDescriptor> rules) {
		Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
		for (RuleDescriptor rule : rules) {
			byId.put(rule.id(), rule);
		}
		for (RuleDescriptor rule : ALL) {
			byId.putIfAbsent(rule.id(), rule);
		}
		return new ArrayList<>(byId.values());
	}

	private static RuleDescriptor rule(String id, String reference, String helpUri, Severity severity, LicenceRule rule) {
		return new RuleDescriptor(id, message("rule." + id + ".title"), reference, helpUri, severity, Set.of(), rule); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String message(String key, Object... arguments) {
		try {
			String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), ChainRules.class.getClassLoader()).getString(key);
			return new MessageFormat(pattern, Locale.ROOT).format(arguments);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}

	private static Violation violation(String id, List<TextSpan> evidence, Object... arguments) {
		return new Violation(message("rule." + id + ".message", arguments), evidence, message("rule." + id + ".fix", arguments)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static List<TextSpan> spans(@Nullable Evidence... evidence) {
		List<TextSpan> spans = new ArrayList<>();
		for (Evidence e : evidence) {
			TextSpan span = e == null ? null : e.span();
			if (span != null && !spans.contains(span)) {
				spans.add(span);
			}
		}
		return spans;
	}

	/** The derived article's licence statement and the evidence that it is a translation, as spans. */
	private static List<TextSpan> translationSpans(LicenceAnalysis analysis) {
		DetectedLicence licence = analysis.licence();
		return spans(licence == null ? null : licence.evidence(), analysis.translation().evidence());
	}

	/** A rule that reads the chain; without one it finds nothing. */
	private abstract static class ChainRule implements LicenceRule {
		@Override
		public final List<Violation> check(LicenceAnalysis analysis, Policy policy) {
			return List.of();
		}

		@Override
		public abstract List<Violation> check(LicenceAnalysis analysis, Policy policy, LicenceChain chain);
	}

	/** {@value ChainRules#ND_ADAPTATION}: a translation of BY-ND or BY-NC-ND material. */
	public static final class NoDerivativesTranslated extends ChainRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy, LicenceChain chain) {
			List<Violation> violations = new ArrayList<>();
			for (LicenceChain.Source source : chain.translations()) {
				LicenceChain.OriginalLicence original = source.licence();
				if (original != null && original.licence().noDerivatives()) {
					String publisher = source.publisher();
					violations.add(violation(ND_ADAPTATION, translationSpans(analysis), source.label(), original.licence().shortName(),
							original.basis(), source.why(), publisher == null ? source.label() : publisher));
				}
			}
			return violations;
		}
	}

	/** {@value ChainRules#SHAREALIKE_BROKEN}: a translation of ShareAlike material under a licence ShareAlike does not allow. */
	public static final class ShareAlikeTranslated extends ChainRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy, LicenceChain chain) {
			List<Violation> violations = new ArrayList<>();
			for (LicenceChain.Source source : chain.translations()) {
				LicenceChain.OriginalLicence original = source.licence();
				if (original == null || !original.licence().shareAlike() || original.licence().noDerivatives()) {
					continue;
				}
				LicenceId required = original.licence();
				String allowed = required.shortName() + (required.family().equals("CC-BY-SA") && (required.version() == null || required.versionRank() >= 40) //$NON-NLS-1$
						? " or a later version, or GPL-3.0 (on CC's BY-SA compatible list)" : " or a later version"); //$NON-NLS-1$ //$NON-NLS-2$
				DetectedLicence own = analysis.licence();
				if (own == null) {
					violations.add(violation(SHAREALIKE_BROKEN, translationSpans(analysis), source.label(), required.shortName(), original.basis(),
							message("translation.none"), "", source.why(), allowed)); //$NON-NLS-1$ //$NON-NLS-2$
					continue;
				}
				CompatibilityVerdict verdict = Compatibility.check(List.of(required), own.licence(), policy.commercialUse(), true);
				if (!verdict.allowed()) {
					violations.add(violation(SHAREALIKE_BROKEN, translationSpans(analysis), source.label(), required.shortName(), original.basis(),
							message("translation.licence", own.licence().shortName()), String.join(" ", verdict.reasons()) + " ", source.why(), allowed)); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			return violations;
		}
	}

	/**
	 * {@value ChainRules#ORIGINAL_NOT_CREDITED}: the copy does not name its original's title, author, publisher or
	 * address (in its text or its metadata), or a translation does not say it is one. Only what is known of the
	 * original is asked for: an original outside the corpus is known by its address and publisher only. That a
	 * translation the checker recognised as one says so is {@code modification-notice-missing}'s business.
	 */
	public static final class OriginalNotCredited extends ChainRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy, LicenceChain chain) {
			List<Violation> violations = new ArrayList<>();
			Article article = analysis.article();
			String text = fold(article.text());
			for (LicenceChain.Source source : chain.sources()) {
				List<String> missing = new ArrayList<>();
				String title = source.title();
				if (!title.isEmpty() && !text.contains(fold(title))) {
					missing.add(message("element.title", title)); //$NON-NLS-1$
				}
				List<String> authors = source.authors();
				if (!authors.isEmpty() && authors.stream().noneMatch(a -> text.contains(fold(a)) || names(article.authors(), a))) {
					missing.add(message("element.author", String.join(", ", authors))); //$NON-NLS-1$ //$NON-NLS-2$
				}
				String publisher = source.publisher();
				if (publisher != null && !text.contains(fold(publisher)) && !names(publisherOf(analysis), publisher)) {
					missing.add(message("element.publisher", publisher)); //$NON-NLS-1$
				}
				String url = source.url();
				if (url != null && !credits(analysis, url, text)) {
					missing.add(message("element.link", url)); //$NON-NLS-1$
				}
				if (source.relation() == LicenceChain.Relation.TRANSLATION && !analysis.translation().detected()
						&& analysis.elements().modificationNotice() == null) {
					missing.add(message("element.translation")); //$NON-NLS-1$
				}
				if (!missing.isEmpty()) {
					String credit = new ChainAttributionGenerator().generate(analysis, new LicenceChain(List.of(source)), "en").text(); //$NON-NLS-1$
					violations.add(violation(ORIGINAL_NOT_CREDITED, spans(analysis.elements().sourceUrl()), source.relation().id(), source.label(),
							String.join("; ", missing), source.why(), credit)); //$NON-NLS-1$
				}
			}
			return violations;
		}

		private static List<String> publisherOf(LicenceAnalysis analysis) {
			List<String> publishers = new ArrayList<>();
			String publisher = analysis.article().publisher();
			if (publisher != null) {
				publishers.add(publisher);
			}
			Evidence element = analysis.elements().publisher();
			if (element != null) {
				publishers.add(element.text());
			}
			return publishers;
		}

		/** Whether the copy gives the original's address: in its text, or as its source or based-on address. */
		private static boolean credits(LicenceAnalysis analysis, String url, String foldedText) {
			String key = UrlKeys.key(url);
			if (key == null) {
				return foldedText.contains(fold(url));
			}
			Evidence element = analysis.elements().sourceUrl();
			for (String given : new String[] { analysis.article().sourceUrl(), analysis.article().basedOn(), element == null ? null : element.text() }) {
				if (key.equals(UrlKeys.key(given))) {
					return true;
				}
			}
			return foldedText.contains(key.toLowerCase(Locale.ROOT));
		}
	}

	/**
	 * {@value ChainRules#THIRD_PARTY_DROPPED}: an item the original marks as third-party (an agency photograph not
	 * under its licence) that the copy does not mark: the exclusion carries over, and the copy's licence cannot
	 * cover what the original's did not.
	 */
	public static final class ThirdPartyDropped extends ChainRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy, LicenceChain chain) {
			List<Violation> violations = new ArrayList<>();
			Set<String> kept = new HashSet<>();
			for (ThirdPartyItem item : analysis.thirdParty()) {
				kept.add(fold(item.holder()));
				item.holders().forEach(h -> kept.add(fold(h)));
			}
			String text = fold(analysis.article().text());
			for (LicenceChain.Source source : chain.sources()) {
				Set<String> reported = new HashSet<>();
				for (ThirdPartyItem item : source.exclusions()) {
					if (!reported.add(fold(item.holder()))) {
						continue;
					}
					boolean marked = kept.contains(fold(item.holder())) || text.contains(fold(item.holder()))
							|| item.holders().stream().anyMatch(h -> kept.contains(fold(h)));
					if (!marked) {
						violations.add(violation(THIRD_PARTY_DROPPED, List.of(), source.label(), item.credit().text(), source.relation().id(), source.why()));
					}
				}
			}
			return violations;
		}
	}

	/**
	 * {@value ChainRules#LICENCE_CHANGED}: a republication states a licence of another kind than its original's. A
	 * copy of the same text keeps its original's licence (every recipient receives the licensor's offer, §2(a)(5)(A),
	 * and the notice that refers to it must be retained, §3(a)(1)(A)(iii)); only the licensor can offer it under
	 * another. A translation's own licence is the ShareAlike and NoDerivatives rules' business.
	 */
	public static final class RepublicationLicenceChanged extends ChainRule {
		@Override
		public List<Violation> check(LicenceAnalysis analysis, Policy policy, LicenceChain chain) {
			List<Violation> violations = new ArrayList<>();
			DetectedLicence own = analysis.licence();
			if (own == null || own.licence().family().equals(LicenceId.FAMILY_CC_UNSPECIFIED)) {
				return violations;
			}
			for (LicenceChain.Source source : chain.sources()) {
				LicenceChain.OriginalLicence original = source.licence();
				if (source.relation() != LicenceChain.Relation.REPUBLICATION || original == null || original.licence().publicDomain()
						|| original.licence().family().equals(own.licence().family())) {
					continue;
				}
				violations.add(violation(LICENCE_CHANGED, spans(own.evidence()), source.label(), own.licence().shortName(),
						original.licence().shortName(), original.basis(), source.why()));
			}
			return violations;
		}
	}

	private static boolean names(List<String> names, String name) {
		String folded = fold(name);
		return names.stream().anyMatch(n -> fold(n).contains(folded));
	}

	/** For "does the text name it": NFC, lower case, white space collapsed, typographic quotes and apostrophes plain. */
	static String fold(@Nullable String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
				.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
