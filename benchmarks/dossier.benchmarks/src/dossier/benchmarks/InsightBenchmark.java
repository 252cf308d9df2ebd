// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import dossier.insight.ArticleFacts;
import dossier.insight.CoOccurrence;
import dossier.insight.Dimension;
import dossier.insight.Granularity;
import dossier.insight.Insight;
import dossier.insight.Network;
import dossier.insight.NetworkOptions;
import dossier.insight.Overview;
import dossier.insight.PlaceMap;
import dossier.insight.StoryLink;
import dossier.insight.Timeline;
import dossier.insight.internal.SyntheticFacts;

/**
 * Speed of the insight engine on a generated corpus ({@link SyntheticFacts}: three years, eight languages, forty
 * publishers, about eight entities an article, one article in ten a copy): the time to compute each timeline, the
 * overview, the map, the entity co-occurrence and the entity network (with its JGraphT layout) from the facts in memory, counting every article and counting a story
 * once (median of {@value #RUNS} runs after a warm-up), and the heap the facts retain. Reading the facts from a
 * corpus project is not measured here (it is a pass over the article and mentions files).
 *
 * <pre>
 * benchmarks/run insight [--articles N]
 * </pre>
 */
public final class InsightBenchmark {

	private static final int RUNS = 7;
	private static final Set<String> NAMED = Set.of("PERSON", "PLACE", "ORG"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private InsightBenchmark() {
	}

	public static void main(String[] args) {
		int articles = 100_000;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--articles")) { //$NON-NLS-1$
				articles = Integer.parseInt(args[++i]);
			} else {
				throw new IllegalArgumentException("usage: benchmarks/run insight [--articles N]"); //$NON-NLS-1$
			}
		}
		System.out.println(Measure.machine());
		long before = Measure.retainedHeapMegabytes();
		SyntheticFacts synthetic = new SyntheticFacts(20);
		List<ArticleFacts> facts = synthetic.articles(articles);
		List<StoryLink> links = synthetic.links(facts);
		long start = System.nanoTime();
		Insight insight = Insight.of(facts, links);
		double ofMillis = (System.nanoTime() - start) / 1e6;
		start = System.nanoTime();
		int stories = insight.storyCount();
		double storiesMillis = (System.nanoTime() - start) / 1e6;
		facts = null;
		long retained = Measure.retainedHeapMegabytes() - before;
		System.out.printf(Locale.ROOT, "corpus: %,d articles, %,d copy links, %,d stories; facts retain %d MB%n", //$NON-NLS-1$
				insight.articles().size(), links.size(), stories, retained);
		System.out.printf(Locale.ROOT, "Insight.of (sort by id): %.0f ms; stories (union-find, first time): %.0f ms%n", //$NON-NLS-1$
				ofMillis, storiesMillis);
		for (boolean once : new boolean[] { false, true }) {
			String counting = once ? "once " : "every"; //$NON-NLS-1$ //$NON-NLS-2$
			for (Granularity granularity : Granularity.values()) {
				for (Dimension dimension : List.of(Dimension.LANGUAGE, Dimension.PUBLISHER, Dimension.LICENCE_CHECK)) {
					Timeline[] last = new Timeline[1];
					double ms = median(() -> last[0] = insight.timeline(granularity, dimension, once));
					System.out.printf(Locale.ROOT, "timeline %-5s per %-5s by %-13s %6.1f ms  (%d bars, %d keys)%n", //$NON-NLS-1$
							counting, granularity.id(), dimension.id(), ms, last[0].buckets().size(), last[0].keys().size());
				}
			}
			Overview[] overview = new Overview[1];
			double ms = median(() -> overview[0] = insight.overview(once, 10));
			System.out.printf(Locale.ROOT, "overview %s                              %6.1f ms  (%d findings)%n", counting, ms, //$NON-NLS-1$
					overview[0].findingsTotal());
			PlaceMap[] map = new PlaceMap[1];
			ms = median(() -> map[0] = insight.map(once));
			System.out.printf(Locale.ROOT, "map %s                                   %6.1f ms  (%,d places located, %d countries)%n", //$NON-NLS-1$
					counting, ms, map[0].places().size(), map[0].countries().size());
			CoOccurrence[] network = new CoOccurrence[1];
			ms = median(() -> network[0] = insight.coOccurrence(once, NAMED, 2));
			System.out.printf(Locale.ROOT, "co-occurrence %s (persons, places, orgs) %6.1f ms  (%,d nodes, %,d edges of weight >= 2)%n", //$NON-NLS-1$
					counting, ms, network[0].nodes().size(), network[0].edges().size());
			Network[] shown = new Network[1];
			ms = median(() -> shown[0] = insight.network(NetworkOptions.of(once, NAMED, 2)));
			System.out.printf(Locale.ROOT, "network %s (top 150, weight >= 2, laid out) %6.1f ms  (%d nodes, %,d links, %d groups)%n", //$NON-NLS-1$
					counting, ms, shown[0].nodes().size(), shown[0].links().size(), shown[0].components());
		}
		System.out.printf(Locale.ROOT, "peak heap: %d MB%n", Measure.peakHeapMegabytes()); //$NON-NLS-1$
	}

	/** The median wall time of {@value #RUNS} runs of {@code work} after one warm-up run, in ms. */
	private static double median(Supplier<?> work) {
		work.get();
		long[] samples = new long[RUNS];
		for (int r = 0; r < RUNS; r++) {
			long start = System.nanoTime();
			work.get();
			samples[r] = System.nanoTime() - start;
		}
		return Measure.percentileMillis(samples, 50);
	}
}
