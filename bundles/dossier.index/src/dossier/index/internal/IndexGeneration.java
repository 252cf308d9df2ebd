// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One opening of the index: its directory, its writer (none when opened for searching only) and the readers over
 * them. Recovering from damage replaces a whole generation at once ({@link IndexLifecycle}), so a searcher is
 * always released to the manager it came from, and each generation keeps its own refresh state.
 */
final class IndexGeneration {

	/** What {@link IndexGeneration#search} runs on a searcher of the current reader. */
	interface SearcherWork<T> {
		T run(IndexSearcher searcher) throws IOException;
	}

	private final Directory directory;
	private final @Nullable IndexWriter writer;
	private final SearcherManager searchers;
	/** How many of the index's changes the current reader reflects at least; written under {@link #refreshLock}. */
	private volatile long refreshedTo;
	private final Object refreshLock = new Object();

	private IndexGeneration(Directory directory, @Nullable IndexWriter writer, SearcherManager searchers) {
		this.directory = directory;
		this.writer = writer;
		this.searchers = searchers;
	}

	/** A writer over {@code directory} (a new index with {@code create}) and the near-real-time readers over it. */
	static IndexGeneration writable(Directory directory, Analyzer analyzer, boolean create) throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(analyzer);
		config.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
		config.setRAMBufferSizeMB(48);
		config.setCommitOnClose(false);
		IndexWriter writer = new IndexWriter(directory, config);
		try {
			return new IndexGeneration(directory, writer, new SearcherManager(writer, null));
		} catch (IOException | RuntimeException e) {
			IndexLifecycle.closeQuietly(writer);
			throw e;
		}
	}

	/** Readers over the last commit in {@code directory}, without a writer (so without the index's write lock). */
	static IndexGeneration readOnly(Directory directory) throws IOException {
		return new IndexGeneration(directory, null, new SearcherManager(directory, null));
	}

	/** The writer, or null when the index was opened for searching only. */
	@Nullable IndexWriter writer() {
		return writer;
	}

	/** Reads every segment's headers and footers: a damaged index fails here, not at the first search. */
	void probe() throws IOException {
		IndexSearcher probe = searchers.acquire();
		try {
			probe.getIndexReader().numDocs();
		} finally {
			searchers.release(probe);
		}
	}

	/** Runs {@code work} on a searcher that reflects every change counted in {@code changes} so far. */
	<T> T search(AtomicLong changes, SearcherWork<T> work) throws IOException {
		IndexSearcher searcher = acquire(changes);
		try {
			return work.run(searcher);
		} finally {
			searchers.release(searcher);
		}
	}

	/**
	 * The reader for a search, refreshed first when a write came after it. A search that starts after a write
	 * returned always sees it, even while another thread is still refreshing: it waits for that refresh rather than
	 * take the reader from before it (which a flag cleared at the start of a refresh allowed, and which left the
	 * explorer showing the listing from before a build).
	 */
	private IndexSearcher acquire(AtomicLong changes) throws IOException {
		long wanted = changes.get();
		if (refreshedTo < wanted) {
			synchronized (refreshLock) {
				if (refreshedTo < wanted) {
					long reached = changes.get();
					searchers.maybeRefreshBlocking();
					refreshedTo = reached;
				}
			}
		}
		return searchers.acquire();
	}

	void addRefreshListener(ReferenceManager.RefreshListener listener) {
		searchers.addListener(listener);
	}

	/** Closes the readers, the writer (without committing) and the directory; throws the first failure. */
	void close() throws IOException {
		IOException failure = null;
		for (Closeable closeable : new Closeable[] { searchers, writer, directory }) {
			if (closeable != null) {
				try {
					closeable.close();
				} catch (IOException e) {
					failure = failure == null ? e : failure;
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}
}
