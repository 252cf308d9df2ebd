// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import com.sun.management.OperatingSystemMXBean;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusListener;
import dossier.core.store.CorpusLock;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;
import dossier.entities.store.BackgroundRecognition;
import dossier.entities.store.EntityStore;
import dossier.index.BackgroundUpdates;
import dossier.index.CorpusIndex;
import dossier.index.CorpusIndexes;
import dossier.index.IndexSource;

/**
 * Import through the store against its anchors, measured in one run over the same articles:
 * {@code benchmarks/run import [--articles N] [--seed S] [--dir DIR] [--rounds R] [--entities]}.
 * <ol>
 * <li><b>bare Lucene</b>: each article's title and text added to a Lucene index with the standard analyser, one
 * thread, one commit — the floor no import through any store can beat;</li>
 * <li><b>Dossier index only</b>: the same articles indexed from memory by {@link CorpusIndex} (every field, both
 * analyses, facets);</li>
 * <li><b>store only</b>: {@link Corpus#put} with the writer lock held (pretty JSON and original, written as a pair
 * through temporary files), no index;</li>
 * <li><b>import through the store</b>: what {@code dossier import} does after reading the files — the writer lock
 * held, {@link Corpus#put} for each article, the index following the corpus on background threads
 * ({@link BackgroundUpdates}), one commit;</li>
 * <li>with {@code --entities}, <b>import with entity recognition</b>: what {@code dossier import} does by default since
 * it recognises entities — the same, with each stored article recognised and its mentions stored on background lanes
 * ({@link BackgroundRecognition}), the engine built inside the clock (a fresh one each round, as each command builds
 * its own).</li>
 * </ol>
 * The articles ({@link SyntheticArticles}) are generated before any clock starts, so no figure includes the
 * generator. Each phase runs {@code --rounds} times (default 2) into a fresh folder; the best round is
 * reported with its process CPU time.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = 20_000;
		long seed = 42;
		int rounds = 2;
		Path dir = null;
		boolean entities = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--articles" -> count = Integer.parseInt(args[++i]); //$NON-NLS-1$
			case "--seed" -> seed = Long.parseLong(args[++i]); //$NON-NLS-1$
			case "--rounds" -> rounds = Integer.parseInt(args[++i]); //$NON-NLS-1$
			case "--dir" -> dir = Path.of(args[++i]); //$NON-NLS-1$
			case "--entities" -> entities = true; //$NON-NLS-1$
			default -> {
				System.err.println("usage: benchmarks/run import [--articles N] [--seed S] [--rounds R] [--dir DIR] [--entities]"); //$NON-NLS-1$
				System.exit(2);
			}
			}
		}
		Path work = dir != null ? dir : Files.createTempDirectory("dossier-import-bench"); //$NON-NLS-1$
		System.out.println(Measure.machine());
		List<Article> articles;
		List<byte[]> originals = new ArrayList<>();
		try (Stream<Article> generated = new SyntheticArticles(seed).stream(count)) {
			articles = generated.toList();
		}
		long bytes = 0;
		for (Article article : articles) {
			byte[] original = SyntheticArticles.original(article);
			originals.add(original);
			bytes += original.length;
		}
		System.out.printf(Locale.ROOT, "%,d synthetic articles in memory, %.1f MB of originals (generated before timing)%n", //$NON-NLS-1$
				count, bytes / 1e6);

		for (int round = 1; round <= rounds; round++) {
			System.out.println("round " + round + ":"); //$NON-NLS-1$ //$NON-NLS-2$
			Path bare = fresh(work.resolve("bare-lucene")); //$NON-NLS-1$
			Phase phase = Phase.start();
			try (IndexWriter writer = new IndexWriter(FSDirectory.open(bare),
					new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
				for (Article article : articles) {
					Document doc = new Document();
					doc.add(new StringField("id", article.id(), Field.Store.YES)); //$NON-NLS-1$
					doc.add(new TextField("title", article.title() == null ? "" : article.title(), Field.Store.YES)); //$NON-NLS-1$ //$NON-NLS-2$
					doc.add(new TextField("text", article.text(), Field.Store.NO)); //$NON-NLS-1$
					writer.addDocument(doc);
				}
				writer.commit();
			}
			phase.report("bare Lucene (standard analyser, 1 thread)", count); //$NON-NLS-1$

			Path indexOnly = fresh(work.resolve("index-only")); //$NON-NLS-1$
			phase = Phase.start();
			try (CorpusIndex index = CorpusIndex.open(new ListSource(indexOnly, articles))) {
				if (index.count() != count) {
					throw new IllegalStateException("indexed " + index.count()); //$NON-NLS-1$
				}
			}
			phase.report("Dossier index only (CorpusIndex from memory)", count); //$NON-NLS-1$

			Path storeOnly = fresh(work.resolve("store-only")); //$NON-NLS-1$
			phase = Phase.start();
			Corpus plain = Corpus.open(storeOnly);
			try (CorpusLock lock = plain.lockForWriting("benchmark", Duration.ZERO)) { //$NON-NLS-1$
				for (int i = 0; i < count; i++) {
					plain.put(articles.get(i), originals.get(i));
				}
			}
			phase.report("store only (Corpus.put, lock held, JSON + original as a pair)", count); //$NON-NLS-1$

			Path imported = fresh(work.resolve("import")); //$NON-NLS-1$
			phase = Phase.start();
			Corpus corpus = Corpus.open(imported);
			try (CorpusLock lock = corpus.lockForWriting("benchmark", Duration.ZERO); //$NON-NLS-1$
					CorpusIndex index = CorpusIndexes.open(corpus)) {
				try (BackgroundUpdates updates = new BackgroundUpdates(index)) {
					CorpusListener follower = CorpusIndexes.follow(corpus, updates);
					for (int i = 0; i < count; i++) {
						corpus.put(articles.get(i), originals.get(i));
					}
					corpus.removeListener(follower);
					if (updates.finish().isPresent()) {
						throw updates.finish().get();
					}
				}
				index.commit();
			}
			phase.report("import through the store (lock held, put + index following, one commit)", count); //$NON-NLS-1$
			if (Corpus.open(imported).size() != count) {
				throw new IllegalStateException("stored " + Corpus.open(imported).size()); //$NON-NLS-1$
			}
			if (entities) {
				Path recognised = fresh(work.resolve("import-entities")); //$NON-NLS-1$
				phase = Phase.start();
				Corpus withEntities = Corpus.open(recognised);
				EntityStore store = new EntityStore(recognised);
				BackgroundRecognition.Summary summary;
				try (CorpusLock lock = withEntities.lockForWriting("benchmark", Duration.ZERO); //$NON-NLS-1$
						CorpusIndex index = CorpusIndexes.open(withEntities);
						BackgroundRecognition recognition = new BackgroundRecognition(store,
								() -> EntityEngine.create(new Catalogue()))) {
					try (BackgroundUpdates updates = new BackgroundUpdates(index)) {
						CorpusListener follower = CorpusIndexes.follow(withEntities, updates);
						CorpusListener recognising = new CorpusListener() {
							@Override
							public void added(Article article) {
								recognition.recognise(article);
							}
						};
						withEntities.addListener(recognising);
						for (int i = 0; i < count; i++) {
							withEntities.put(articles.get(i), originals.get(i));
						}
						withEntities.removeListener(follower);
						withEntities.removeListener(recognising);
						summary = recognition.finish();
						if (updates.finish().isPresent()) {
							throw updates.finish().get();
						}
					}
					index.commit();
				}
				phase.report("import with entity recognition (as dossier import; engine built inside)", count); //$NON-NLS-1$
				if (summary.recognised() != count) {
					throw new IllegalStateException("recognised " + summary); //$NON-NLS-1$
				}
			}
		}
		System.out.println("work folder: " + work + " (delete it when done)"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Path fresh(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
		return folder;
	}

	/** Wall and process CPU time of one phase. */
	private record Phase(long wallStart, long cpuStart) {
		static Phase start() {
			System.gc();
			return new Phase(System.nanoTime(), cpu());
		}

		void report(String what, int count) {
			double seconds = (System.nanoTime() - wallStart) / 1e9;
			double cpuSeconds = (cpu() - cpuStart) / 1e9;
			System.out.printf(Locale.ROOT, "  %-76s %,7.0f articles/s (%.2f s wall, %.2f s CPU); load %.1f%n", what + ":", //$NON-NLS-1$ //$NON-NLS-2$
					count / seconds, seconds, cpuSeconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}

		private static long cpu() {
			if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
				return os.getProcessCpuTime();
			}
			return 0;
		}
	}

	/** The articles in memory as an index source: what the index reads when it builds from scratch. */
	private record ListSource(Path indexFolder, List<Article> list) implements IndexSource {
		@Override
		public String stamp() {
			return "bench-" + list.size(); //$NON-NLS-1$
		}

		@Override
		public Stream<Article> articles() {
			return list.stream();
		}
	}
}
