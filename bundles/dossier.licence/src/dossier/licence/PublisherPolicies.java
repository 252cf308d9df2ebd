// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Well-known publishers' own statements of the licence they publish under ({@code data/publisher-policies.tsv}:
 * domains, names, licence, the policy's URL and the date it was read). When a page states no licence, no version
 * or only "Creative Commons", the checker reports what the publisher's policy says as a separate finding, clearly
 * labelled as not stated on the page; when the page states another licence, it says that too. Immutable and
 * thread-safe; a team reads its own file with {@link #with(InputStream)} (the rules use {@link #builtIn()}).
 */
public final class PublisherPolicies {

	/**
	 * One publisher's policy.
	 *
	 * @param publisher the publisher's name
	 * @param licence the licence the policy names (no version when it names none)
	 * @param url where the policy was read
	 * @param read the date it was read (ISO)
	 * @param note what the policy says, in its words, and what it leaves out (third-party photos...)
	 */
	public record PublisherPolicy(List<String> domains, String publisher, List<String> names, LicenceId licence, String url, String read, String note) {
	}

	private static final PublisherPolicies BUILT_IN = new PublisherPolicies(List.of())
			.with(Objects.requireNonNull(PublisherPolicies.class.getResourceAsStream("data/publisher-policies.tsv"))); //$NON-NLS-1$

	private final List<PublisherPolicy> policies;

	private PublisherPolicies(List<PublisherPolicy> policies) {
		this.policies = List.copyOf(policies);
	}

	/** The policies shipped with Dossier. */
	public static PublisherPolicies builtIn() {
		return BUILT_IN;
	}

	public List<PublisherPolicy> policies() {
		return policies;
	}

	/** These policies and those of a data file in the same format; a later file's entry for a domain wins. */
	public PublisherPolicies with(InputStream data) {
		List<PublisherPolicy> added = new ArrayList<>();
		for (String[] f : DataFiles.rows(data, "publisher policies")) { //$NON-NLS-1$
			LicenceId licence = f.length > 2 ? LicenceId.parse(f[2].strip()) : null;
			if (f.length < 5 || licence == null) {
				continue;
			}
			List<String> domains = List.of(f[0].strip().toLowerCase(Locale.ROOT).split("\\|")); //$NON-NLS-1$
			List<String> names = List.of(f[1].strip().split("\\|")); //$NON-NLS-1$
			added.add(new PublisherPolicy(domains, names.get(0), names, licence, f[3].strip(), f[4].strip(), f.length > 5 ? f[5].strip() : "")); //$NON-NLS-1$
		}
		List<PublisherPolicy> all = new ArrayList<>(added);
		for (PublisherPolicy old : policies) {
			if (added.stream().noneMatch(p -> p.domains().stream().anyMatch(old.domains()::contains))) {
				all.add(old);
			}
		}
		return new PublisherPolicies(all);
	}

	/** The policy of the site at {@code url} (its host or a parent domain: "fr.globalvoices.org"), or null. */
	public @Nullable PublisherPolicy forUrl(@Nullable String url) {
		return Hosts.siteOf(url, policies, PublisherPolicy::domains);
	}

	/** The policy of a publisher named {@code name} (any of its names, ignoring case), or null. */
	public @Nullable PublisherPolicy forName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		for (PublisherPolicy policy : policies) {
			for (String n : policy.names()) {
				if (n.equalsIgnoreCase(name.strip())) {
					return policy;
				}
			}
		}
		return null;
	}

	/** The policy of an article's source: by its source URL (metadata or text), else by its publisher's name. */
	public @Nullable PublisherPolicy forArticle(LicenceAnalysis analysis) {
		PublisherPolicy policy = null;
		if (analysis.elements().sourceUrl() != null) {
			policy = forUrl(analysis.elements().sourceUrl().text());
		}
		if (policy == null) {
			policy = forUrl(analysis.article().sourceUrl());
		}
		if (policy == null && analysis.elements().publisher() != null) {
			policy = forName(analysis.elements().publisher().text());
		}
		return policy != null ? policy : forName(analysis.article().publisher());
	}
}
