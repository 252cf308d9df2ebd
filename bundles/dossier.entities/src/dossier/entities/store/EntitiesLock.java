// SPDX-License-Identifier: EPL-2.0
package dossier.entities.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import dossier.core.internal.store.AtomicFiles;

/**
 * The lock under which a corpus's entities — each article's mentions file and the catalogue — are read and written
 * as one step: the corpus build's recognition, {@code dossier import} and the Entity Editor's save may change one
 * article's mentions or the catalogue at the same time, from threads of one process and from different processes
 * (the workbench beside a command line).
 * <p>
 * Two levels, as the operating system asks: a lock of this process per corpus, then an operating-system lock on
 * {@code entities/.lock} (git-ignored there, and hidden like the corpus's own {@code .lock}), taken and released
 * around each change. The first keeps one thread at a time on the file, which matters because closing any channel on
 * a file releases every lock the process holds on it (POSIX); the second keeps other processes out, and a process
 * that dies holds nothing. The changes it guards are short (read, merge, write one file): recognition itself runs
 * outside it.
 */
final class EntitiesLock {

	/** The lock file, in the corpus's {@code entities} folder. */
	static final String FILE = ".lock"; //$NON-NLS-1$

	/** Entities folder → the lock of this process for it. */
	private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	private EntitiesLock() {
	}

	/** What runs under the lock. */
	@FunctionalInterface
	interface Action<T> {
		T run() throws IOException;
	}

	/** Runs {@code action} holding the entities lock of the corpus whose entities folder is {@code folder}. */
	static <T> T holding(Path folder, Action<T> action) throws IOException {
		Path key = folder.toAbsolutePath().normalize();
		ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
		try {
			local.lockInterruptibly();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while waiting for the entities lock of " + key); //$NON-NLS-1$
		}
		try {
			if (local.getHoldCount() > 1) {
				return action.run(); // nested in this thread: the outer call holds the file
			}
			Files.createDirectories(key);
			ignoreInGit(key);
			try (FileChannel channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				return action.run();
			}
		} finally {
			local.unlock();
		}
	}

	/** A {@code .gitignore} beside the lock file names it, so a corpus kept in git never records it. */
	private static void ignoreInGit(Path folder) throws IOException {
		Path gitignore = folder.resolve(".gitignore"); //$NON-NLS-1$
		if (!Files.exists(gitignore)) {
			AtomicFiles.write(gitignore, ("/" + FILE + "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
