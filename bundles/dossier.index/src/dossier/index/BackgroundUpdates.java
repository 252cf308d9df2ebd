// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;

/**
 * Changes to a {@link CorpusIndex} applied on background threads, so that an import stores the next article while
 * the last ones are analysed: analysing an article for the index costs several times what storing it does, and
 * on two cores the two can overlap. Changes to one article are applied in the order they were handed over (each
 * article id has its lane); how many may wait is bounded, so memory stays flat however long the import. The first
 * failure (a full disk) stops the updates and is returned by {@link #finish()}.
 * <p>
 * Usage: hand changes over with {@link #update(Article)} and {@link #delete(String)} (from any thread), call
 * {@link #finish()} before {@link CorpusIndex#commit()}, then {@link #close()}.
 */
public final class BackgroundUpdates implements AutoCloseable {

	private static final int WAITING_PER_LANE = 32;

	private final CorpusIndex index;
	private final ExecutorService[] lanes;
	private final Semaphore room;
	private final int capacity;
	private volatile @Nullable IOException failure;

	/** Background updates of {@code index} on one lane per core, at most four. */
	public BackgroundUpdates(CorpusIndex index) {
		this(index, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
	}

	BackgroundUpdates(CorpusIndex index, int laneCount) {
		this.index = index;
		this.lanes = new ExecutorService[laneCount];
		for (int i = 0; i < laneCount; i++) {
			lanes[i] = Executors.newSingleThreadExecutor(runnable -> {
				Thread thread = new Thread(runnable, "dossier-index-updates"); //$NON-NLS-1$
				thread.setDaemon(true);
				return thread;
			});
		}
		this.capacity = laneCount * WAITING_PER_LANE;
		this.room = new Semaphore(capacity);
	}

	/** Adds or replaces {@code article} in the index, soon. Waits only when many changes are already waiting. */
	public void update(Article article) {
		submit(article.id(), () -> index.update(article));
	}

	/** Removes the article {@code id} from the index, soon. */
	public void delete(String id) {
		submit(id, () -> index.delete(id));
	}

	private interface Change {
		void apply() throws IOException;
	}

	private void submit(String id, Change change) {
		if (failure != null) {
			return; // the index is behind now; it is found stale and rebuilt on its next opening
		}
		room.acquireUninterruptibly();
		try {
			lanes[Math.floorMod(id.hashCode(), lanes.length)].execute(() -> {
				try {
					if (failure == null) {
						change.apply();
					}
				} catch (IOException e) {
					fail(e);
				} catch (RuntimeException | OutOfMemoryError e) {
					fail(new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e));
				} finally {
					room.release();
				}
			});
		} catch (RuntimeException e) { // rejected: closed already
			room.release();
			fail(new IOException("the index updates were closed", e)); //$NON-NLS-1$
		}
	}

	private synchronized void fail(IOException e) {
		if (failure == null) {
			failure = e;
		}
	}

	/**
	 * Waits until every change handed over so far is applied.
	 *
	 * @return the first change that failed, if one did (later changes were then dropped)
	 */
	public Optional<IOException> finish() throws InterruptedException {
		room.acquire(capacity);
		room.release(capacity);
		return Optional.ofNullable(failure);
	}

	/** Stops the background threads; changes not yet applied are dropped (call {@link #finish()} first). */
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
