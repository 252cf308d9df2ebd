// SPDX-License-Identifier: EPL-2.0
package dossier.core.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A value that changes whenever an article file is added, changed or removed, by this process or another: a hash
 * of each article file's name, size and modification time, combined order-independently (XOR) so that one write
 * updates it in constant time. Not thread-safe: the corpus calls it under its own lock.
 */
public final class CorpusStamp {

	/** Built on the first {@link #stamp}: a hash per article file. */
	private @Nullable Map<String, Long> fileHashes;
	private long xor;
	private long writes;

	/**
	 * The stamp of the articles {@code ids}, whose files {@code fileOf} names.
	 *
	 * @param formatVersion the corpus format, part of the stamp
	 */
	public String stamp(int formatVersion, Collection<String> ids, Function<String, Path> fileOf) {
		if (fileHashes == null) {
			fileHashes = new HashMap<>();
			xor = 0;
			for (String id : ids) {
				long hash = fileHash(id, fileOf.apply(id));
				fileHashes.put(id, hash);
				xor ^= hash;
			}
		}
		return Integer.toHexString(formatVersion) + "-" + Integer.toHexString(ids.size()) + "-" + Long.toHexString(xor); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Forgets the files' hashes, for files changed behind the corpus's back: the next stamp reads them again. */
	public void forget() {
		fileHashes = null;
	}

	/** Counts a write of {@code id}, whose article file is now {@code file} (null: deleted). */
	public void touched(String id, @Nullable Path file) {
		writes++;
		if (fileHashes == null) {
			return;
		}
		Long old = fileHashes.remove(id);
		if (old != null) {
			xor ^= old;
		}
		if (file != null) {
			long hash = fileHash(id, file);
			fileHashes.put(id, hash);
			xor ^= hash;
		}
	}

	/** Number of writes counted. */
	public long writes() {
		return writes;
	}

	private static long fileHash(String id, Path file) {
		long size = -1;
		long modified = -1;
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			size = attributes.size();
			modified = attributes.lastModifiedTime().toMillis() * 1_000_000L
					+ attributes.lastModifiedTime().toInstant().getNano() % 1_000_000;
		} catch (IOException e) {
			// counted as missing
		}
		long h = 1125899906842597L;
		for (int i = 0; i < id.length(); i++) {
			h = 31 * h + id.charAt(i);
		}
		h = mix(h ^ size);
		return mix(h ^ modified);
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
