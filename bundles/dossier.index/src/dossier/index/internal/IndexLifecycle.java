// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.jdt.annotation.Nullable;

import dossier.core.OneLine;
import dossier.index.IndexClosedException;
import dossier.index.IndexInUseException;
import dossier.index.IndexSource;
import dossier.index.internal.IndexGeneration.SearcherWork;

/**
 * Opening, recovering and closing the index of one source, and the two locks every use of it takes.
 * <p>
 * The open index is one {@link IndexGeneration}. Searches and changes hold the read half of {@link #state} while
 * they use it; recovering from damage and closing swap or drop the whole generation under its write half. So no
 * search or change ever meets a writer or reader closed under it, and after {@link #close()} each one fails with
 * {@link IndexClosedException}.
 * <p>
 * Changes share {@link #changesLock}; a rebuild (and a recovery, which ends in one) holds it alone, so that no
 * update lands between a rebuild's delete-all and its re-reading of the source (the article would be there twice),
 * and no commit records the source's stamp over a half-rebuilt index. Searches go on during a rebuild. A thread
 * takes {@link #changesLock} before {@link #state}, never the other way round.
 */
public final class IndexLifecycle {

	/** Rebuilds the index from its source: {@link BatchWriter#rebuild()}. */
	public interface IndexAction {
		void run() throws IOException;
	}

	/** What runs on the open generation under the locks. */
	interface IndexWork<T> {
		T run(IndexGeneration generation) throws IOException;
	}

	private final IndexFolder disk;
	private final ReentrantReadWriteLock state = new ReentrantReadWriteLock();
	private final ReentrantReadWriteLock changesLock = new ReentrantReadWriteLock();
	/** Writes made so far: a search whose reader reflects fewer refreshes it first. */
	private final AtomicLong changes = new AtomicLong();
	/** Written under the write half of {@link #state}, or before the index is handed out. */
	private volatile @Nullable IndexGeneration current;
	private volatile boolean closed;
	private volatile @Nullable String rebuildReason;
	private volatile @Nullable String staleness;

	public IndexLifecycle(IndexSource source, Analyzer indexAnalyzer) {
		this.disk = new IndexFolder(source, indexAnalyzer);
	}

	/** Opens the index for writing; when it is missing, stale or corrupt, fills it afresh with {@code rebuild}. */
	public void openOrRebuild(IndexAction rebuild) throws IOException {
		Files.createDirectories(disk.path());
		try {
			IndexFolder.Opened opened = disk.openForWriting();
			current = opened.generation();
			if (opened.rebuildReason() != null) {
				rebuildReason = opened.rebuildReason();
				rebuild.run();
			}
		} catch (LockObtainFailedException e) {
			discard();
			throw new IndexInUseException("the index in " + disk.path() + " is in use by another program", e); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException | RuntimeException e) {
			// Unreadable: whatever is there is only a cache of the corpus. Start afresh.
			discard();
			rebuildReason = "corrupt: " + OneLine.of(e); //$NON-NLS-1$
			disk.wipe();
			current = disk.openEmpty();
			rebuild.run();
		}
	}

	/**
	 * Opens a reader over the index in the folder, never a writer; with {@code currentOnly}, only an index that
	 * reflects the source. Returns whether there was one.
	 */
	public boolean openReadOnly(boolean currentOnly) throws IOException {
		current = disk.openForSearch(currentOnly);
		return current != null;
	}

	/** Closes what a failed opening left open; the index is not closed for good (see {@link #close()}). */
	public void discard() {
		IndexGeneration open = current;
		current = null;
		if (open != null) {
			// Closing a damaged index may fail; it is about to be deleted.
			closeQuietly(open::close);
		}
	}

	/** Recovers from {@code cause} as from damage a search found (for tests). */
	public void recover(IOException cause, IndexAction rebuild) throws IOException {
		recover(null, cause, rebuild);
	}

	/**
	 * Replaces a damaged index by an empty one and refills it with {@code rebuild}. Does nothing when {@code failed}
	 * (null: whichever is open) is no longer the open generation: another search found the same damage first.
	 */
	private void recover(@Nullable IndexGeneration failed, IOException cause, IndexAction rebuild) throws IOException {
		requireNoLockHeld();
		changesLock.writeLock().lock();
		try {
			state.writeLock().lock();
			try {
				IndexGeneration open = requireOpen();
				if (failed != null && failed != open) {
					return;
				}
				discard();
				rebuildReason = "corrupt: " + OneLine.of(cause); //$NON-NLS-1$
				disk.wipe();
				current = disk.openEmpty();
			} finally {
				state.writeLock().unlock();
			}
			rebuild.run();
		} finally {
			changesLock.writeLock().unlock();
		}
	}

