// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusListener;
import dossier.core.store.CorpusLock;
import dossier.index.BackgroundUpdates;
import dossier.index.CorpusIndex;
import dossier.index.CorpusIndexes;
import dossier.index.IndexSource;
import dossier.index.SearchRequest;
import dossier.index.SearchResult;
import dossier.index.SortKey;

/**
 * Corpus import, index and search: {@code benchmarks/run corpus [--articles N] [--sizes A,B] [--seed S]
 * [--store-sizes A,B] [--dir DIR]}.
 * <ol>
 * <li>Index only: the synthetic articles (see {@link SyntheticArticles}) indexed straight from memory by
 * {@link CorpusIndex}, at each size (default 10,000 and 100,000).</li>
 * <li>Import: the same articles stored with {@link Corpus#put} (pretty JSON plus the original bytes, atomic
 * writes, the writer lock held) while the index follows the corpus on background threads, then one commit: what
 * {@code dossier import} does. {@code benchmarks/run import} measures this without the generator, beside bare
 * Lucene.</li>
 * <li>Search latency at the largest size over a mixed query set: words, phrases, Arabic clitic forms, field
 * queries and boolean ones, each computing facets and highlighting its first 10 hits.</li>
 * </ol>
 * Prints articles/s, MB/s, p50/p99 latency and peak heap; run with {@code BENCH_VMARGS=-Xmx512m} to show the
 * heap target holds.
 */
public final class CorpusBenchmark {

