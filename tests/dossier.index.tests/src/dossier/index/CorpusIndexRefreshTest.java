// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.search.ReferenceManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.model.Article;

/**
 * A search that starts after a write returned sees it, even while another search is still refreshing the readers
 * (in the package of the index, to hold a refresh open through its listener).
 */
class CorpusIndexRefreshTest {

	@TempDir
	Path folder;

	@Test
	void aSearchDuringAnotherSearchsRefreshWaitsForItRatherThanReadTheOldReader() throws Exception {
		IndexSource source = new ListSource(folder, "empty", List.of());
		try (CorpusIndex index = CorpusIndex.open(source)) {
			assertEquals(0, index.count());
			CountDownLatch refreshing = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			AtomicBoolean first = new AtomicBoolean(true);
			index.addRefreshListener(new ReferenceManager.RefreshListener() {
				@Override
				public void beforeRefresh() throws IOException {
					if (first.getAndSet(false)) {
						refreshing.countDown();
						try {
							release.await(30, TimeUnit.SECONDS);
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
					}
				}

				@Override
				public void afterRefresh(boolean didRefresh) {
					// only the start of a refresh is held
				}
			});

			index.update(Article.builder("Putin visits Pyongyang").id("a1").title("Putin visits Pyongyang").build());
			// One search (say the explorer's facet counts) starts the refresh and is held inside it ...
			CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(() -> count(index));
			assertTrue(refreshing.await(30, TimeUnit.SECONDS), "the first search refreshes the readers");
			// ... while another (the listing asked for after the index changed) starts.
			CompletableFuture<List<String>> later = CompletableFuture.supplyAsync(() -> ids(index));
			// Give the later search every chance to answer from the reader before the write, then let the refresh end.
			Thread.sleep(300);
			release.countDown();

			assertEquals(List.of("a1"), later.get(30, TimeUnit.SECONDS),
					"the search started after the write must see it, not the reader from before");
			assertEquals(1, holder.get(30, TimeUnit.SECONDS));
		}
	}

	private static int count(CorpusIndex index) {
		try {
			return index.count();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> ids(CorpusIndex index) {
		try {
			return index.search(SearchRequest.of("", 10)).hits().stream().map(Hit::id).toList();
		} catch (IOException | QuerySyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
