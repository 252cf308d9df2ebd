// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import dossier.core.model.Article;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;
import dossier.entities.LinkedEntityIds;
import dossier.lineage.EntityIds;
import dossier.lineage.Lineage;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;

/**
 * Speed of lineage linking: a corpus of synthetic multilingual articles ({@link SyntheticArticles}) in which every
 * twentieth article is republished under another address (the same text, another publisher) and every fiftieth is
 * a verbatim duplicate, linked from scratch, one article at a time, as an import would; then the time to link one
 * new article to the full corpus (p50, p99), the links found, and the heap the index retains.
 *
 * <pre>
 * benchmarks/run lineage [--articles N] [--threads N] [--entities]
 * </pre>
 *
 * {@code --entities}: each article is also recognised by the entity engine ({@code dossier entities}' engine, an empty
 * catalogue) and linked with the ids of the people and places it names, as linking with stored mentions does: the
 * first pass then includes the recognition (on the preparing threads, as recognition on the fly would run), and the
 * probes give the ids before the clock starts (as stored mentions do) and time the recognition apart.
 */
public final class LineageBenchmark {

	private LineageBenchmark() {
	}

	public static void main(String[] args) {
		int articles = 20_000;
		int threads = Lineage.THREADS;
		boolean entities = false;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--articles")) { //$NON-NLS-1$
				articles = Integer.parseInt(args[++i]);
			} else if (args[i].equals("--threads")) { //$NON-NLS-1$
				threads = Integer.parseInt(args[++i]);
			} else if (args[i].equals("--entities")) { //$NON-NLS-1$
				entities = true;
			} else {
				throw new IllegalArgumentException("usage: benchmarks/run lineage [--articles N] [--threads N] [--entities]"); //$NON-NLS-1$
			}
		}
		System.out.println(Measure.machine());
		EntityIds entityIds = EntityIds.NONE;
		if (entities) {
			long loading = System.nanoTime();
			EntityEngine loaded = EntityEngine.create(new Catalogue());
			System.out.printf(Locale.ROOT, "entity engine loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9); //$NON-NLS-1$
			entityIds = article -> LinkedEntityIds.of(loaded.recognize(article).mentions());
		}
		SyntheticArticles synthetic = new SyntheticArticles(11);
		ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
		long retainedBefore = Measure.retainedHeapMegabytes();
		LineageIndex index = new LineageIndex();
		int republications = 0;
		int duplicates = 0;
		int[] found = new int[LinkType.values().length];
		for (int i = 0; i < articles; i++) { // as copyOrOriginal plants them
			if (i > 100 && i % 20 == 7) {
				republications++;
			} else if (i > 100 && i % 50 == 13) {
				duplicates++;
			}
		}
		int total = articles;
		Iterator<Article> generated = IntStream.range(0, total).mapToObj(i -> copyOrOriginal(synthetic, i)).iterator();
		long cpuStart = processCpuNanos();
		long threadCpuStart = threadBean.getCurrentThreadCpuTime();
		long wallStart = System.nanoTime();
		// the first pass as 'dossier lineage' runs it: articles prepared on 'threads' threads, compared in order here
		for (LineageLink link : Lineage.addAll(index, generated, threads, entityIds)) {
			found[link.type().ordinal()]++;
		}
		double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
		double comparingSeconds = (threadBean.getCurrentThreadCpuTime() - threadCpuStart) / 1e9;
		double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
		long retained = Measure.retainedHeapMegabytes() - retainedBefore;
		System.out.printf(Locale.ROOT, "linked %,d articles from scratch (%,d republished copies, %,d duplicates planted), %d preparing threads: %.1f s wall, %.1f s CPU in all (%.1f s on the comparing thread), %,.0f articles/s; %,d comparisons%n", //$NON-NLS-1$
				articles, republications, duplicates, threads, wallSeconds, cpuSeconds, comparingSeconds, articles / wallSeconds,
				index.comparisons());
		System.out.printf(Locale.ROOT, "links found: %s%n", Arrays.stream(LinkType.values()) //$NON-NLS-1$
				.map(type -> type.name().toLowerCase(Locale.ROOT) + " " + found[type.ordinal()]).toList());
		System.out.printf(Locale.ROOT, "index retains %,d MB (%.1f KB per article)%n", retained, retained * 1024.0 / articles); //$NON-NLS-1$
		int probes = 500;
		long[] samples = new long[probes];
		long[] recognitions = new long[probes];
		for (int p = 0; p < probes; p++) {
			Article article = copyOrOriginal(synthetic, articles + p);
			long recognising = System.nanoTime();
			List<String> ids = entityIds.of(article);
			recognitions[p] = System.nanoTime() - recognising;
			long start = System.nanoTime();
			List<LineageLink> links = index.add(article, ids).links();
			samples[p] = System.nanoTime() - start;
			if (links.size() > 1_000) {
				System.out.println(links.size()); // keeps the call from being optimised away
			}
		}
		System.out.printf(Locale.ROOT, "one new article against %,d: p50 %.2f ms, p99 %.2f ms%n", articles, //$NON-NLS-1$
				Measure.percentileMillis(samples, 50), Measure.percentileMillis(samples, 99));
		if (entities) {
			System.out.printf(Locale.ROOT, "its ids given; recognising it first adds p50 %.2f ms, p99 %.2f ms%n", //$NON-NLS-1$
					Measure.percentileMillis(recognitions, 50), Measure.percentileMillis(recognitions, 99));
		}
	}

	/** CPU time of the whole process (every thread), from the JVM's operating-system bean. */
	private static long processCpuNanos() {
		java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
	}

	/** Article {@code i}: every twentieth a republication of an earlier one, every fiftieth a duplicate. */
	private static Article copyOrOriginal(SyntheticArticles synthetic, int i) {
		if (i > 100 && i % 20 == 7) {
			Article original = synthetic.article(i / 2);
			return original.toBuilder().id("rep" + i).publisher("Republisher " + i % 7) //$NON-NLS-1$ //$NON-NLS-2$
					.sourceUrl("https://copies.example/" + i).build(); //$NON-NLS-1$
		}
		if (i > 100 && i % 50 == 13) {
			Article original = synthetic.article(i / 3);
			return original.toBuilder().id("dup" + i).build(); //$NON-NLS-1$
		}
		return synthetic.article(i);
	}
}
