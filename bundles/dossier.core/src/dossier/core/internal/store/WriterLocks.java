// SPDX-License-Identifier: EPL-2.0
package dossier.core.internal.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.store.CorpusBusyException;
import dossier.core.store.CorpusLock;

/**
 * The writer lock of a corpus folder: an operating-system lock on its {@code .lock} file, so that one process
 * writes at a time and a dead process holds nothing, plus a table of the locks this process holds, since the
 * operating system does not tell two holders in one process apart (and closing any channel on the file would
 * release a POSIX lock of the whole process: only this class opens it, once per folder).
 * <p>
 * The holder writes who it is into the file (process id, since when, what for), so that a writer turned away
 * can say who holds the corpus.
 */
public final class WriterLocks {

	/** The lock file, relative to the corpus folder (git-ignored). */
	public static final String FILE = ".lock"; //$NON-NLS-1$

	private static final Duration POLL = Duration.ofMillis(100);
	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	/** Folder → the lock this process holds on it; guarded by itself. */
	private static final Map<Path, Held> HELD = new HashMap<>();

	private WriterLocks() {
	}

	private static final class Held {
		final FileChannel channel;
		final FileLock lock;
		final Object owner;
		final Instant since;
		final String purpose;
		int count = 1;

		Held(FileChannel channel, FileLock lock, Object owner, Instant since, String purpose) {
			this.channel = channel;
			this.lock = lock;
			this.owner = owner;
			this.since = since;
			this.purpose = purpose;
		}
	}

	/**
	 * Takes the writer lock of {@code folder} for {@code owner}, waiting up to {@code wait} for another writer to
	 * finish. The same owner may take it again (each handle is closed once).
	 *
	 * @throws CorpusBusyException when another writer still holds it after {@code wait}
	 * @throws IOException when the lock file cannot be created or locked (a read-only corpus)
	 */
	public static CorpusLock acquire(Path folder, Object owner, String purpose, Duration wait) throws IOException {
		long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
		while (true) {
			try {
				return tryAcquire(folder, owner, purpose);
			} catch (CorpusBusyException busy) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw busy;
				}
				try {
					Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left / 1_000_000)));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new InterruptedIOException("interrupted while waiting for " + busy.getMessage()); //$NON-NLS-1$
				}
			}
		}
	}

	private static CorpusLock tryAcquire(Path folder, Object owner, String purpose) throws IOException {
		synchronized (HELD) {
			Held held = HELD.get(folder);
			if (held != null) {
				if (held.owner != owner) {
					throw busy(folder, ProcessHandle.current().pid(), held.since, held.purpose);
				}
				held.count++;
				return new Handle(folder, held);
			}
			Path file = folder.resolve(FILE);
			FileChannel channel;
			try {
				channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
						StandardOpenOption.WRITE);
			} catch (IOException | UnsupportedOperationException e) {
				throw new IOException("cannot write to the corpus " + folder + " (read-only?): cannot open " + FILE + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ reason(e), e);
			}
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null; // cannot happen while HELD is consistent; counted as busy all the same
			} catch (IOException e) {
				closeQuietly(channel);
				throw new IOException("cannot lock the corpus " + folder + " for writing: " + reason(e), e); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (lock == null) {
				String recorded = read(channel);
				closeQuietly(channel);
				throw busy(folder, recorded);
			}
			Instant now = Instant.now();
			try {
				byte[] record = ("pid=" + ProcessHandle.current().pid() + "\nsince=" + now + "\npurpose=" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ purpose.replaceAll("[\\r\\n]", " ") + "\n").getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				channel.truncate(0);
				channel.write(ByteBuffer.wrap(record), 0);
			} catch (IOException e) {
				// a full disk: the lock holds all the same, others just cannot say who holds it
			}
			held = new Held(channel, lock, owner, now, purpose);
			HELD.put(folder, held);
			return new Handle(folder, held);
		}
	}

	/** Whether this process holds the writer lock of {@code folder} for {@code owner}. */
	public static boolean holds(Path folder, Object owner) {
		synchronized (HELD) {
			Held held = HELD.get(folder);
			return held != null && held.owner == owner;
		}
	}

	private static String read(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(1024);
			channel.read(buffer, 0);
			return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return ""; //$NON-NLS-1$
		}
	}

	private static CorpusBusyException busy(Path folder, String recorded) {
		long pid = -1;
		Instant since = null;
		String purpose = null;
		for (String line : recorded.split("\n")) { //$NON-NLS-1$
			int equals = line.indexOf('=');
			if (equals < 0) {
				continue;
			}
			String value = line.substring(equals + 1).strip();
			try {
				switch (line.substring(0, equals)) {
				case "pid" -> pid = Long.parseLong(value); //$NON-NLS-1$
				case "since" -> since = Instant.parse(value); //$NON-NLS-1$
				case "purpose" -> purpose = value.isEmpty() ? null : value; //$NON-NLS-1$
				default -> { /* a later version's field */ }
				}
			} catch (NumberFormatException | DateTimeParseException e) {
				// a half-written record: say less
			}
		}
		return busy(folder, pid, since, purpose);
	}

	private static CorpusBusyException busy(Path folder, long pid, @Nullable Instant since, @Nullable String purpose) {
		StringBuilder message = new StringBuilder("corpus ").append(folder).append(" is being written by "); //$NON-NLS-1$ //$NON-NLS-2$
		if (pid == ProcessHandle.current().pid()) {
			message.append("this process"); //$NON-NLS-1$
		} else if (pid > 0) {
			message.append("process ").append(pid); //$NON-NLS-1$
		} else {
			message.append("another process"); //$NON-NLS-1$
		}
		if (purpose != null) {
			message.append(" (").append(purpose).append(')'); //$NON-NLS-1$
		}
		if (since != null) {
			message.append(" since ").append(SINCE.format(since)); //$NON-NLS-1$
		}
		return new CorpusBusyException(message.toString(), pid, since, purpose);
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		} catch (IOException e) {
			// nothing held
		}
	}

	private static final class Handle implements CorpusLock {
		private final Path folder;
		private final Held held;
		private boolean closed;

		Handle(Path folder, Held held) {
			this.folder = folder;
			this.held = held;
		}

		@Override
		public void close() {
			synchronized (HELD) {
				if (closed) {
					return;
				}
				closed = true;
				if (--held.count > 0) {
					return;
				}
				HELD.remove(folder, held);
				try {
					held.lock.release();
				} catch (IOException e) {
					// closing the channel releases it too
				}
				closeQuietly(held.channel);
			}
		}
	}

	/** A one-line reason for the lock's messages: the file system's words, not the exception's class. */
	private static String reason(Exception e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied"; //$NON-NLS-1$
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		String message = e.getMessage();
		return message == null ? e.getClass().getSimpleName() : message;
	}
}
