// SPDX-License-Identifier: EPL-2.0
package dossier.entities.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.entities.EntityEngine;

/**
 * The entities of the articles an import stores, recognised on background threads and stored beside each article
 * as the workbench's build stores them ({@link StoredRecognition}: the analysts' decisions kept), so that a corpus
 * made on the command line links with entity ids as one made in the workbench does. Recognising an article costs
 * several times what storing and indexing it do, so the import hands articles over and goes on reading; changes to
 * one article are recognised in the order they were handed over (each article id has its lane), and how many may
 * wait is bounded, so memory stays flat however long the import and the import goes at the pace of recognition.
 * The engine (its gazetteers: a second or two) is built on a background thread from the start, while the first
 * files are read. An article that cannot be recognised is counted and reported by {@link #finish()}; the others go
 * on.
 * <p>
 * Usage: hand articles over with {@link #recognise(Article)} (from any thread), call {@link #finish()}, then
 * {@link #close()}.
 */
public final class BackgroundRecognition implements AutoCloseable {

	/** What a run recognised: articles whose mentions were stored, and the reasons of those that failed. */
	public record Summary(int recognised, int failed, List<String> firstFailures) {
	}

	private static final int WAITING_PER_LANE = 16;
	private static final int FAILURES_KEPT = 5;

	private final EntityStore store;
	private final Supplier<EntityEngine> engineFactory;
	private final ExecutorService[] lanes;
	private final Semaphore room;
	private final int capacity;
	private final AtomicInteger recognised = new AtomicInteger();
	private final AtomicInteger failed = new AtomicInteger();
	private final List<String> failures = new ArrayList<>();
	private @Nullable EntityEngine engine;
	private @Nullable RuntimeException engineFailure;

	/** Recognition into {@code store} with the engine {@code engine} makes, on one lane per core, at most four. */
	public BackgroundRecognition(EntityStore store, Supplier<EntityEngine> engine) {
		this(store, engine, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
	}

	BackgroundRecognition(EntityStore store, Supplier<EntityEngine> engine, int laneCount) {
		this.store = store;
		this.engineFactory = engine;
		this.lanes = new ExecutorService[laneCount];
		for (int i = 0; i < laneCount; i++) {
			lanes[i] = Executors.newSingleThreadExecutor(runnable -> {
				Thread thread = new Thread(runnable, "dossier-entity-recognition"); //$NON-NLS-1$
				thread.setDaemon(true);
				return thread;
			});
		}
		this.capacity = laneCount * WAITING_PER_LANE;
		this.room = new Semaphore(capacity);
		// the engine's load overlaps the reading of the first files; the first article waits for it
		submit(0, () -> engine());
	}

	/** Recognises {@code article}'s entities and stores its mentions, soon. Waits only when many are waiting. */
	public void recognise(Article article) {
		submit(article.id().hashCode(), () -> {
			try {
				StoredRecognition.recogniseAndStore(engine(), store, article);
				recognised.incrementAndGet();
			} catch (IOException | RuntimeException e) {
				fail(article.id() + ": " + firstLine(e)); //$NON-NLS-1$
			}
		});
	}

	private synchronized EntityEngine engine() {
		EntityEngine built = engine;
		if (built != null) {
			return built;
		}
		RuntimeException failure = engineFailure;
		if (failure != null) {
			throw failure;
		}
		try {
			built = engineFactory.get();
		} catch (RuntimeException e) {
			engineFailure = e;
			throw e;
		}
		engine = built;
		return built;
	}

	private void submit(int hash, Runnable task) {
		room.acquireUninterruptibly();
		try {
			lanes[Math.floorMod(hash, lanes.length)].execute(() -> {
				try {
					task.run();
				} catch (RuntimeException | OutOfMemoryError e) {
					// the engine could not be built: every article fails with its reason
				} finally {
					room.release();
				}
			});
		} catch (RuntimeException e) { // rejected: closed already
			room.release();
			fail("recognition closed: " + firstLine(e)); //$NON-NLS-1$
		}
	}

	private void fail(String reason) {
		failed.incrementAndGet();
		synchronized (failures) {
			if (failures.size() < FAILURES_KEPT) {
				failures.add(reason);
			}
		}
	}

	/** Waits until every article handed over so far is recognised and stored (or failed). */
	public Summary finish() throws InterruptedException {
		room.acquire(capacity);
		room.release(capacity);
		synchronized (failures) {
			return new Summary(recognised.get(), failed.get(), List.copyOf(failures));
		}
	}

	/** Stops the background threads; articles not yet recognised are dropped (call {@link #finish()} first). */
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

	private static String firstLine(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.lines().findFirst().orElse(message);
	}
}
