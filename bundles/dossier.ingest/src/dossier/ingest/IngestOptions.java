// SPDX-License-Identifier: EPL-2.0
package dossier.ingest;

/**
 * Limits of an import, each a guard against hostile or accidental input.
 *
 * @param maxBytes largest file (or archive entry, or WARC record) read; bigger ones fail with a clear message
 * @param maxArchiveEntries most entries read from one archive, nested archives included
 * @param maxArchiveBytes most uncompressed bytes read from one archive, nested archives included
 * @param maxCompressionRatio largest uncompressed/compressed ratio of an archive entry (zip bombs reach 1000+)
 * @param maxArchiveDepth how deep archives may nest inside archives
 * @param followLinks whether a symbolic link in an imported folder is followed to a file outside that folder
 *        (never by default: a link to /etc/passwd must not land in a corpus meant for git)
 */
public record IngestOptions(long maxBytes, int maxArchiveEntries, long maxArchiveBytes, int maxCompressionRatio,
		int maxArchiveDepth, boolean followLinks) {

	/**
	 * 256 MiB per file — or an eighth of the heap when that is smaller, since decoding and parsing a text take several
	 * copies of it — 10,000 entries and 2 GiB per archive, ratio 200, three levels of nesting, links kept in.
	 */
	public static IngestOptions defaults() {
		return new IngestOptions(Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8), 10_000, 2L << 30, 200, 3, false);
	}

	public IngestOptions withMaxBytes(long value) {
		return new IngestOptions(value, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio, maxArchiveDepth, followLinks);
	}

	public IngestOptions withArchiveLimits(int entries, long bytes, int ratio) {
		return new IngestOptions(maxBytes, entries, bytes, ratio, maxArchiveDepth, followLinks);
	}

	public IngestOptions withFollowLinks(boolean value) {
		return new IngestOptions(maxBytes, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio, maxArchiveDepth, value);
	}
}
