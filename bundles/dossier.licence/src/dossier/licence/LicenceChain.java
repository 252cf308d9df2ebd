// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.TextSpan;

/**
 * What an article was made from, as far as the caller knows: its originals, each with how the article derives
 * from it (a translation, a republication), the original's own analysis when it is in the corpus, and why the
 * caller thinks so. The checker hands it to every rule ({@link LicenceRule#check(LicenceAnalysis, Policy, LicenceChain)})
 * and writes the chain into the credit; the rules of the chain (contributed by {@code dossier.lineage}) read it.
 * <p>
 * This is how a rule learns of an article's lineage without this bundle knowing where lineage comes from: the
 * caller that has it (the lineage engine, a team's own provenance records) builds a chain per article and calls
 * {@link LicenceChecker#check(dossier.core.model.Article, LicenceChain)}. {@link #none()} when nothing is known.
 *
 * @param sources the article's originals, strongest first; empty when none is known
 */
public record LicenceChain(List<Source> sources) {

	private static final LicenceChain NONE = new LicenceChain(List.of());

	public LicenceChain {
		sources = List.copyOf(sources);
	}

	/** No known original. */
	public static LicenceChain none() {
		return NONE;
	}

	public boolean isEmpty() {
		return sources.isEmpty();
	}

	/** The originals the article is a translation of. */
	public List<Source> translations() {
		return sources.stream().filter(s -> s.relation() == Relation.TRANSLATION).toList();
	}

	/** How an article derives from its original. */
	public enum Relation {
		/** Another language: an adaptation (CC BY-SA 4.0 §1(a)). */
		TRANSLATION,
		/** The same text again, by another publisher or under another address: not an adaptation. */
		REPUBLICATION;

		/** {@code translation}, {@code republication}. */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * The licence an original is under, and where that was read.
	 *
	 * @param licence the licence
	 * @param statedOnOriginal true when the original's own text or metadata states it; false when it is its
	 *        publisher's policy (see {@code policy})
	 * @param policy the publisher's policy it comes from, when not stated on the original
	 */
	public record OriginalLicence(LicenceId licence, boolean statedOnOriginal, PublisherPolicies.@Nullable PublisherPolicy policy) {

		/** "stated on the original" or "by the policy of Lifegate (URL, read DATE)", in English, for messages. */
		public String basis() {
			PublisherPolicies.PublisherPolicy p = policy;
			return statedOnOriginal || p == null ? "stated on the original" //$NON-NLS-1$
					: "by the policy of " + p.publisher() + " (" + p.url() + ", read " + p.read() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	/**
	 * One original of the article.
	 *
	 * @param relation how the article derives from it
	 * @param id its article id when it is in the corpus, else null
	 * @param url its address (its source or canonical URL; for an original outside the corpus, the address that
	 *        identifies it), or null when unknown
	 * @param language its language (BCP 47), or null when unknown
	 * @param publisher its publisher as known, or null
	 * @param analysis what the checker read from it, when it is in the corpus; null outside the corpus
	 * @param score how sure the caller is, from 0 to 1
	 * @param confirmed whether an analyst confirmed the link
	 * @param why how the link was found, in words ("lineage: translation 0.85, suggested; url: …")
	 */
	public record Source(Relation relation, @Nullable String id, @Nullable String url, @Nullable String language,
			@Nullable String publisher, @Nullable LicenceAnalysis analysis, double score, boolean confirmed, String why) {

		/** An original in the corpus, with the checker's analysis of it. */
		public static Source inCorpus(Relation relation, LicenceAnalysis original, double score, boolean confirmed, String why) {
			String url = original.article().sourceUrl();
			if (url == null) {
				url = original.article().canonicalUrl();
			}
			String publisher = original.article().publisher();
			Evidence publisherElement = original.elements().publisher();
			if (publisher == null && publisherElement != null) {
				publisher = publisherElement.text();
			}
			return new Source(relation, original.article().id(), url, original.language(), publisher, original, score, confirmed, why);
		}

		/** An original outside the corpus, known by the address the article gives for it. */
		public static Source outside(Relation relation, String url, @Nullable String language, @Nullable String publisher, String why) {
			PublisherPolicies.PublisherPolicy policy = PublisherPolicies.builtIn().forUrl(url);
			return new Source(relation, null, url, language, publisher != null ? publisher : policy == null ? null : policy.publisher(),
					null, 1, false, why);
		}

		public boolean inCorpus() {
			return analysis != null;
		}

		/** The original's title, or "" when unknown. */
		public String title() {
			LicenceAnalysis a = analysis;
			return a == null ? "" : a.title().strip(); //$NON-NLS-1$
		}

		/** The original's creators as it names them (metadata first, then its text); empty when unknown. */
		public List<String> authors() {
			LicenceAnalysis a = analysis;
			if (a == null) {
				return List.of();
			}
			if (!a.article().authors().isEmpty()) {
				return a.article().authors();
			}
			return a.elements().authors().stream().map(Evidence::text).toList();
		}

		/**
		 * The original's licence: the one it states when it is in the corpus and states one, else its publisher's
		 * policy (by its address, then by its publisher's name); null when neither is known.
		 */
		public @Nullable OriginalLicence licence() {
			LicenceAnalysis a = analysis;
			DetectedLicence stated = a == null ? null : a.licence();
			if (stated != null && !stated.licence().family().equals(LicenceId.FAMILY_CC_UNSPECIFIED)) {
				return new OriginalLicence(stated.licence(), true, null);
			}
			PublisherPolicies policies = PublisherPolicies.builtIn();
			PublisherPolicies.PublisherPolicy policy = a != null ? policies.forArticle(a) : policies.forUrl(url);
			if (policy == null) {
				policy = policies.forName(publisher);
			}
			return policy == null ? null : new OriginalLicence(policy.licence(), false, policy);
		}

		/**
		 * The third-party items the original marks as not covered by its licence (an agency photograph), which stay
		 * excluded in whatever is made from it; an item credited to the original's own publisher or inside its licence
		 * statement is its licensor's, not a third party's. Empty outside the corpus.
		 */
		public List<ThirdPartyItem> exclusions() {
			LicenceAnalysis a = analysis;
			if (a == null) {
				return List.of();
			}
			Evidence publisherElement = a.elements().publisher();
			DetectedLicence licence = a.licence();
			String p = publisher;
			String name = p == null ? "" : p.toLowerCase(Locale.ROOT).strip(); //$NON-NLS-1$
			return a.thirdParty().stream().filter(item -> item.ownLicence() == null)
					.filter(item -> !overlap(publisherElement == null ? null : publisherElement.span(), item.credit().span())
							&& !(licence != null && overlap(licence.evidence().span(), item.credit().span()))
							&& (name.isEmpty() || !item.holder().toLowerCase(Locale.ROOT).contains(name)))
					.toList();
		}

		private static boolean overlap(@Nullable TextSpan x, @Nullable TextSpan y) {
			return x != null && y != null && x.overlaps(y);
		}

		/** How a message names it: "article 1a2b… (https://…)" or "https://… (not in the corpus)". */
		public String label() {
			String u = url;
			String address = u == null ? "" : u; //$NON-NLS-1$
			String i = id;
			if (i != null) {
				return "article " + i + (address.isEmpty() ? "" : " (" + address + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			return (address.isEmpty() ? "an original" : address) + " (not in the corpus)"; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
