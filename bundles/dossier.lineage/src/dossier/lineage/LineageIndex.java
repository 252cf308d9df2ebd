// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.lineage.internal.ArticleFeatures;
import dossier.lineage.internal.FingerprintToken;
import dossier.lineage.internal.IdPostings;
import dossier.lineage.internal.PairJudge;

/**
 * Links articles as they arrive. {@link #add(Article)} keeps a few kilobytes of each article (see
 * {@code docs/lineage.md}) in four inverted indexes (text shingle bands, text anchors, fingerprint tokens, addresses) and
 * compares the new article only with the articles those indexes name as candidates, so adding one article to a
 * large corpus costs a handful of comparisons, not one per article.
 * <p>
 * Thread-safe; plain Java.
 */
public final class LineageIndex {

	/** Fingerprint candidates compared per new article, the most promising first. */
	static final int MAX_CANDIDATES = 64;
	/** Fingerprint weight two articles must share before they are compared at all. */
	static final double MIN_SHARED_WEIGHT = 4;
	/** Candidates from which one article's comparisons are spread over the common pool's threads. */
	static final int PARALLEL_CANDIDATES = 8;
	/**
	 * Text anchors ({@code ArticleFeatures.anchors}) two articles must share before one is compared with the other as
	 * a text that may hold it, or the part of it an excerpt keeps; and the share of the fewer anchors of the two that
	 * they must be. A teaser of one paragraph and the article it starts hold about a sixth of their words in common:
	 * too little for the shingle bands, which follow the similarity of the whole texts.
	 */
	static final int MIN_SHARED_ANCHORS = 2;
	static final double ANCHOR_SHARE = 0.5;
	/** A token found in more articles than this says nothing about which article is a copy of which. */
	static final int MAX_POSTINGS = 2_000;

	private final Map<String, ArticleFeatures> articles = new HashMap<>();
	/**
	 * Every fingerprint token the articles hold, once ({@link ArticleFeatures#shareTokens}). Not shrunk when an
	 * article is removed: it grows with the distinct tokens ever added, which a session's changes barely move.
	 */
	private final Map<FingerprintToken, FingerprintToken> sharedTokens = new HashMap<>();
	/**
	 * Shingle bands to the article holding each (a {@code String}), or to the articles (a {@code Set<String>}) when more
	 * than one does, as the anchors below: nearly every band of a text is its own, and a set for each of its 21 bands
	 * cost about 3.7 KB an article (issue 18, item 6). A set, once made, stays one until its band is held by none, so
	 * that candidates come in the order they did.
	 */
	private final IdPostings bands = new IdPostings(16, false);
	/**
	 * Text anchors to the article holding each (a {@code String}), or to the articles (a {@code Set<String>}) when more
	 * than one does: nearly every anchor is one article's own, and a set for each would double what an article costs.
	 */
	private final IdPostings anchors = new IdPostings(4, true);
	private final Map<String, Set<String>> tokens = new HashMap<>();
	private final Map<String, Set<String>> addresses = new HashMap<>();
	/** Skeletons of Arabic words ({@code t:} keys) to the articles holding them. */
	private final Map<String, Set<String>> transcribed = new HashMap<>();
	/** Skeletons of Latin-script names (their {@code alt}) to the articles holding them. */
	private final Map<String, Set<String>> skeletons = new HashMap<>();
	private long comparisons;

	/**
	 * Adds {@code article} (replacing an earlier version with its id) and returns its links with the articles
	 * already added, suggested, strongest first.
	 */
	public List<LineageLink> add(Article article) {
		return add(article, List.of());
	}

	/**
	 * As {@link #add(Article)}, with the ids of the entities linked in the article (Wikidata ids, ISO 3166 codes,
	 * catalogue ids), in text order: they join the article's fingerprint.
	 */
	public List<LineageLink> add(Article article, List<String> entityIds) {
		return add(prepare(article, entityIds));
	}

	/**
	 * What {@link #add(Prepared)} compares of an article, computed apart from any index: most of the work of adding
	 * an article (its text folded, shingled, hashed and fingerprinted), so a first pass can run it on several threads
	 * ahead of the adds ({@link Lineage#addAll}).
	 */
	public static Prepared prepare(Article article, List<String> entityIds) {
		return new Prepared(ArticleFeatures.of(article, entityIds));
	}

	/** An article's features, from {@link #prepare}: immutable, safe to hand from one thread to another. */
	public static final class Prepared {
		final ArticleFeatures features;

		Prepared(ArticleFeatures features) {
			this.features = features;
		}

		/** The id of the article. */
		public String id() {
			return features.id;
		}
	}

