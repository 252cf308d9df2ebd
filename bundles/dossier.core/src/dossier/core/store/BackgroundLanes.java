// SPDX-License-Identifier: EPL-2.0
package dossier.core.store;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Work that an import hands over and goes on reading: each task runs on one of a few background threads (lanes),
 * chosen by a key, so that the tasks of one key (one article's changes) run in the order they were handed over;
 * how many may wait is bounded, so memory stays flat however long the import, and the import goes at the pace of
 * the work once the lanes are full. The index's updates and the entities' recognition on import run this way.
 * <p>
 * A task handles its own failures: whatever it throws is dropped here (the lanes go on).
 */
public final class BackgroundLanes implements AutoCloseable {

	private final ExecutorService[] lanes;
	private final Semaphore room;
	private final int capacity;

	/** One lane per core, at most four. */
	public static int defaultCount() {
		return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
	}

	/**
	 * {@code laneCount} lanes whose threads are named {@code threadName} (daemons: they never keep a program alive),
	 * each with at most {@code waitingPerLane} tasks waiting on average.
	 */
	public BackgroundLanes(String threadName, int laneCount, int waitingPerLane) {
		this.lanes = new ExecutorService[laneCount];
		for (int i = 0; i < laneCount; i++) {
			lanes[i] = Executors.newSingleThreadExecutor(runnable -> {
				Thread thread = new Thread(runnable, threadName);
				thread.setDaemon(true);
				return thread;
			});
		}
		this.capacity = laneCount * waitingPerLane;
		this.room = new Semaphore(capacity);
	}

	/**
	 * Runs {@code task} soon on the lane of {@code key}, after the tasks handed over before it with the same key.
	 * Waits only when the lanes are full.
	 *
	 * @return false when the lanes are closed (the task will not run)
	 */
	public boolean submit(Object key, Runnable task) {
		room.acquireUninterruptibly();
		try {
			lanes[Math.floorMod(key.hashCode(), lanes.length)].execute(() -> {
				try {
					task.run();
				} catch (RuntimeException | OutOfMemoryError e) {
					// the task's own to report; the lane goes on
				} finally {
					room.release();
				}
			});
			return true;
		} catch (RuntimeException e) { // rejected: closed already
			room.release();
			return false;
		}
	}

	/** Waits until every task handed over so far has run. */
	public void awaitIdle() throws InterruptedException {
		room.acquire(capacity);
		room.release(capacity);
	}

	/** Stops the threads; tasks not yet run are dropped (call {@link #awaitIdle()} first). */
	@Override
	public void close() {
		for (ExecutorService lane : lanes) {
			lane.shutdownNow();
		}
		for (ExecutorService lane : lanes) {
			try {
				lane.awaitTermination(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
