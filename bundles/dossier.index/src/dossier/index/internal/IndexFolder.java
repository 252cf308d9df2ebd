// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.jdt.annotation.Nullable;

import dossier.index.CorpusIndex;
import dossier.index.IndexSource;

/**
 * The index's folder: whether what it holds is current (every commit records the index format version and the
 * source's stamp), opening it as an {@link IndexGeneration}, and emptying it. Each opening either returns an open
 * generation or closes what it opened and throws.
 */
final class IndexFolder {

	private static final String FORMAT_KEY = "dossier.index.format"; //$NON-NLS-1$
	private static final String STAMP_KEY = "dossier.corpus.stamp"; //$NON-NLS-1$

	/** An index opened for writing, and why it must be rebuilt ("missing", "stale: ..."), or null if current. */
	record Opened(IndexGeneration generation, @Nullable String rebuildReason) {
	}

	private final IndexSource source;
	private final Path folder;
	private final Analyzer indexAnalyzer;

	IndexFolder(IndexSource source, Analyzer indexAnalyzer) {
		this.source = Objects.requireNonNull(source);
		this.folder = source.indexFolder();
		this.indexAnalyzer = indexAnalyzer;
	}

	Path path() {
		return folder;
	}

	/** Opens what is in the (existing) folder for writing, creating an empty index when there is none. */
	@Nullable Opened openForWriting() throws IOException {
		Directory directory = FSDirectory.open(folder);
		Map<String, String> data;
		IndexGeneration generation;
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return new Opened(IndexGeneration.writable(directory, indexAnalyzer, true), "missing"); //$NON-NLS-1$
			}
			data = SegmentInfos.readLatestCommit(directory).getUserData();
			generation = IndexGeneration.writable(directory, indexAnalyzer, false);
		} catch (IOException | RuntimeException e) {
			IndexLifecycle.closeQuietly(directory);
			throw e;
		}
		probe(generation);
		if (!CorpusIndex.FORMAT_VERSION.equals(data.get(FORMAT_KEY))) {
			return new Opened(generation,
					"stale: index format " + data.get(FORMAT_KEY) + ", expected " + CorpusIndex.FORMAT_VERSION); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!Objects.equals(source.stamp(), data.get(STAMP_KEY))) {
			return new Opened(generation, "stale: corpus changed since it was indexed"); //$NON-NLS-1$
		}
		return new Opened(generation, null);
	}

	/**
	 * Opens a reader over the index in the folder, never a writer; with {@code currentOnly}, only an index that
	 * reflects the source. Returns null when there is no such index.
	 */
	@Nullable IndexGeneration openForSearch(boolean currentOnly) throws IOException {
		if (!Files.isDirectory(folder)) {
			return null;
		}
		Directory directory = FSDirectory.open(folder);
		IndexGeneration generation;
		try {
			Map<String, String> data = DirectoryReader.indexExists(directory)
					? SegmentInfos.readLatestCommit(directory).getUserData()
					: null;
			if (data == null || !CorpusIndex.FORMAT_VERSION.equals(data.get(FORMAT_KEY))
					|| currentOnly && !Objects.equals(source.stamp(), data.get(STAMP_KEY))) {
				directory.close();
				return null;
			}
			generation = IndexGeneration.readOnly(directory);
		} catch (IOException | RuntimeException e) {
			IndexLifecycle.closeQuietly(directory);
			throw e;
		}
		probe(generation);
		return generation;
	}

	/** A new, empty index for writing. */
	IndexGeneration openEmpty() throws IOException {
		Directory directory = FSDirectory.open(folder);
		try {
			return IndexGeneration.writable(directory, indexAnalyzer, true);
		} catch (IOException | RuntimeException e) {
			IndexLifecycle.closeQuietly(directory);
			throw e;
		}
	}

	/** Opening a reader reads every segment's headers and footers: a damaged index fails here, not later. */
	private static void probe(@Nullable IndexGeneration generation) throws IOException {
		try {
			generation.probe();
		} catch (IOException | RuntimeException e) {
			IndexLifecycle.closeQuietly(generation::close);
			throw e;
		}
	}

	/** Deletes everything in the folder: whatever is there is only a cache of the source. */
	void wipe() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isDirectory(file)) {
					try (Stream<Path> tree = Files.walk(file)) {
						for (Path inner : tree.sorted(Comparator.reverseOrder()).toList()) {
							Files.deleteIfExists(inner);
						}
					}
				} else {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/** What a commit records with the index: its format version and the stamp of the source it reflects. */
	Map<String, String> commitData() {
		Map<String, String> data = new LinkedHashMap<>();
		data.put(FORMAT_KEY, CorpusIndex.FORMAT_VERSION);
		String stamp = source.stamp();
		if (stamp != null) {
			data.put(STAMP_KEY, stamp);
		}
		return data;
	}
}
