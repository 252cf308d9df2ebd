// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import dossier.core.OneLine;
import dossier.core.model.Article;
import dossier.index.IndexSource;

/**
 * The writer side of the index: single changes, batches analysed on several threads, commits and rebuilds. Each
 * runs under {@link IndexLifecycle#change} (a rebuild under {@link IndexLifecycle#changeAlone}), so the writer it
 * uses stays open until it is done.
 */
public final class BatchWriter {

	private static final int BATCH = 64;

	private final IndexLifecycle lifecycle;
	private final IndexSource source;
	private final DocumentMapper mapper;
	/** Pairs a commit's data with that commit when two threads commit at once. */
	private final Object commitLock = new Object();

	public BatchWriter(IndexLifecycle lifecycle, IndexSource source, DocumentMapper mapper) {
		this.lifecycle = lifecycle;
		this.source = source;
		this.mapper = mapper;
	}

	/** Re-reads every article of the source and replaces the whole index with them, then commits. */
	public void rebuild() throws IOException {
		lifecycle.changeAlone(generation -> {
			IndexWriter writer = writerOf(generation);
			writer.deleteAll();
			try (Stream<Article> articles = source.articles()) {
				index(writer, articles, false);
			}
			commit(writer);
			return null;
		});
	}

	public void update(Article article) throws IOException {
		lifecycle.change(generation -> {
			writerOf(generation).updateDocument(new Term(Fields.ID, article.id()), mapper.toDocument(article, source));
			lifecycle.changed();
			return null;
		});
	}

	public void updateAll(Stream<Article> articles) throws IOException {
		lifecycle.change(generation -> {
			index(writerOf(generation), articles, true);
			return null;
		});
	}

	public void delete(String id) throws IOException {
		lifecycle.change(generation -> {
			writerOf(generation).deleteDocuments(new Term(Fields.ID, id));
			lifecycle.changed();
			return null;
		});
	}

	public void commit() throws IOException {
		lifecycle.change(generation -> {
			commit(writerOf(generation));
			return null;
		});
	}

	private void commit(IndexWriter writer) throws IOException {
		synchronized (commitLock) {
			writer.setLiveCommitData(lifecycle.commitData().entrySet());
			writer.commit();
			lifecycle.changed();
		}
	}

	private IndexWriter writerOf(IndexGeneration generation) {
		IndexWriter writer = generation.writer();
		if (writer == null) {
			throw new IllegalStateException("the index of " + lifecycle.folder() + " is open for searching only"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return writer;
	}

	/**
	 * Analyses {@code articles} on up to four threads, a batch at a time, with a bounded number of batches waiting.
	 * Returns only when no batch runs any more, so the writer outlives every use of it.
	 */
	private void index(IndexWriter writer, Stream<Article> articles, boolean replace) throws IOException {
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "dossier-index"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
		Semaphore inFlight = new Semaphore(threads * 2);
		List<Future<?>> pending = new ArrayList<>();
		try {
			List<Article> batch = new ArrayList<>(BATCH);
			for (Article article : (Iterable<Article>) articles::iterator) {
				batch.add(article);
				if (batch.size() == BATCH) {
					pending.add(submit(pool, inFlight, writer, batch, replace));
					batch = new ArrayList<>(BATCH);
					pending.removeIf(Future::isDone);
				}
			}
			if (!batch.isEmpty()) {
				pending.add(submit(pool, inFlight, writer, batch, replace));
			}
			for (Future<?> future : pending) {
				future.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("indexing interrupted", e); //$NON-NLS-1$
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IOException(OneLine.of(e.getCause()), e.getCause());
		} finally {
			pool.shutdownNow();
			awaitStopped(pool);
			lifecycle.changed();
		}
	}

	private Future<?> submit(ExecutorService pool, Semaphore inFlight, IndexWriter writer, List<Article> batch,
			boolean replace) throws InterruptedException {
		inFlight.acquire();
		return pool.submit(() -> {
			try {
				for (Article article : batch) {
					Document doc = mapper.toDocument(article, source);
					if (replace) {
						writer.updateDocument(new Term(Fields.ID, article.id()), doc);
					} else {
						writer.addDocument(doc);
					}
				}
				return null;
			} finally {
				inFlight.release();
			}
		});
	}

	/** Waits for the batches still running after a failure, keeping the caller's interrupt. */
	private static void awaitStopped(ExecutorService pool) {
		boolean interrupted = false;
		while (!pool.isTerminated()) {
			try {
				pool.awaitTermination(1, TimeUnit.MINUTES);
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
