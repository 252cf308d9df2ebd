// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * {@code docs/lineage.md}) in five inverted indexes (text shingle bands, text anchors, text edges, fingerprint tokens, addresses) and
 * compares the new article only with the articles those indexes name as candidates, so adding one article to a
 * large corpus costs a handful of comparisons, not one per article. It remembers the derivation links it made and
 * revises those a new article touches (a closer source, a cluster closed); {@code add} reports them
 * ({@link LinkChanges}), and {@link #remove} reports the revisions it undoes.
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
	/**
	 * Edge keys ({@code ArticleFeatures.tailKeys}, {@code headKeys}) of one text's end found at the other's start, from
	 * which the two are compared: two excerpts of one article cut at different places share only the passage where one
	 * ends and the other begins (a quarter of its shingles are keys: a passage of 24 shingles gives about 6).
	 */
	static final int MIN_EDGE_KEYS = 4;
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
	/** Edge keys of the texts' first and last shingles to the articles holding each, as the anchors. */
	private final IdPostings heads = new IdPostings(4, true);
	private final IdPostings tails = new IdPostings(4, true);
	private final Map<String, Set<String>> tokens = new HashMap<>();
	private final Map<String, Set<String>> addresses = new HashMap<>();
	/** Skeletons of Arabic words ({@code t:} keys) to the articles holding them. */
	private final Map<String, Set<String>> transcribed = new HashMap<>();
	/** Skeletons of Latin-script names (their {@code alt}) to the articles holding them. */
	private final Map<String, Set<String>> skeletons = new HashMap<>();
	private long comparisons;
	/**
	 * The derivation links made (duplicates, republications, translations), as they stand after every revision, under
	 * each end's id: what a new article's arrival revises (a closer source, a cluster closed). Same stories are not
	 * kept: they are most links (19 an article on the synthetic corpus) and no revision starts from one.
	 */
	private final Map<String, List<LineageLink>> derivations = new HashMap<>();
	/**
	 * The revisions the index made (a closer source, a cluster closed), under the pair of each derivation link they rest
	 * on ({@link LineageLink#pair}): when that link goes (its article removed, the link itself revised), the pair the
	 * revision changed is judged again ({@link #undo}). A few per cluster; none for nearly every article.
	 */
	private final Map<String, List<Revision>> revisionsOn = new HashMap<>();
	private Set<String> rejected = Set.of();

	/** A link the index revised ({@code now}, as it made it) and the pairs of the derivation links it rests on. */
	private record Revision(LineageLink now, List<String> grounds) {
	}

	/**
	 * Adds {@code article} (replacing an earlier version with its id) and returns what changed: its links with the
	 * articles already added, suggested, strongest first, and the links between earlier articles its arrival revised
	 * ({@link LinkChanges}; docs/lineage.md, <i>What the index remembers</i>).
	 */
	public LinkChanges add(Article article) {
		return add(article, List.of());
	}

	/**
	 * As {@link #add(Article)}, with the ids of the entities linked in the article (Wikidata ids, ISO 3166 codes,
	 * catalogue ids), in text order: they join the article's fingerprint.
	 */
	public LinkChanges add(Article article, List<String> entityIds) {
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
	 * Adds a prepared article (replacing an earlier version with its id) and returns what changed: exactly what
	 * {@link #add(Article, List)} returns for it.
	 */
	public synchronized LinkChanges add(Prepared prepared) {
		ArticleFeatures features = prepared.features;
		List<LineageLink> before = List.copyOf(derivations.getOrDefault(features.id, List.of()));
		List<LinkChanges.Retyped> retyped = new ArrayList<>();
		List<LineageLink> removed = new ArrayList<>();
		forgetArticle(features.id, retyped, removed); // an earlier version: what rested on its links is judged again
		List<LineageLink> links = new ArrayList<>();
		List<String> candidates = new ArrayList<>(candidates(features));
		comparisons += candidates.size();
		// Each comparison reads the index and writes nothing (the article joins it after all of them), so many
		// candidates are judged on the common pool's threads too: the same links, sooner.
		Stream<String> judged = candidates.size() >= PARALLEL_CANDIDATES ? candidates.parallelStream() : candidates.stream();
		judged.map(candidate -> PairJudge.judge(articles.get(candidate), features, this::rarity)).toList()
				.forEach(link -> link.ifPresent(links::add));
		oneSourcePerLanguage(features, links);
		Deque<String> gone = new ArrayDeque<>();
		closerSource(features, links, retyped, gone);
		closeClusters(features, links, new HashSet<>(candidates), retyped);
		put(features);
		for (LineageLink link : links) {
			remember(link);
		}
		undo(gone, retyped, removed); // what rested on a link a closer source revised
		links.sort(Comparator.comparingDouble(LineageLink::score).reversed().thenComparing(LineageLink::pairKey));
		Set<String> kept = new HashSet<>();
		links.forEach(link -> kept.add(link.pairKey()));
		for (LineageLink link : before) {
			if (!kept.contains(link.pairKey())) {
				removed.add(link);
			}
		}
		return new LinkChanges(links, LinkChanges.lastByPair(retyped), removed);
	}

	/**
	 * The analysts' rejections ({@link LineageLink#pairKey()} of each rejected link): a remembered link an analyst
	 * rejected is no ground for revising another (a closer source, a cluster closed through it). The store of the links
	 * keeps the decisions and never proposes a rejected link again; this only keeps the index from building on one.
	 */
	public synchronized void rejected(Collection<String> pairKeys) {
		rejected = Set.copyOf(pairKeys);
	}

	/**
	 * The derivation links the index made and remembers (after every revision), each once, without their evidence:
	 * what {@link #add} revises when a new article arrives.
	 */
	public synchronized List<LineageLink> derivations() {
		Set<LineageLink> all = new LinkedHashSet<>();
		derivations.values().forEach(all::addAll);
		return List.copyOf(all);
	}

	/**
	 * Remembers {@code link} under both ends when it is a derivation (the index remembers no same story), without its
	 * evidence: a revision needs its ends, type and direction, and judges the pair again for the words (an evidence list
	 * weighs a kilobyte or two, the link without it about a hundred bytes).
	 */
	private void remember(LineageLink link) {
		if (link.type().isDerivation()) {
			LineageLink kept = link.evidence().isEmpty() ? link
					: new LineageLink(link.from(), link.to(), link.type(), link.score(), link.directed(), List.of(),
							link.status());
			derivations.computeIfAbsent(link.from(), id -> new ArrayList<>(2)).add(kept);
			derivations.computeIfAbsent(link.to(), id -> new ArrayList<>(2)).add(kept);
		}
	}

	private void forget(LineageLink link) {
		for (String end : List.of(link.from(), link.to())) {
			List<LineageLink> known = derivations.get(end);
			if (known != null) {
				known.remove(link);
				if (known.isEmpty()) {
					derivations.remove(end);
				}
			}
		}
	}

	/** Notes that the index made {@code now} because of the derivation links {@code grounds}. */
	private void revised(LineageLink now, LineageLink... grounds) {
		List<String> pairs = new ArrayList<>(grounds.length);
		for (LineageLink ground : grounds) {
			pairs.add(LineageLink.pair(ground.from(), ground.to()));
		}
		Revision revision = new Revision(now, List.copyOf(pairs));
		for (String pair : pairs) {
			revisionsOn.computeIfAbsent(pair, key -> new ArrayList<>(1)).add(revision);
		}
	}

	/**
	 * Undoes the revisions that rest on the derivation links of the pairs {@code gone} (an article removed, a link
	 * revised): each pair a revision changed, when both its articles are still here and the revision still stands, is
	 * judged again as if the revision had never been made, and the link that replaces it is reported in {@code retyped}
	 * ({@code dropped} when the pair is judged no link now). A revised derivation that stops being one takes what rests
	 * on it along.
	 */
	private void undo(Deque<String> gone, List<LinkChanges.Retyped> retyped, List<LineageLink> dropped) {
		while (!gone.isEmpty()) {
			List<Revision> resting = revisionsOn.remove(gone.poll());
			if (resting == null) {
				continue;
			}
			for (Revision revision : resting) {
				LineageLink now = revision.now();
				ArticleFeatures a = articles.get(now.from().compareTo(now.to()) < 0 ? now.from() : now.to());
				ArticleFeatures b = articles.get(now.from().compareTo(now.to()) < 0 ? now.to() : now.from());
				if (a == null || b == null || !stands(now)) {
					continue;
				}
				Optional<LineageLink> again = PairJudge.judge(a, b, this::rarity);
				LineageLink closer = again.isPresent() && again.get().type() == LinkType.TRANSLATION
						&& now.type() == LinkType.SAME_STORY ? closerSourceOf(a, b) : null;
				if (closer != null) {
					// another text is still a closer source (a later, closer one retyped the first): the same story stands
					revised(now, closer);
					continue;
				}
				if (again.isPresent() && again.get().type() == now.type()) {
					continue;
				}
				if (now.type().isDerivation()) {
					forget(Objects.requireNonNull(rememberedLink(now.from(), now.to())));
					gone.add(LineageLink.pair(now.from(), now.to()));
				}
				if (again.isPresent()) {
					remember(again.get());
					retyped.add(new LinkChanges.Retyped(now, again.get()));
				} else {
					dropped.add(now);
				}
			}
		}
	}

	/**
	 * The remembered translation link that makes a third text a closer source than one of {@code a} and {@code b} for
	 * the other, as {@link #closerSource} weighs it: one of the two is translated from (or into) a text of the other's
	 * language, written apart from it, with which it shares more. Null when there is none.
	 */
	private @Nullable LineageLink closerSourceOf(ArticleFeatures a, ArticleFeatures b) {
		for (ArticleFeatures translated : List.of(a, b)) {
			ArticleFeatures other = translated == a ? b : a;
			double shared = Double.NaN;
			for (LineageLink known : derivationsOf(translated.id)) {
				ArticleFeatures source = articles.get(other(known, translated.id));
				if (known.type() != LinkType.TRANSLATION || source == null || source == other
						|| !PairJudge.writtenApart(source, other)) {
					continue;
				}
				if (Double.isNaN(shared)) {
					shared = PairJudge.sharedWeight(translated, other, this::rarity);
				}
				if (PairJudge.sharedWeight(translated, source, this::rarity) > shared) {
					return known;
				}
			}
		}
		return null;
	}

	/** Whether the revised link {@code now} is still what the index holds for its pair. */
	private boolean stands(LineageLink now) {
		LineageLink held = rememberedLink(now.from(), now.to());
		return held != null ? held.type() == now.type() : !now.type().isDerivation();
	}

	/** The remembered derivations of {@code id} an analyst has not rejected. */
	private List<LineageLink> derivationsOf(String id) {
		List<LineageLink> known = derivations.get(id);
		if (known == null) {
			return List.of();
		}
		List<LineageLink> usable = new ArrayList<>(known.size());
		for (LineageLink link : known) {
			if (!rejected.contains(link.pairKey())) {
				usable.add(link);
			}
		}
		return usable;
	}

	private static String other(LineageLink link, String id) {
		return link.from().equals(id) ? link.to() : link.from();
	}

	/**
	 * One source per language, revised: the new article is a closer source of a text it translates (or is translated
	 * into) than a text of its language, written apart from it, that was linked to that text before it arrived (a
	 * summary linked to the translation before the article it summarises was imported). The earlier link becomes a same
	 * story, as it would have had the source been there first ({@link #oneSourcePerLanguage} decides the other way
	 * round: the new article's own link, when an earlier text is the closer source).
	 */
	private void closerSource(ArticleFeatures added, List<LineageLink> links, List<LinkChanges.Retyped> retyped,
			Deque<String> gone) {
		for (LineageLink link : links) {
			if (link.type() != LinkType.TRANSLATION) {
				continue;
			}
			ArticleFeatures translated = articles.get(other(link, added.id));
			if (translated == null) {
				continue;
			}
			double sharedWithAdded = Double.NaN;
			for (LineageLink known : derivationsOf(translated.id)) {
				ArticleFeatures rival = articles.get(other(known, translated.id));
				if (known.type() != LinkType.TRANSLATION || rival == null || !PairJudge.writtenApart(rival, added)) {
					continue;
				}
				if (Double.isNaN(sharedWithAdded)) {
					sharedWithAdded = PairJudge.sharedWeight(translated, added, this::rarity);
				}
				if (sharedWithAdded > PairJudge.sharedWeight(translated, rival, this::rarity)) {
					// the remembered link has no evidence: the pair judged again gives its words
					List<Evidence> evidence = PairJudge.judge(translated, rival, this::rarity).map(LineageLink::evidence)
							.orElse(List.of());
					LineageLink now = PairJudge.sameStoryInstead(new LineageLink(known.from(), known.to(), known.type(),
							known.score(), known.directed(), evidence, known.status()), added.id);
					forget(known);
					retyped.add(new LinkChanges.Retyped(known, now));
					revised(now, link);
					gone.add(LineageLink.pair(known.from(), known.to()));
				}
			}
		}
	}

	/** How many of the new article's derivation links a cluster is closed through, the strongest first. */
	static final int MAX_CLOSED_THROUGH = 16;
	/** Rounds of closing: a link raised may close another through it. */
	private static final int CLOSING_ROUNDS = 3;

	/**
	 * Closes the clusters the new article joins: two articles in two languages that are each a derivation of, or a
	 * source for, one third article (an edition and another edition's copy) are a translation pair when they share
	 * enough in order to be a same story, two of the things numbers, dates, addresses or handles
	 * ({@link PairJudge#closable}, {@link PairJudge#closed}). The new article's same story with an article its
	 * derivation's derivation becomes a translation (judged now when it was no candidate), and a same story between two
	 * of its derivations in two languages becomes one (a revision of an earlier pair), whichever of the three arrived
	 * last. Same language pairs are left to the text (a republication needs its shingles).
	 */
	private void closeClusters(ArticleFeatures added, List<LineageLink> links, Set<String> compared,
			List<LinkChanges.Retyped> retyped) {
		if (links.stream().noneMatch(link -> link.type().isDerivation())) {
			return; // nearly every article
		}
		Map<String, Integer> byOther = new HashMap<>();
		for (int i = 0; i < links.size(); i++) {
			byOther.put(other(links.get(i), added.id), i);
		}
		for (int round = 0; round < CLOSING_ROUNDS; round++) {
			boolean raised = false;
			for (LineageLink through : strongestDerivations(links)) {
				String via = other(through, added.id);
				for (LineageLink known : derivationsOf(via)) {
					String far = other(known, via);
					ArticleFeatures farther = articles.get(far);
					if (far.equals(added.id) || farther == null || !otherLanguages(added, farther)) {
						continue;
					}
					Integer index = byOther.get(far);
					Optional<LineageLink> judged = index != null ? Optional.of(links.get(index))
							: compared.contains(far) ? Optional.empty() : PairJudge.judge(farther, added, this::rarity);
					compared.add(far);
					if (judged.isEmpty() || judged.get().type() != LinkType.SAME_STORY
							|| !PairJudge.closable(added, farther, this::rarity)) {
						continue;
					}
					LineageLink closed = PairJudge.closed(added, farther, judged.get(), via, through.type(), known.type());
					revised(closed, through, known);
					if (index != null) {
						links.set(index, closed);
					} else {
						byOther.put(far, links.size());
						links.add(closed);
					}
					raised = true;
				}
			}
			if (!raised) {
				break;
			}
		}
		List<LineageLink> through = strongestDerivations(links);
		for (int i = 0; i < through.size(); i++) {
			ArticleFeatures one = articles.get(other(through.get(i), added.id));
			for (int j = i + 1; j < through.size() && one != null; j++) {
				ArticleFeatures two = articles.get(other(through.get(j), added.id));
				if (two == null || !otherLanguages(one, two) || remembered(one.id, two.id)) {
					continue;
				}
				Optional<LineageLink> judged = PairJudge.judge(one, two, this::rarity);
				if (judged.isPresent() && judged.get().type() == LinkType.SAME_STORY
						&& PairJudge.closable(one, two, this::rarity)) {
					LineageLink closed = PairJudge.closed(one, two, judged.get(), added.id, through.get(i).type(),
							through.get(j).type());
					remember(closed);
					retyped.add(new LinkChanges.Retyped(judged.get(), closed));
					revised(closed, through.get(i), through.get(j));
				}
			}
		}
	}

	private List<LineageLink> strongestDerivations(List<LineageLink> links) {
		return links.stream().filter(link -> link.type().isDerivation() && !rejected.contains(link.pairKey()))
				.sorted(Comparator.comparingDouble(LineageLink::score).reversed().thenComparing(LineageLink::pairKey))
				.limit(MAX_CLOSED_THROUGH).toList();
	}

	private boolean remembered(String a, String b) {
		return rememberedLink(a, b) != null;
	}

	/** The derivation link the index remembers between {@code a} and {@code b}, if any. */
	private @Nullable LineageLink rememberedLink(String a, String b) {
		for (LineageLink link : derivations.getOrDefault(a, List.of())) {
			if (link.involves(b)) {
				return link;
			}
		}
		return null;
	}

	private static boolean otherLanguages(ArticleFeatures a, ArticleFeatures b) {
		return !a.language.equals(b.language) && !a.language.equals(Article.UNDETERMINED)
				&& !b.language.equals(Article.UNDETERMINED);
	}

	/**
	 * A translation has one source per language, and its copies: a text in that language written apart from the
	 * source ({@link PairJudge#writtenApart}: a summary of it, a report of its own) shares what the translation shares
	 * with the source, names, figures, a book's title, though fewer of them ({@link PairJudge#sharedWeight}), but is no
	 * source. Among the new article's translation links to one language, one to a text written apart from another that
	 * shares more with the new article becomes a same story; and so does a translation link of the new article whose
	 * other side shares more with one of the new article's same-story neighbours in its language, written apart. Decided among the articles
	 * present when the later of the two arrives; a closer source arriving later revises the earlier link
	 * ({@link #closerSource}; docs/lineage.md).
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

	/**
	 * Forgets the article {@code id} and the links remembered with it, and undoes the revisions its links were the
	 * ground of: a link it was the closer source for, or a cluster closed through it, is judged again as if it had
	 * never been added (docs/lineage.md, <i>What the index remembers</i>).
	 *
	 * @return the links revised back ({@link LinkChanges#retyped()}), and in {@link LinkChanges#removed()} the
	 *         article's remembered derivations and any revised link that is no link now; the article's other links are
	 *         the store's to drop ({@link LineageFile#apply} does)
	 */
	public synchronized LinkChanges remove(String id) {
		List<LinkChanges.Retyped> retyped = new ArrayList<>();
		List<LineageLink> removed = new ArrayList<>(derivations.getOrDefault(id, List.of()));
		forgetArticle(id, retyped, removed);
		return new LinkChanges(List.of(), LinkChanges.lastByPair(retyped), removed);
	}

	private void forgetArticle(String id, List<LinkChanges.Retyped> retyped, List<LineageLink> dropped) {
		Deque<String> gone = new ArrayDeque<>();
		for (LineageLink link : List.copyOf(derivations.getOrDefault(id, List.of()))) {
			forget(link);
			gone.add(LineageLink.pair(link.from(), link.to()));
		}
		ArticleFeatures features = articles.remove(id);
		if (features == null) {
			return;
		}
		// the revisions of its own links go with them
		revisionsOn.values().forEach(resting -> resting.removeIf(revision -> revision.now().involves(id)));
		revisionsOn.values().removeIf(List::isEmpty);
		for (long band : features.bands()) {
			bands.remove(band, id);
		}
		for (long anchor : features.anchors()) {
			anchors.remove(anchor, id);
		}
		for (long key : features.headKeys()) {
			heads.remove(key, id);
		}
		for (long key : features.tailKeys()) {
			tails.remove(key, id);
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
		undo(gone, retyped, dropped);
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
		edged(features).forEach(candidates::add);
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

	/**
	 * The articles whose start holds {@link #MIN_EDGE_KEYS} of the edge keys of the text's end, or whose end holds as many
	 * of its start's, most first, at most {@link #MAX_CANDIDATES}: two excerpts of one article, one beginning where the
	 * other ends.
	 */
	private List<String> edged(ArticleFeatures features) {
		Map<String, Integer> shared = new HashMap<>();
		count(features.tailKeys(), heads, shared);
		Map<String, Integer> before = new HashMap<>();
		count(features.headKeys(), tails, before);
		before.forEach((id, n) -> shared.merge(id, n, Math::max));
		return shared.entrySet().stream().filter(entry -> entry.getValue() >= MIN_EDGE_KEYS)
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
	}

	private static void count(long[] keys, IdPostings postings, Map<String, Integer> shared) {
		for (long key : keys) {
			Collection<String> holders = postings.holders(key);
			if (holders.size() <= MAX_POSTINGS) {
				for (String id : holders) {
					shared.merge(id, 1, Integer::sum);
				}
			}
		}
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
		for (long key : features.headKeys()) {
			heads.add(key, features.id);
		}
		for (long key : features.tailKeys()) {
			tails.add(key, features.id);
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
