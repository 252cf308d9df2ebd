// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dossier.insight.internal.CoOccurrences;
import dossier.insight.internal.Networks;
import dossier.insight.internal.Overviews;
import dossier.insight.internal.PlaceMaps;
import dossier.insight.internal.Stories;
import dossier.insight.internal.Story;
import dossier.insight.internal.Timelines;

/**
 * The facts of a corpus's articles and the links between copies, and what can be computed from them. Immutable
 * and safe to share between threads; each computation is a pass over the articles (or stories), checks
 * {@code cancelled} every few thousand of them and then throws {@link CancellationException}.
 */
public final class Insight {

	private static final Logger LOG = LoggerFactory.getLogger(Insight.class);
	private static final BooleanSupplier NEVER = () -> false;

	private final List<ArticleFacts> articles;
	private final List<StoryLink> links;
	private volatile @Nullable List<Story> storiesEach;
	private volatile @Nullable List<Story> storiesOnce;

	private Insight(List<ArticleFacts> articles, List<StoryLink> links) {
		this.articles = articles;
		this.links = links;
	}

	/** The insight into {@code articles}, of which {@code links} join copies (links to others are ignored). */
	public static Insight of(Collection<ArticleFacts> articles, Collection<StoryLink> links) {
		List<ArticleFacts> sorted = new ArrayList<>(articles);
		sorted.sort(Comparator.comparing(ArticleFacts::id));
		return new Insight(List.copyOf(sorted), List.copyOf(links));
	}

	/** The articles, by id. */
	public List<ArticleFacts> articles() {
		return articles;
	}

	/** The links between copies. */
	public List<StoryLink> links() {
		return links;
	}

	/**
	 * The insight into the articles {@code ids} only (the articles selected in the Explorer, say): ids not in the
	 * corpus are ignored, and so are the links to the articles left out.
	 */
	public Insight only(Collection<String> ids) {
		Set<String> wanted = ids instanceof Set<String> set ? set : new HashSet<>(ids);
		return new Insight(articles.stream().filter(article -> wanted.contains(article.id())).toList(), links);
	}

	/**
	 * The articles whose DATE mentions name a day from {@code first} to {@code last} (both included; either order),
	 * by id: what a brush over the Timeline's events band asks for.
	 */
	public List<String> mentioning(LocalDate first, LocalDate last) {
		LocalDate from = first.isAfter(last) ? last : first;
		LocalDate to = first.isAfter(last) ? first : last;
		return articles.stream()
				.filter(article -> article.dates().stream().anyMatch(day -> !day.isBefore(from) && !day.isAfter(to)))
				.map(ArticleFacts::id).toList();
	}

	/** The number of stories: articles, with each group of linked copies counted once. */
	public int storyCount() {
		return stories(true).size();
	}

	/** Articles (or stories, {@code once}) per period, stacked by {@code dimension}. */
	public Timeline timeline(Granularity granularity, Dimension dimension, boolean once) {
		return timeline(granularity, dimension, once, NEVER);
	}

	/** As {@link #timeline(Granularity, Dimension, boolean)}, cancellable. */
	public Timeline timeline(Granularity granularity, Dimension dimension, boolean once, BooleanSupplier cancelled) {
		long start = System.nanoTime();
		Timeline timeline = Timelines.compute(stories(once), granularity, dimension, once, cancelled);
		LOG.debug("timeline by {} per {} of {} articles: {} bars in {} ms", dimension.id(), granularity.id(), //$NON-NLS-1$
				articles.size(), timeline.buckets().size(), (System.nanoTime() - start) / 1_000_000);
		return timeline;
	}

	/** The corpus at a glance, with the {@code top} most mentioned entities of each type. */
	public Overview overview(boolean once, int top) {
		return overview(once, top, NEVER);
	}

	/** As {@link #overview(boolean, int)}, cancellable. */
	public Overview overview(boolean once, int top, BooleanSupplier cancelled) {
		long start = System.nanoTime();
		Overview overview = Overviews.compute(articles, stories(once), storyCount(), once, top, cancelled);
		LOG.debug("overview of {} articles in {} ms", articles.size(), (System.nanoTime() - start) / 1_000_000); //$NON-NLS-1$
		return overview;
	}

	/**
	 * Entities mentioned together in an article (a story, {@code once}), limited to {@code types} (all types when
	 * empty), edges of at least {@code minWeight}.
	 */
	public CoOccurrence coOccurrence(boolean once, Collection<String> types, int minWeight) {
		return coOccurrence(once, types, minWeight, NEVER);
	}

	/** As {@link #coOccurrence(boolean, Collection, int)}, cancellable. */
	public CoOccurrence coOccurrence(boolean once, Collection<String> types, int minWeight, BooleanSupplier cancelled) {
		long start = System.nanoTime();
		CoOccurrence result = CoOccurrences.compute(stories(once), once, types, minWeight, cancelled);
		LOG.debug("co-occurrence of {} articles: {} nodes, {} edges in {} ms", articles.size(), //$NON-NLS-1$
				result.nodes().size(), result.edges().size(), (System.nanoTime() - start) / 1_000_000);
		return result;
	}

	/**
	 * The entity network the {@code options} ask for: the most mentioned entities of the chosen types, linked by the
	 * articles (stories) that mention both, with their connected groups and centrality, laid out (seeded: the same
	 * input gives the same layout).
	 */
	public Network network(NetworkOptions options) {
		return network(options, NEVER);
	}

	/** As {@link #network(NetworkOptions)}, cancellable. */
	public Network network(NetworkOptions options, BooleanSupplier cancelled) {
		long start = System.nanoTime();
		Network network = Networks.compute(stories(options.once()), options, cancelled);
		LOG.debug("network of {} articles: {} nodes, {} links, {} groups in {} ms", articles.size(), //$NON-NLS-1$
				network.nodes().size(), network.links().size(), network.components(),
				(System.nanoTime() - start) / 1_000_000);
		return network;
	}

	/** The places the articles (stories, {@code once}) mention, located, and their counts per country. */
	public PlaceMap map(boolean once) {
		return map(once, NEVER);
	}

	/** As {@link #map(boolean)}, cancellable. */
	public PlaceMap map(boolean once, BooleanSupplier cancelled) {
		long start = System.nanoTime();
		PlaceMap map = PlaceMaps.compute(stories(once), once, Geography.get(), cancelled);
		LOG.debug("map of {} articles: {} places located, {} countries in {} ms", articles.size(), //$NON-NLS-1$
				map.places().size(), map.countries().size(), (System.nanoTime() - start) / 1_000_000);
		return map;
	}

	private List<Story> stories(boolean once) {
		if (!once) {
			List<Story> each = storiesEach;
			if (each == null) {
				each = Stories.of(articles, links, false);
				storiesEach = each;
			}
			return each;
		}
		List<Story> known = storiesOnce;
		if (known == null) {
			known = Stories.of(articles, links, true);
			storiesOnce = known;
		}
		return known;
	}
}