	/** Runs {@code work} on the open generation, beside other searches and changes. */
	<T> T read(IndexWork<T> work) throws IOException {
		state.readLock().lock();
		try {
			return work.run(requireOpen());
		} finally {
			state.readLock().unlock();
		}
	}

	/** Runs {@code work} on a searcher that sees every change made so far. */
	<T> T search(SearcherWork<T> work) throws IOException {
		return read(generation -> generation.search(changes, work));
	}

	/** {@link #search}; an index found damaged on the way is rebuilt with {@code rebuild} and searched again. */
	<T> T searchRecovering(SearcherWork<T> work, IndexAction rebuild) throws IOException {
		IndexGeneration failed;
		IOException damage;
		state.readLock().lock();
		try {
			IndexGeneration generation = requireOpen();
			try {
				return generation.search(changes, work);
			} catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
				failed = generation;
				damage = e;
			}
		} finally {
			state.readLock().unlock();
		}
		recover(failed, damage, rebuild);
		return search(work);
	}

	/** Runs a change: beside searches and other changes, never beside a rebuild, a recovery or the closing. */
	<T> T change(IndexWork<T> work) throws IOException {
		changesLock.readLock().lock();
		try {
			return read(work);
		} finally {
			changesLock.readLock().unlock();
		}
	}

	/** Runs a rebuild: beside searches, but alone among changes. */
	<T> T changeAlone(IndexWork<T> work) throws IOException {
		requireNoLockHeld();
		changesLock.writeLock().lock();
		try {
			return read(work);
		} finally {
			changesLock.writeLock().unlock();
		}
	}

	/** Counts a write, so that the next search refreshes its reader first. */
	void changed() {
		changes.incrementAndGet();
	}

	/** What a commit records with the index. */
	Map<String, String> commitData() {
		return disk.commitData();
	}

	private IndexGeneration requireOpen() throws IOException {
		IndexGeneration open = current;
		if (closed) {
			throw new IndexClosedException("the index of " + disk.path() + " is closed"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (open == null) {
			throw new IOException("the index of " + disk.path() + " could not be opened again after damage"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return open;
	}

	/** Taking a write lock while holding a read lock of the same index would wait for ever. */
	private void requireNoLockHeld() {
		if (state.getReadHoldCount() > 0 || changesLock.getReadHoldCount() > 0) {
			throw new IllegalStateException("a rebuild cannot start inside a search or change of the same index"); //$NON-NLS-1$
		}
	}

	/** Tells {@code listener} about each refresh of the open generation's readers. */
	public void addRefreshListener(ReferenceManager.RefreshListener listener) throws IOException {
		read(generation -> {
			generation.addRefreshListener(listener);
			return null;
		});
	}

	/** Closes the index for good, once every search and change under way has finished. */
	public void close() throws IOException {
		if (state.getReadHoldCount() > 0) {
			throw new IllegalStateException("an index cannot be closed inside one of its searches or changes"); //$NON-NLS-1$
		}
		state.writeLock().lock();
		try {
			closed = true;
			IndexGeneration open = current;
			current = null;
			if (open != null) {
				open.close();
			}
		} finally {
			state.writeLock().unlock();
		}
	}

	public boolean isReadOnly() {
		IndexGeneration open = current;
		return open != null && open.writer() == null;
	}

	public Path folder() {
		return disk.path();
	}

	public @Nullable String rebuildReason() {
		return rebuildReason;
	}

	public @Nullable String staleness() {
		return staleness;
	}

	/** Records that the index is searched as it is, stale, because rebuilding it failed with {@code cause}. */
	public void searchedAsItIs(IOException cause) {
		staleness = "the index is stale and cannot be rebuilt now (" + OneLine.of(cause) //$NON-NLS-1$
				+ "): the newest articles may be missing from the results"; //$NON-NLS-1$
	}

	static void closeQuietly(Closeable closeable) {
		try {
			closeable.close();
		} catch (IOException | RuntimeException ignored) {
			// already failing, or about to be deleted: the first failure is the one that counts
		}
	}
}