	/**
	 * Adds a prepared article (replacing an earlier version with its id) and returns its links with the articles
	 * already added: exactly what {@link #add(Article, List)} returns for it.
	 */
	public synchronized List<LineageLink> add(Prepared prepared) {
		ArticleFeatures features = prepared.features;
		remove(features.id);
		List<LineageLink> links = new ArrayList<>();
		List<String> candidates = new ArrayList<>(candidates(features));
		comparisons += candidates.size();
		// Each comparison reads the index and writes nothing (the article joins it after all of them), so many
		// candidates are judged on the common pool's threads too: the same links, sooner.
		Stream<String> judged = candidates.size() >= PARALLEL_CANDIDATES ? candidates.parallelStream() : candidates.stream();
		judged.map(candidate -> PairJudge.judge(articles.get(candidate), features, this::rarity)).toList()
				.forEach(link -> link.ifPresent(links::add));
		oneSourcePerLanguage(features, links);
		put(features);
		links.sort(Comparator.comparingDouble(LineageLink::score).reversed().thenComparing(LineageLink::pairKey));
		return links;
	}

	/**
	 * A translation has one source per language, and its copies: a text in that language written apart from the
	 * source ({@link PairJudge#writtenApart}: a summary of it, a report of its own) shares what the translation shares
	 * with the source, names, figures, a book's title, though fewer of them ({@link PairJudge#sharedWeight}), but is no
	 * source. Among the new article's translation links to one language, one to a text written apart from another that
	 * shares more with the new article becomes a same story; and so does a translation link of the new article whose
	 * other side shares more with one of the new article's same-story neighbours in its language, written apart. Decided among the articles
	 * present when the later of the two arrives (docs/lineage.md).
	 */
	private void oneSourcePerLanguage(ArticleFeatures added, List<LineageLink> links) {
		if (links.stream().noneMatch(link -> link.type() == LinkType.TRANSLATION)) {
			return; // nearly every article: nothing to weigh
		}
		// What the new article shares with each linked text, and whether it was written apart from it, are the same
		// whichever translation link is weighed: worked out once each, when first asked, instead of once per link.
		int count = links.size();
		@Nullable
		ArticleFeatures[] linked = new ArticleFeatures[count];
		double[] sharedWithAdded = new double[count];
		byte[] apartFromAdded = new byte[count]; // 0 not yet known, 1 apart, 2 not
		for (int r = 0; r < count; r++) {
			LineageLink link = links.get(r);
			linked[r] = articles.get(link.from().equals(added.id) ? link.to() : link.from());
			sharedWithAdded[r] = Double.NaN;
		}
		for (int i = 0; i < count; i++) {
			LineageLink link = links.get(i);
			ArticleFeatures other = linked[i];
			if (link.type() != LinkType.TRANSLATION || other == null) {
				continue;
			}
			double shared = sharedWithAdded(added, other, sharedWithAdded, i);
			@Nullable
			String source = null;
			for (int r = 0; r < count && source == null; r++) {
				LineageLink rival = links.get(r); // links turned into same stories above count as such
				ArticleFeatures candidate = linked[r];
				if (candidate == null || candidate == other) {
					continue;
				}
				if (rival.type() == LinkType.TRANSLATION) {
					if (sharedWithAdded(added, candidate, sharedWithAdded, r) > shared
							&& PairJudge.writtenApart(other, candidate)) {
						source = candidate.id; // the new article shares more with another text of the other's language
					}
				} else if (rival.type() == LinkType.SAME_STORY && apartFromAdded(added, candidate, apartFromAdded, r)
						// the weight first: it is the judge's own alignment, and the judge costs several times more
						&& PairJudge.sharedWeight(other, candidate, this::rarity) > shared) {
					Optional<LineageLink> better = PairJudge.judge(other, candidate, this::rarity);
					if (better.isPresent() && better.get().type() == LinkType.TRANSLATION) {
						source = candidate.id; // the other side shares more with the new article's neighbour
					}
				}
			}
			if (source != null) {
				links.set(i, PairJudge.sameStoryInstead(link, source));
			}
		}
	}

	private double sharedWithAdded(ArticleFeatures added, ArticleFeatures other, double[] known, int index) {
		if (Double.isNaN(known[index])) {
			known[index] = PairJudge.sharedWeight(added, other, this::rarity);
		}
		return known[index];
	}

	private static boolean apartFromAdded(ArticleFeatures added, ArticleFeatures other, byte[] known, int index) {
		if (known[index] == 0) {
			known[index] = PairJudge.writtenApart(added, other) ? (byte) 1 : (byte) 2;
		}
		return known[index] == 1;
	}

	/** Forgets the article {@code id}; its links are the caller's to drop. */
	public synchronized void remove(String id) {
		ArticleFeatures features = articles.remove(id);
		if (features == null) {
			return;
		}
		for (long band : features.bands()) {
			bands.remove(band, id);
		}
		for (long anchor : features.anchors()) {
			anchors.remove(anchor, id);
		}
		for (FingerprintToken token : features.fingerprint) {
			drop(token.transcribed() ? transcribed : tokens, token.key(), id);
			String alt = token.alt();
			if (alt != null) {
				drop(skeletons, alt, id);
			}
		}
		for (String url : addressesOf(features)) {
			drop(addresses, url, id);
		}
	}

