// SPDX-License-Identifier: EPL-2.0
package dossier.solr;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

import dossier.benchmarks.Measure;
import dossier.benchmarks.SyntheticArticles;
import dossier.core.model.Article;
import dossier.index.CorpusIndex;
import dossier.index.IndexSource;
import dossier.index.SearchRequest;

/**
 * The shared index's speed ({@code benchmarks/solr-index [ARTICLES]}): the corpus benchmark's synthetic articles
 * (3-5 KB, half Arabic, seed 42) pushed by {@link SolrPush} (one client thread, batches of {@link SolrPush#BATCH},
 * one commit) to a two-shard collection on a SolrCloud of two nodes started here (Solr's MiniSolrCloudCluster: the
 * nodes, ZooKeeper and the client share this JVM and the machine's cores), then the corpus benchmark's query set
 * searched through {@link SolrCollection} (facets and 10 passages each). The same articles in a local
 * {@link CorpusIndex} beside it, same run. Never a test.
 */
public final class SolrBenchmark {

	/** The query set of dossier.benchmarks.CorpusBenchmark: words, phrases, Arabic clitics, fields, boolean. */
	private static final String[] QUERIES = { "كوريا", "بوتين", "وكوريا", "لبوتين", "الحكومة", "بالحكومة", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"\"مجلس الأمن\"", "\"كيم جونغ أون\"", "عقوبات AND روسيا", "انتخابات OR برلمان", "مفاوضات NOT غزة", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"government", "\"central bank\"", "inflation rates", "elezioni", "parlamento AND language:it", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"publisher:lifegate", "publisher:\"Al Jazeera\" AND نفط", "licence:CC-BY-SA", "year:2021 AND كوريا", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"language:fa AND تحریم", "Путин", "gouvernement AND crise", "Regierung", "year:[2018 TO 2020] AND سلام", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"(كوريا OR روسيا) AND (اتفاق OR تعاون)", "author:haddad", "title:اقتصاد" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final int ROUNDS = 5;

	private SolrBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int size = args.length > 1 && args[0].equals("--articles") ? Integer.parseInt(args[1]) : 50_000; //$NON-NLS-1$
		// --solr-only: the collection alone (at a million articles the local index beside it doubles the run)
		boolean solrOnly = java.util.Arrays.asList(args).contains("--solr-only"); //$NON-NLS-1$
		Path root = Path.of(System.getProperty("dossier.root", ".")).toAbsolutePath().normalize(); //$NON-NLS-1$ //$NON-NLS-2$
		Path work = Files.createTempDirectory("dossier-solr-bench"); //$NON-NLS-1$
		SyntheticArticles articles = new SyntheticArticles(42);
		System.out.println(Measure.machine());
		MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(2, work.resolve("solr"), JettyConfig.builder().build()); //$NON-NLS-1$
		try {
			cluster.uploadConfigSet(root.resolve("solr/configset/conf"), "dossier"); //$NON-NLS-1$ //$NON-NLS-2$
			CollectionAdminRequest.createCollection("bench", "dossier", 2, 1).process(cluster.getSolrClient()); //$NON-NLS-1$ //$NON-NLS-2$
			cluster.waitForActiveCollection("bench", 2, 2); //$NON-NLS-1$
			String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();

			long cpu = cpuNanos();
			long start = System.nanoTime();
			long sent;
			try (SolrPush push = SolrPush.connect(url, "bench"); Stream<Article> stream = articles.stream(size)) { //$NON-NLS-1$
				Iterator<Article> iterator = stream.iterator();
				sent = push.send(iterator, SolrPush.withoutCorpus(), count -> {
					if (count % 10_000 == 0) {
						System.err.printf(Locale.ROOT, "  %,d sent%n", count); //$NON-NLS-1$
					}
				});
				long sentAt = System.nanoTime();
				push.commit();
				long committed = System.nanoTime();
				System.out.printf(Locale.ROOT,
						"solr push: %,d articles in %.1f s = %,.0f articles/s (sending %.1f s, the one commit %.1f s; process CPU, client and both nodes, %.1f s); index %s on disk (2 shards); load average %.1f%n", //$NON-NLS-1$
						sent, (committed - start) / 1e9, sent / ((committed - start) / 1e9), (sentAt - start) / 1e9,
						(committed - sentAt) / 1e9, (cpuNanos() - cpu) / 1e9, megabytes(work.resolve("solr")), load()); //$NON-NLS-1$
				if (push.count() != size) {
					throw new IllegalStateException("the collection holds " + push.count() + " of " + size); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}

			try (SolrCollection collection = SolrCollection.open(url, "bench")) { //$NON-NLS-1$
				latency("solr", size, query -> collection.search(SearchRequest.of(query, 10)).total());
			}

			if (solrOnly) {
				return;
			}
			cpu = cpuNanos();
			start = System.nanoTime();
			try (CorpusIndex local = CorpusIndex.open(source(work.resolve("local"), articles, size))) { //$NON-NLS-1$
				long nanos = System.nanoTime() - start;
				System.out.printf(Locale.ROOT, "local index (CorpusIndex, same articles): %,d articles in %.1f s = %,.0f articles/s (process CPU %.1f s); %s on disk%n", //$NON-NLS-1$
						local.count(), nanos / 1e9, local.count() / (nanos / 1e9), (cpuNanos() - cpu) / 1e9,
						megabytes(work.resolve("local"))); //$NON-NLS-1$
				latency("local", size, query -> local.search(SearchRequest.of(query, 10)).total());
			}
		} finally {
			cluster.shutdown();
			System.out.println("work folder: " + work + " (delete it when done)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private interface Search {
		long hits(String query) throws Exception;
	}

	private static void latency(String where, int size, Search search) throws Exception {
		for (int round = 0; round < 2; round++) {
			for (String query : QUERIES) {
				search.hits(query);
			}
		}
		long[] samples = new long[ROUNDS * QUERIES.length];
		long hits = 0;
		int i = 0;
		for (int round = 0; round < ROUNDS; round++) {
			for (String query : QUERIES) {
				long start = System.nanoTime();
				hits += search.hits(query);
				samples[i++] = System.nanoTime() - start;
			}
		}
		System.out.printf(Locale.ROOT,
				"%s search at %,d articles: %d queries (%d distinct; facets + 10 passages each): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; mean hits %,d%n", //$NON-NLS-1$
				where, size, samples.length, QUERIES.length, Measure.percentileMillis(samples, 50),
				Measure.percentileMillis(samples, 90), Measure.percentileMillis(samples, 99),
				Measure.percentileMillis(samples, 100), hits / samples.length);
	}

	private static IndexSource source(Path folder, SyntheticArticles articles, int size) {
		return new IndexSource() {
			@Override
			public Path indexFolder() {
				return folder;
			}

			@Override
			public String stamp() {
				return "synthetic-" + size; //$NON-NLS-1$
			}

			@Override
			public Stream<Article> articles() {
				return articles.stream(size);
			}
		};
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static String megabytes(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			long bytes = files.filter(Files::isRegularFile).mapToLong(file -> {
				try {
					return Files.size(file);
				} catch (IOException e) {
					return 0;
				}
			}).sum();
			return (bytes >> 20) + " MB"; //$NON-NLS-1$
		}
	}
}
