// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.apache.lucene.index.CorruptIndexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.model.Article;

/**
 * Searches and updates on several threads while another thread rebuilds the index, recovers it as from damage and
 * then closes it: nothing fails but with {@link IndexClosedException} once the index is closed, and between the
 * recoveries and the closing the index counts every article once (in the package of the index, to start a
 * recovery without damaging files under a running search).
 */
class CorpusIndexRaceTest {

	private static final int ARTICLES = 120;
	private static final int SEARCHERS = 3;
	private static final int UPDATERS = 2;
	private static final int ROUNDS = 3;
	/** A bound on each worker's loop; the closing ends them long before. */
	private static final int MOST_STEPS = 200_000;

	@TempDir
	Path folder;

	/** One step of a worker: a search or a change. */
	private interface Step {
		void run(int step) throws Exception;
	}

	@Test
	void searchesAndUpdatesRaceRebuildsRecoveriesAndTheClosing() throws Exception {
		List<Article> articles = IntStream.range(0, ARTICLES).mapToObj(CorpusIndexRaceTest::article).toList();
		CorpusIndex index = CorpusIndex.open(new ListSource(folder, "race", articles));
		assertEquals(ARTICLES, index.count());

		int workers = SEARCHERS + UPDATERS;
		CyclicBarrier start = new CyclicBarrier(workers + 1);
		CountDownLatch everyWorkerWorked = new CountDownLatch(workers);
		CountDownLatch swapsDone = new CountDownLatch(1);
		CountDownLatch countsChecked = new CountDownLatch(1);
		AtomicBoolean closing = new AtomicBoolean();
		AtomicBoolean stop = new AtomicBoolean();
		Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(workers + 1);
		try {
			List<Future<Integer>> steps = new ArrayList<>();
			for (int i = 0; i < SEARCHERS; i++) {
				steps.add(pool.submit(() -> work(start, everyWorkerWorked, closing, stop, failures, step -> search(index, step))));
			}
			for (int i = 0; i < UPDATERS; i++) {
				int updater = i;
				steps.add(pool.submit(() -> work(start, everyWorkerWorked, closing, stop, failures,
						step -> change(index, articles, updater, step))));
			}
			Future<?> lifecycle = pool.submit(() -> {
				start.await();
				try {
					everyWorkerWorked.await();
					for (int round = 0; round < ROUNDS; round++) {
						index.rebuild();
						index.recover(new CorruptIndexException("damage made up by the race test", "race"));
					}
				} finally {
					swapsDone.countDown();
				}
				countsChecked.await();
				closing.set(true);
				index.close();
				return null;
			});

			try {
				// A generous bound so that a deadlock fails the test rather than hangs the build: no timing is asserted.
				assertTrue(swapsDone.await(10, TimeUnit.MINUTES), "the rebuilds and recoveries end");
				if (lifecycle.isDone()) {
					lifecycle.get(); // a rebuild or recovery failed: its exception fails the test
				}
				// The workers still search and update (each update replaces an article by itself): the counts are exact.
				assertEquals(ARTICLES, index.count());
				assertEquals(ARTICLES, index.search(SearchRequest.of("", 1)).total());
				assertEquals(ARTICLES / 2, index.search(SearchRequest.of("Genova", 5)).total());
				assertEquals(ARTICLES / 2, index.matchingIds("Genova").size());
				assertEquals(ARTICLES, index.list(SortKey.ID, false, 0, ARTICLES + 10).size());
				assertTrue(index.rebuildReason().orElse("").startsWith("corrupt"), index.rebuildReason().toString());
			} finally {
				countsChecked.countDown();
			}
			lifecycle.get(10, TimeUnit.MINUTES);
			List<Integer> stepsRun = new ArrayList<>();
			for (Future<Integer> worker : steps) {
				stepsRun.add(worker.get(10, TimeUnit.MINUTES));
			}
			assertEquals(List.of(), List.copyOf(failures), "no failure but the index being closed, after the closing");
			assertTrue(stepsRun.stream().allMatch(n -> n > 0), "each worker searched or changed the index: " + stepsRun);
		} finally {
			stop.set(true);
			countsChecked.countDown();
			pool.shutdownNow();
		}

		assertThrows(IndexClosedException.class, index::count);
		assertThrows(IndexClosedException.class, () -> index.search(SearchRequest.of("Genova", 5)));
		assertThrows(IndexClosedException.class, () -> index.update(articles.get(0)));
		index.close(); // a second closing does nothing
	}

	/** Runs {@code step} until the index is closed (or a bound); returns how many steps ran. */
	private static int work(CyclicBarrier start, CountDownLatch worked, AtomicBoolean closing, AtomicBoolean stop,
			Queue<Throwable> failures, Step step) throws Exception {
		start.await();
		int done = 0;
		try {
			while (done < MOST_STEPS && !stop.get()) {
				try {
					step.run(done);
				} catch (IndexClosedException e) {
					if (!closing.get()) {
						failures.add(e);
					}
					return done;
				}
				if (done++ == 0) {
					worked.countDown();
				}
			}
			return done;
		} catch (Exception | Error e) {
			failures.add(e);
			return done;
		} finally {
			if (done == 0) {
				worked.countDown(); // failed at once: the others must not wait for it
			}
		}
	}

	private static void search(CorpusIndex index, int step) throws Exception {
		switch (step % 5) {
		case 0 -> index.search(SearchRequest.of("Genova", 10));
		case 1 -> index.search(SearchRequest.of("", 10).sortedBy(SortKey.TITLE, false).page(20, 10));
		case 2 -> index.list(SortKey.ID, step % 2 == 0, step % ARTICLES, 10);
		case 3 -> index.matchingIds("porto");
		default -> index.count();
		}
	}

	private static void change(CorpusIndex index, List<Article> articles, int updater, int step) throws Exception {
		int at = (step * 7 + updater * 31) % ARTICLES;
		if (step % 10 == 9) {
			index.commit();
		} else if (step % 5 == 4) {
			index.updateAll(articles.subList(at, Math.min(ARTICLES, at + 8)).stream());
		} else {
			index.update(articles.get(at));
		}
	}

	private static Article article(int i) {
		String title = "Porto numero " + i;
		String text = title + "\n\nIl porto di " + (i % 2 == 0 ? "Genova" : "Cagliari") + " ha registrato " + i + " navi.";
		return Article.builder(text).id("a" + i).title(title).language("it").build();
	}
}