	/**
	 * How much a fingerprint token says about derivation: 1 for a token at most two articles hold, falling with the
	 * log of how many hold it (a name in every other article of the corpus says little), never below 0.1.
	 */
	private double rarity(String key) {
		Set<String> holders = tokens.get(key);
		int df = holders == null ? 0 : holders.size();
		if (df <= 2 || articles.size() < 10) {
			return 1;
		}
		return Math.max(0.1, 1 - Math.log(df) / Math.log(articles.size()));
	}

	/** How many articles it holds. */
	public synchronized int size() {
		return articles.size();
	}

	/** How many pairs of articles it has compared so far: what incremental linking keeps small. */
	public synchronized long comparisons() {
		return comparisons;
	}

	private Set<String> candidates(ArticleFeatures features) {
		Set<String> candidates = new LinkedHashSet<>();
		// addresses first: a pointer is the strongest signal there is
		for (String url : addressesOf(features)) {
			candidates.addAll(addresses.getOrDefault(url, Set.of()));
		}
		for (long band : features.bands()) {
			candidates.addAll(bands.holders(band));
		}
		anchored(features).forEach(candidates::add);
		Map<String, Double> shared = new HashMap<>();
		Set<String> seen = new HashSet<>();
		for (FingerprintToken token : features.fingerprint) {
			String alt = token.alt();
			if (alt != null && seen.add("alt " + alt)) { //$NON-NLS-1$
				// a Latin name and the Arabic articles that may transcribe it
				share(shared, transcribed.get(alt), token.weight());
			}
			if (!seen.add(token.key())) {
				continue;
			}
			// an Arabic word is compared with Latin names only, never with the words of other Arabic articles
			share(shared, token.transcribed() ? skeletons.get(token.key()) : tokens.get(token.key()), token.weight());
		}
		shared.entrySet().stream().filter(entry -> entry.getValue() >= MIN_SHARED_WEIGHT)
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(MAX_CANDIDATES).forEach(entry -> candidates.add(entry.getKey()));
		candidates.remove(features.id);
		return candidates;
	}

	/**
	 * The articles sharing {@link #MIN_SHARED_ANCHORS} of the text's anchors or more, and {@link #ANCHOR_SHARE} of the
	 * fewer anchors of the two, most shared first, at most {@link #MAX_CANDIDATES}: a text that holds the other, or
	 * most of an excerpt of it.
	 */
	private List<String> anchored(ArticleFeatures features) {
		long[] own = features.anchors();
		if (own.length < MIN_SHARED_ANCHORS) {
			return List.of();
		}
		Map<String, Integer> shared = new HashMap<>();
		for (long anchor : own) {
			Collection<String> holders = anchors.holders(anchor);
			if (holders.size() <= MAX_POSTINGS) {
				for (String id : holders) {
					shared.merge(id, 1, Integer::sum);
				}
			}
		}
		shared.entrySet().removeIf(entry -> {
			ArticleFeatures other = articles.get(entry.getKey());
			return other == null || entry.getValue() < MIN_SHARED_ANCHORS
					|| entry.getValue() < ANCHOR_SHARE * Math.min(own.length, other.anchors().length);
		});
		return shared.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
	}

	private static void share(Map<String, Double> shared, @Nullable Set<String> postings, double weight) {
		if (postings == null || postings.size() > MAX_POSTINGS) {
			return;
		}
		for (String id : postings) {
			shared.merge(id, weight, Double::sum);
		}
	}

	private void put(ArticleFeatures features) {
		features.shareTokens(sharedTokens);
		articles.put(features.id, features);
		for (long band : features.bands()) {
			bands.add(band, features.id);
		}
		for (long anchor : features.anchors()) {
			anchors.add(anchor, features.id);
		}
		for (FingerprintToken token : features.fingerprint) {
			(token.transcribed() ? transcribed : tokens).computeIfAbsent(token.key(), key -> new HashSet<>()).add(features.id);
			String alt = token.alt();
			if (alt != null) {
				skeletons.computeIfAbsent(alt, key -> new HashSet<>()).add(features.id);
			}
		}
		for (String url : addressesOf(features)) {
			addresses.computeIfAbsent(url, key -> new HashSet<>()).add(features.id);
		}
	}

	/** Every address an article has or names: two articles that share one are always compared. */
	private static Set<String> addressesOf(ArticleFeatures features) {
		Set<String> urls = new LinkedHashSet<>(features.ownUrls);
		urls.addAll(features.textUrls);
		if (features.basedOn != null) {
			urls.add(features.basedOn);
		}
		urls.addAll(features.editions.keySet());
		return urls;
	}

	private static <K> void drop(Map<K, Set<String>> index, K key, String id) {
		Set<String> ids = index.get(key);
		if (ids != null) {
			ids.remove(id);
			if (ids.isEmpty()) {
				index.remove(key);
			}
		}
	}
}
