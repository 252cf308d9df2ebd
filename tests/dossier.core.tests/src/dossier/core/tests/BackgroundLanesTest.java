// SPDX-License-Identifier: EPL-2.0
package dossier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dossier.core.store.BackgroundLanes;

/** The lanes an import hands its index updates and recognitions to: per-key order, bounded waiting, failures kept in. */
class BackgroundLanesTest {

	@Test
	void theTasksOfOneKeyRunInTheOrderHandedOverAndAwaitIdleWaitsForAll() throws Exception {
		Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
		try (BackgroundLanes lanes = new BackgroundLanes("test-lanes", 3, 4)) {
			for (int i = 0; i < 300; i++) {
				String key = "article-" + (i % 7);
				int n = i;
				assertTrue(lanes.submit(key, () -> seen.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>())).add(n)));
			}
			lanes.awaitIdle();
		}
		assertEquals(7, seen.size());
		int total = 0;
		for (List<Integer> order : seen.values()) {
			List<Integer> sorted = new ArrayList<>(order);
			Collections.sort(sorted);
			assertEquals(sorted, order, "one key's tasks in the order handed over");
			total += order.size();
		}
		assertEquals(300, total, "every task ran before awaitIdle returned");
	}

	@Test
	void aFullLaneMakesTheSubmitterWaitAndAFailingTaskStopsNothing() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger ran = new AtomicInteger();
		try (BackgroundLanes lanes = new BackgroundLanes("test-lanes", 1, 2)) {
			lanes.submit("a", () -> {
				try {
					release.await();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
			lanes.submit("a", () -> {
				throw new IllegalStateException("a task's own failure");
			});
			Thread submitter = new Thread(() -> lanes.submit("a", ran::incrementAndGet));
			submitter.start();
			submitter.join(500);
			assertTrue(submitter.isAlive(), "two tasks wait already: the third submit waits for room");
			release.countDown();
			submitter.join(TimeUnit.SECONDS.toMillis(30));
			assertFalse(submitter.isAlive());
			lanes.awaitIdle();
			assertEquals(1, ran.get(), "the task after a failing one ran");
		}
	}

	@Test
	void closedLanesTakeNothing() {
		BackgroundLanes lanes = new BackgroundLanes("test-lanes", 2, 2);
		lanes.close();
		assertFalse(lanes.submit("a", () -> {
		}));
	}
}
