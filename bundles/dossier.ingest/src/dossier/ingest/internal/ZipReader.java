// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dossier.ingest.Ingest;
import dossier.ingest.IngestOptions;
import dossier.ingest.Source;

/**
 * Reads the entries of a zip archive in memory, never writing a file, with zip-bomb limits: entry count, total
 * uncompressed bytes, compression ratio, size per entry. Entries with {@code ../} segments or absolute paths
 * are refused (reported, not read), as a later extraction of the same archive could write outside its target.
 */
public final class ZipReader {

	private ZipReader() {
	}

	public static boolean isZip(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && (bytes[2] == 3 && bytes[3] == 4
				|| bytes[2] == 5 && bytes[3] == 6);
	}

	/**
	 * Hands each regular entry to {@code entries}; problems go to {@code failures}, one line each.
	 *
	 * @throws IOException when the archive is corrupt; entries read before stay read
	 */
	public static void read(Source archive, IngestOptions options, BooleanSupplier cancelled, Consumer<Source> entries,
			Consumer<String> failures) throws IOException {
		read(archive, options, new Budget(), cancelled, entries, failures);
	}

	/**
	 * What the archives read from one file have used of the limits, nested archives included: an archive inside an
	 * archive does not start its own count (12,000 entries spread over nested zips are 12,000 entries).
	 */
	public static final class Budget {
		int entries;
		long bytes;
	}

	/** As {@link #read(Source, IngestOptions, BooleanSupplier, Consumer, Consumer)}, counting against {@code budget}. */
	public static void read(Source archive, IngestOptions options, Budget budget, BooleanSupplier cancelled,
			Consumer<Source> entries, Consumer<String> failures) throws IOException {
		long archiveSize = Math.max(archive.bytes().length, 1);

		long total = 0;
		byte[] buffer = new byte[16384];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.bytes()))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (cancelled.getAsBoolean()) {
					return;
				}
				String name = entry.getName();
				if (++budget.entries > options.maxArchiveEntries()) {
					failures.accept(Messages.format("zipTooManyEntries", options.maxArchiveEntries())); //$NON-NLS-1$
					return;
				}
				if (unsafe(name)) {
					failures.accept(Messages.format("zipUnsafeEntry", name)); //$NON-NLS-1$
					continue;
				}
				if (entry.isDirectory() || hidden(name)) {
					continue;
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				long entryBytes = 0;
				int n;
				while ((n = zip.read(buffer)) > 0) {
					entryBytes += n;
					total += n;
					budget.bytes += n;
					if (entryBytes > options.maxBytes()) {
						failures.accept(archive.name() + "!/" + name + ": " + Messages.format("tooLarge", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								megabytes(entryBytes) + "+", megabytes(options.maxBytes()))); //$NON-NLS-1$
						out = null;
						break;
					}
					if (budget.bytes > options.maxArchiveBytes() || total > archiveSize * options.maxCompressionRatio()) {
						failures.accept(Messages.format("zipBomb", megabytes(total), megabytes(archiveSize), //$NON-NLS-1$
								options.maxCompressionRatio(), megabytes(options.maxArchiveBytes())));
						return;
					}
					out.write(buffer, 0, n);
				}
				if (out == null) {
					drain(zip, buffer);
					continue;
				}
				long compressed = entry.getCompressedSize();
				if (compressed > 0 && entryBytes > 1 << 20 && entryBytes / compressed > options.maxCompressionRatio()) {
					failures.accept(Messages.format("zipBomb", megabytes(entryBytes), megabytes(compressed), //$NON-NLS-1$
							options.maxCompressionRatio(), megabytes(options.maxArchiveBytes())));
					return;
				}
				int slash = name.lastIndexOf('/');
				entries.accept(new Source(archive.name() + "!/" + name, name.substring(slash + 1), null, null, null, //$NON-NLS-1$
						out.toByteArray()));
			}
		}
		if (!hasEndOfCentralDirectory(archive.bytes())) {
			// the entries before the cut were read; the archive is reported as damaged
			failures.accept(Messages.format("zipTruncated")); //$NON-NLS-1$
		}
	}

	private static void drain(ZipInputStream zip, byte[] buffer) throws IOException {
		// skip the rest of an oversized entry without keeping it
		while (zip.read(buffer) > 0) {
			// nothing
		}
	}

	/** {@code ../} anywhere, an absolute path, a Windows drive or UNC path. */
	static boolean unsafe(String name) {
		String n = name.replace('\\', '/');
		if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) { //$NON-NLS-1$ //$NON-NLS-2$
			return true;
		}
		for (String segment : n.split("/")) { //$NON-NLS-1$
			if (segment.equals("..")) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	private static boolean hidden(String name) {
		for (String segment : name.split("/")) { //$NON-NLS-1$
			if (segment.startsWith(".") || segment.equals("__MACOSX")) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}

	private static String megabytes(long bytes) {
		return Ingest.megabytes(bytes);
	}

	/** Whether the end-of-central-directory record is there: without it the archive was cut short. */
	public static boolean hasEndOfCentralDirectory(byte[] bytes) {
		int stop = Math.max(0, bytes.length - 22 - 65535);
		for (int i = bytes.length - 22; i >= stop; i--) {
			if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
				return true;
			}
		}
		return false;
	}
}
