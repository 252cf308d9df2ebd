package dossier.core.internal.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file so that readers see either the old or the new content, never a part: the bytes go to a
 * temporary file in the same folder, which is then moved over the target atomically. A process killed
 * mid-write leaves at most a stray {@value #TEMP_SUFFIX} file, which {@link #isTemporary(Path)} recognises.
 */
public final class AtomicFiles {

	/** Suffix of the temporary files; a corpus deletes strays when it opens. */
	public static final String TEMP_SUFFIX = ".tmp"; //$NON-NLS-1$

	private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime());

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		Path temp = temporaryFor(target);
		try {
			Files.write(temp, content);
			move(temp, target);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A fresh temporary sibling of {@code target}. */
	public static Path temporaryFor(Path target) {
		return target.resolveSibling("." + target.getFileName() + "." //$NON-NLS-1$ //$NON-NLS-2$
				+ Long.toHexString(COUNTER.incrementAndGet()) + TEMP_SUFFIX);
	}

	public static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// Same folder, so only exotic file systems get here; a plain replace is the best they offer.
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	public static boolean isTemporary(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(TEMP_SUFFIX); //$NON-NLS-1$
	}
}