	private static final String[] QUERIES = { "كوريا", "بوتين", "وكوريا", "لبوتين", "الحكومة", "بالحكومة", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"\"مجلس الأمن\"", "\"كيم جونغ أون\"", "عقوبات AND روسيا", "انتخابات OR برلمان", "مفاوضات NOT غزة", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"government", "\"central bank\"", "inflation rates", "elezioni", "parlamento AND language:it", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"publisher:lifegate", "publisher:\"Al Jazeera\" AND نفط", "licence:CC-BY-SA", "year:2021 AND كوريا", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"language:fa AND تحریم", "Путин", "gouvernement AND crise", "Regierung", "year:[2018 TO 2020] AND سلام", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"(كوريا OR روسيا) AND (اتفاق OR تعاون)", "author:haddad", "title:اقتصاد" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private CorpusBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = new ArrayList<>(List.of(10_000, 100_000));
		List<Integer> storeSizes = null;
		long seed = 42;
		Path dir = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--articles" -> sizes = List.of(Integer.parseInt(args[++i])); //$NON-NLS-1$
			case "--sizes" -> sizes = parseSizes(args[++i]); //$NON-NLS-1$
			case "--store-sizes" -> storeSizes = parseSizes(args[++i]); //$NON-NLS-1$
			case "--seed" -> seed = Long.parseLong(args[++i]); //$NON-NLS-1$
			case "--dir" -> dir = Path.of(args[++i]); //$NON-NLS-1$
			default -> {
				System.err.println("usage: benchmarks/run corpus [--articles N | --sizes 10000,100000] [--store-sizes N,...] [--seed S] [--dir DIR]"); //$NON-NLS-1$
				System.exit(2);
			}
			}
		}
		if (storeSizes == null) {
			storeSizes = sizes;
		}
		Path work = dir != null ? dir : Files.createTempDirectory("dossier-corpus-bench"); //$NON-NLS-1$
		System.out.println(Measure.machine());
		SyntheticArticles generator = new SyntheticArticles(seed);
		System.out.println(sample(generator));

		Path largestIndex = null;
		int largest = 0;
		for (int size : sizes) {
			Path folder = work.resolve("index-only-" + size); //$NON-NLS-1$
			deleteTree(folder);
			Measure.resetPeakHeap();
			markCpu();
			long start = System.nanoTime();
			try (CorpusIndex index = CorpusIndex.open(new GeneratedSource(folder, generator, size))) {
				long nanos = System.nanoTime() - start;
				report("index only", size, nanos, folder);
				if (index.count() != size) {
					throw new IllegalStateException("indexed " + index.count() + " of " + size); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			if (size >= largest) {
				largest = size;
				largestIndex = folder;
			}
		}
		for (int size : storeSizes) {
			Path folder = work.resolve("corpus-" + size); //$NON-NLS-1$
			deleteTree(folder);
			Measure.resetPeakHeap();
			markCpu();
			long start = System.nanoTime();
			Corpus corpus = Corpus.open(folder);
			try (CorpusLock lock = corpus.lockForWriting("benchmark", Duration.ZERO); //$NON-NLS-1$
					CorpusIndex index = CorpusIndexes.open(corpus)) {
				try (BackgroundUpdates updates = new BackgroundUpdates(index)) {
					CorpusListener follower = CorpusIndexes.follow(corpus, updates);
					try (Stream<Article> articles = generator.stream(size)) {
						for (Article article : (Iterable<Article>) articles::iterator) {
							corpus.put(article, SyntheticArticles.original(article));
						}
					}
					corpus.removeListener(follower);
					if (updates.finish().isPresent()) {
						throw updates.finish().get();
					}
				}
				index.commit();
				long nanos = System.nanoTime() - start;
				report("import (Corpus.put + index)", size, nanos, folder); //$NON-NLS-1$
			}
			deleteTree(corpus.indexFolder());
			markCpu();
			long start2 = System.nanoTime();
			try (CorpusIndex index = CorpusIndexes.open(corpus)) {
				report("rebuild index from stored corpus", index.count(), System.nanoTime() - start2, corpus.indexFolder()); //$NON-NLS-1$
			}
		}
		if (largestIndex != null) {
			searchLatency(new GeneratedSource(largestIndex, generator, largest), largest);
		}
		System.out.println("work folder: " + work + " (delete it when done)"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void searchLatency(IndexSource source, int size) throws Exception {
		try (CorpusIndex index = CorpusIndex.open(source)) {
			if (index.rebuildReason().isPresent()) {
				throw new IllegalStateException("index unexpectedly rebuilt: " + index.rebuildReason().get()); //$NON-NLS-1$
			}
			// Warm up: JIT, the OS page cache, facet ordinals.
			for (int round = 0; round < 5; round++) {
				for (String query : QUERIES) {
					index.search(SearchRequest.of(query, 10));
				}
			}
			Measure.resetPeakHeap();
			long cpuStart = processCpuNanos();
			int rounds = 20;
			long[] samples = new long[rounds * QUERIES.length];
			long totalHits = 0;
			int n = 0;
			for (int round = 0; round < rounds; round++) {
				for (String query : QUERIES) {
					long start = System.nanoTime();
					SearchResult result = index.search(SearchRequest.of(query, 10));
					samples[n++] = System.nanoTime() - start;
					totalHits += result.total();
				}
			}
			System.out.printf(Locale.ROOT, "search at %,d articles: %d queries (%d distinct; words, phrases, Arabic clitics, fields, boolean; facets + 10 snippets each): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; mean hits %,d; peak heap %d MB%n", //$NON-NLS-1$
					size, samples.length, QUERIES.length, Measure.percentileMillis(samples, 50),
					Measure.percentileMillis(samples, 90), Measure.percentileMillis(samples, 99),
					Measure.percentileMillis(samples, 100), totalHits / samples.length, Measure.peakHeapMegabytes());
			System.out.printf(Locale.ROOT, "  mean process CPU per query %.1f ms; load average %.1f%n", //$NON-NLS-1$
					(processCpuNanos() - cpuStart) / 1e6 / samples.length,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			for (String query : QUERIES) {
				long start = System.nanoTime();
				SearchResult result = index.search(SearchRequest.of(query, 10));
				System.out.printf(Locale.ROOT, "  %-45s %,9d hits %6.1f ms%n", query, result.total(), (System.nanoTime() - start) / 1e6); //$NON-NLS-1$
			}
			long start = System.nanoTime();
			index.list(SortKey.DATE, true, 0, 50);
			long firstPage = System.nanoTime() - start;
			start = System.nanoTime();
			index.list(SortKey.DATE, true, size / 2, 50);
			long laterPage = System.nanoTime() - start;
			System.out.printf(Locale.ROOT, "listing sorted by date: first page of 50 %.1f ms (computes the order), a later page %.1f ms%n", //$NON-NLS-1$
					firstPage / 1e6, laterPage / 1e6);
		}
	}

	private static long cpuMark;

	private static void report(String what, int size, long nanos, Path folder) throws IOException {
		double seconds = nanos / 1e9;
		double cpuSeconds = (processCpuNanos() - cpuMark) / 1e9;
		System.out.printf(Locale.ROOT,
				"%s: %,d articles in %.1f s = %,.0f articles/s (process CPU %.1f s = %,.0f articles per CPU-second); %s on disk; peak heap %d MB; load average %.1f%n", //$NON-NLS-1$
				what, size, seconds, size / seconds, cpuSeconds, size / cpuSeconds, megabytes(folder),
				Measure.peakHeapMegabytes(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/** Marks the start of a measured phase for the CPU time that {@link #report} prints. */
	private static void markCpu() {
		cpuMark = processCpuNanos();
	}

	/** CPU time of this process: on a shared machine, wall-clock throughput alone says more about the neighbours. */
	private static long processCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return 0;
	}

	private static String sample(SyntheticArticles generator) {
		long bytes = 0;
		int arabic = 0;
		int n = 1000;
		for (int i = 0; i < n; i++) {
			Article article = generator.article(i);
			bytes += article.text().getBytes(StandardCharsets.UTF_8).length;
			arabic += article.language().equals("ar") ? 1 : 0; //$NON-NLS-1$
		}
		long start = System.nanoTime();
		generator.stream(n).forEach(a -> {
			// measure generation alone
		});
		double perArticle = (System.nanoTime() - start) / 1e3 / n;
		return String.format(Locale.ROOT, "articles: mean %.1f KB of UTF-8 text, %d%% Arabic; generating one takes %.0f µs (included below)", //$NON-NLS-1$
				bytes / 1024.0 / n, arabic * 100 / n, perArticle);
	}

	private static String megabytes(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return "0 MB"; //$NON-NLS-1$
		}
		long bytes;
		try (Stream<Path> files = Files.walk(folder)) {
			bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
		return (bytes >> 20) + " MB"; //$NON-NLS-1$
	}

	private static List<Integer> parseSizes(String list) {
		List<Integer> sizes = new ArrayList<>();
		for (String size : list.split(",")) { //$NON-NLS-1$
			sizes.add(Integer.parseInt(size.strip()));
		}
		return sizes;
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** The generated articles as an index source, with a fixed stamp. */
	private record GeneratedSource(Path indexFolder, SyntheticArticles generator, int size) implements IndexSource {
		@Override
		public String stamp() {
			return "synthetic-" + size; //$NON-NLS-1$
		}

		@Override
		public Stream<Article> articles() {
			return generator.stream(size);
		}
	}
}
