// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.core.store.BackgroundLanes;

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
	private final BackgroundLanes lanes;
	private volatile @Nullable IOException failure;

	/** Background updates of {@code index} on one lane per core, at most four. */
	public BackgroundUpdates(CorpusIndex index) {
		this(index, BackgroundLanes.defaultCount());
	}

	BackgroundUpdates(CorpusIndex index, int laneCount) {
		this.index = index;
		this.lanes = new BackgroundLanes("dossier-index-updates", laneCount, WAITING_PER_LANE); //$NON-NLS-1$
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
		boolean accepted = lanes.submit(id, () -> {
			try {
				if (failure == null) {
					change.apply();
				}
			} catch (IOException e) {
				fail(e);
			} catch (RuntimeException | OutOfMemoryError e) {
				fail(new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e));
			}
		});
		if (!accepted) {
			fail(new IOException("the index updates were closed")); //$NON-NLS-1$
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
		lanes.awaitIdle();
		return Optional.ofNullable(failure);
	}

	/** Stops the background threads; changes not yet applied are dropped (call {@link #finish()} first). */
	@Override
	public void close() {
		lanes.close();
	}
}
