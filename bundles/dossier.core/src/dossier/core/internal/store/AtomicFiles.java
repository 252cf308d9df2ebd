// SPDX-License-Identifier: EPL-2.0
package dossier.core.internal.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file so that readers see either the old or the new content, never a part: the bytes go to a
 * temporary file in the same folder, which is then moved over the target atomically. A process killed
 * mid-write leaves at most a stray {@value #TEMP_SUFFIX} file, which {@link #isTemporary(Path)} recognises.
 * <p>
 * The one implementation for Dossier's own bundles (exported to them as {@code x-friends}): the corpus, the entity
 * store, attribution records, the editor's save and the command line's exports all write through it.
 */
public final class AtomicFiles {

	/** Suffix of the temporary files; a corpus deletes strays when it opens. */
	public static final String TEMP_SUFFIX = ".tmp"; //$NON-NLS-1$

	private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime());

	private AtomicFiles() {
	}

	/** Produces a file's content onto a stream (which the caller must not close). */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	public static void write(Path target, byte[] content) throws IOException {
		write(target, out -> out.write(content));
	}

	/** Writes {@code text} as UTF-8. */
	public static void write(Path target, String text) throws IOException {
		write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Writes what {@code content} produces, streamed (for files too large to hold in memory); when it throws,
	 * {@code target} keeps its previous content.
	 */
	public static void write(Path target, Content content) throws IOException {
		Path temp = temporaryFor(target);
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
				content.writeTo(out);
			}
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
