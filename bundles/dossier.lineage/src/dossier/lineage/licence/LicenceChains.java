// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.licence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.UrlKeys;
import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.licence.Evidence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChain;
import dossier.licence.LicenceChecker;
import dossier.licence.PublisherPolicies;
import dossier.licence.Translation;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;

/**
 * The {@link LicenceChain} of each article of a corpus, from its lineage links: the articles it is a directed
 * translation or republication of (links not rejected, confirmed ones first, then by score), each with the
 * checker's analysis of it; and, when the article is a translation whose original is not in the corpus, that
 * original as its address identifies it (the address the article gives in another language, or its declared
 * {@code basedOn}), so its publisher's known policy still applies. Originals are analysed once and cached; not
 * thread-safe.
 *
 * <pre>
 * LicenceChains chains = LicenceChains.of(corpus, Lineage.current(corpus), checker);
 * LicenceAnalysis analysis = checker.analyse(article);
 * LicenceReport report = checker.evaluate(analysis, chains.chainOf(analysis), rule -&gt; true, (rule, v) -&gt; true);
 * </pre>
 */
public final class LicenceChains {

	/** Where the originals are read: a corpus, or a map in a test. */
	@FunctionalInterface
	public interface Articles {
		Optional<Article> get(String id) throws IOException;
	}

	private final Map<String, List<LineageLink>> byCopy = new HashMap<>();
	private final Articles articles;
	private final LicenceChecker checker;
	private final Map<String, LicenceAnalysis> analysed = new HashMap<>();

	/**
	 * @param links the corpus's links (rejected ones and those that are not derivations are left out here)
	 * @param articles where the originals are read
	 * @param checker analyses the originals
	 */
	public LicenceChains(List<LineageLink> links, Articles articles, LicenceChecker checker) {
		this.articles = articles;
		this.checker = checker;
		for (LineageLink link : links) {
			if (link.directed() && link.status() != LinkStatus.REJECTED
					&& (link.type() == LinkType.TRANSLATION || link.type() == LinkType.REPUBLICATION)) {
				byCopy.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
			}
		}
		Comparator<LineageLink> order = Comparator.comparing((LineageLink l) -> l.status() != LinkStatus.CONFIRMED)
				.thenComparing(Comparator.comparingDouble(LineageLink::score).reversed()).thenComparing(LineageLink::from);
		byCopy.values().forEach(list -> list.sort(order));
	}

	/** The chains of the articles of {@code corpus}, from {@code links} (see {@code Lineage.current}). */
	public static LicenceChains of(Corpus corpus, List<LineageLink> links, LicenceChecker checker) {
		return new LicenceChains(links, corpus::get, checker);
	}

	/** Whether any article has an original in the corpus. */
	public boolean hasLinks() {
		return !byCopy.isEmpty();
	}

	/**
	 * The chain of the analysed article: its originals in the corpus, then the original outside it that its own
	 * text or metadata names, if any and not already among them.
	 *
	 * @throws IOException when an original cannot be read
	 */
	public LicenceChain chainOf(LicenceAnalysis analysis) throws IOException {
		analysed.putIfAbsent(analysis.article().id(), analysis); // an article checked now is not analysed again as another's original
		List<LicenceChain.Source> sources = new ArrayList<>();
		List<String> addresses = new ArrayList<>();
		for (LineageLink link : byCopy.getOrDefault(analysis.article().id(), List.of())) {
			LicenceAnalysis original = analysed.get(link.from());
			if (original == null) {
				Optional<Article> article = articles.get(link.from());
				if (article.isEmpty()) {
					continue; // a link to an article since deleted
				}
				original = checker.analyse(article.get());
				analysed.put(link.from(), original);
			}
			LicenceChain.Relation relation = link.type() == LinkType.TRANSLATION ? LicenceChain.Relation.TRANSLATION
					: LicenceChain.Relation.REPUBLICATION;
			LicenceChain.Source source = LicenceChain.Source.inCorpus(relation, original, link.score(), link.status() == LinkStatus.CONFIRMED,
					String.format(Locale.ROOT, "lineage: %s %.2f, %s", link.type().id(), link.score(), link.status().id())); //$NON-NLS-1$
			sources.add(source);
			String key = UrlKeys.key(source.url());
			if (key != null) {
				addresses.add(key);
			}
		}
		LicenceChain.Source outside = declaredOriginal(analysis);
		if (outside != null && !addresses.contains(UrlKeys.key(outside.url()))) {
			sources.add(outside);
		}
		return new LicenceChain(sources);
	}

	/**
	 * The original a translation names itself: the source address in another language than its text (the
	 * checker's {@link Translation.Basis#SOURCE_URL}), or its declared {@code basedOn}; null when it names none.
	 */
	static LicenceChain.@Nullable Source declaredOriginal(LicenceAnalysis analysis) {
		Translation translation = analysis.translation();
		if (!translation.detected()) {
			return null;
		}
		Article article = analysis.article();
		String url = article.basedOn();
		String why = "the article's declared original (basedOn)"; //$NON-NLS-1$
		if (url == null && translation.basis() == Translation.Basis.SOURCE_URL) {
			Evidence element = analysis.elements().sourceUrl();
			url = article.sourceUrl() != null ? article.sourceUrl() : element == null ? null : element.text();
			why = "the source address the article gives, in another language (" + translation.sourceLanguage() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (url == null || UrlKeys.key(url) == null) {
			return null;
		}
		PublisherPolicies.PublisherPolicy policy = PublisherPolicies.builtIn().forUrl(url);
		Evidence publisher = analysis.elements().publisher();
		String name = policy != null ? policy.publisher() : publisher == null ? null : publisher.text();
		return LicenceChain.Source.outside(LicenceChain.Relation.TRANSLATION, url, translation.sourceLanguage(), name, why);
	}
}
