// SPDX-License-Identifier: EPL-2.0
package dossier.entities.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.OneLine;
import dossier.core.model.Article;
import dossier.core.store.BackgroundLanes;
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
	private final BackgroundLanes lanes;
	private final AtomicInteger recognised = new AtomicInteger();
	private final AtomicInteger failed = new AtomicInteger();
	private final List<String> failures = new ArrayList<>();
	private @Nullable EntityEngine engine;
	private @Nullable RuntimeException engineFailure;

	/** Recognition into {@code store} with the engine {@code engine} makes, on one lane per core, at most four. */
	public BackgroundRecognition(EntityStore store, Supplier<EntityEngine> engine) {
		this(store, engine, BackgroundLanes.defaultCount());
	}

	BackgroundRecognition(EntityStore store, Supplier<EntityEngine> engine, int laneCount) {
		this.store = store;
		this.engineFactory = engine;
		this.lanes = new BackgroundLanes("dossier-entity-recognition", laneCount, WAITING_PER_LANE); //$NON-NLS-1$
		// the engine's load overlaps the reading of the first files; the first article waits for it (a failure to
		// build it is remembered, and every article then fails with its reason)
		submit("", () -> engine()); //$NON-NLS-1$
	}

	/** Recognises {@code article}'s entities and stores its mentions, soon. Waits only when many are waiting. */
	public void recognise(Article article) {
		submit(article.id(), () -> {
			try {
				StoredRecognition.recogniseAndStore(engine(), store, article);
				recognised.incrementAndGet();
			} catch (IOException | RuntimeException e) {
				fail(article.id() + ": " + OneLine.of(e)); //$NON-NLS-1$
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

	private void submit(String key, Runnable task) {
		if (!lanes.submit(key, task)) {
			fail("recognition closed"); //$NON-NLS-1$
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
		lanes.awaitIdle();
		synchronized (failures) {
			return new Summary(recognised.get(), failed.get(), List.copyOf(failures));
		}
	}

	/** Stops the background threads; articles not yet recognised are dropped (call {@link #finish()} first). */
	@Override
	public void close() {
		lanes.close();
	}
}
