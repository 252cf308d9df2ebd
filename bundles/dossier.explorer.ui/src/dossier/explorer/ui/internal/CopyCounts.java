// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jdt.annotation.Nullable;

import dossier.core.store.Corpus;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;
import dossier.workspace.CorpusProjects;

/**
 * Each article's copies, from the links stored with the corpus ({@value LineageFile#FILE_NAME}: written by
 * {@code dossier lineage} and by the analysts' decisions in the Lineage view): how many translations and
 * republications were made from it (links not rejected, whose original is known), and which article each copy was
 * made from. Read once per project and again when the file changes; on background threads only.
 */
final class CopyCounts {

	/** The copies of one corpus, as its lineage file stands. */
	static final class Copies {

		static final Copies NONE = new Copies(false, Map.of(), Map.of());

		private final boolean stored;
		private final Map<String, Integer> counts;
		private final Map<String, String> originals;

		private Copies(boolean stored, Map<String, Integer> counts, Map<String, String> originals) {
			this.stored = stored;
			this.counts = counts;
			this.originals = originals;
		}

		/** The copies made from article {@code id}; -1 when the corpus has no stored links (not known). */
		int count(String id) {
			return stored ? counts.getOrDefault(id, 0) : -1;
		}

		/** The article {@code id} was made from (its strongest original), or null. */
		@Nullable String originalOf(String id) {
			return originals.get(id);
		}

		/** The first original of {@code id}'s chain: the article it was made from, or what that was made from... */
		String rootOf(String id) {
			String root = id;
			for (int steps = 0; steps < 100; steps++) { // a cycle of decisions must not hang the explorer
				String up = originals.get(root);
				if (up == null || up.equals(id)) {
					break;
				}
				root = up;
			}
			return root;
		}
	}

	/** What the copies were read from: the file's modification time and the articles the corpus held. */
	private record Known(long modified, int held, Copies copies) {
	}

	private static final Map<IProject, Known> KNOWN = new ConcurrentHashMap<>();

	private CopyCounts() {
	}

	/**
	 * The copies of {@code project}'s articles, read again when its lineage file changed or an article was added or
	 * removed (a link to or from a removed article counts no more, even confirmed: its decision stays in the file).
	 */
	static Copies of(IProject project) {
		Path file;
		Set<String> ids;
		try {
			Corpus corpus = CorpusProjects.corpus(project);
			file = corpus.folder().resolve(LineageFile.FILE_NAME);
			ids = Set.copyOf(corpus.ids());
		} catch (CoreException e) {
			return Copies.NONE;
		}
		long modified;
		try {
			modified = Files.getLastModifiedTime(file).toMillis();
		} catch (NoSuchFileException e) {
			KNOWN.remove(project);
			return Copies.NONE;
		} catch (IOException e) {
			return Copies.NONE;
		}
		Known known = KNOWN.get(project);
		if (known != null && known.modified() == modified && known.held() == ids.hashCode()) {
			return known.copies();
		}
		Copies copies = read(file.getParent(), ids);
		KNOWN.put(project, new Known(modified, ids.hashCode(), copies));
		return copies;
	}

	private static Copies read(Path corpusFolder, Set<String> held) {
		try {
			Map<String, Integer> counts = new HashMap<>();
			Map<String, String> originals = new HashMap<>();
			Map<String, Double> strongest = new HashMap<>();
			for (LineageLink link : LineageFile.read(corpusFolder).current(held)) {
				if (!link.directed() || (link.type() != LinkType.TRANSLATION && link.type() != LinkType.REPUBLICATION)) {
					continue;
				}
				counts.merge(link.from(), 1, Integer::sum);
				if (link.score() > strongest.getOrDefault(link.to(), -1.0)) {
					strongest.put(link.to(), link.score());
					originals.put(link.to(), link.from());
				}
			}
			return new Copies(true, Map.copyOf(counts), Map.copyOf(originals));
		} catch (IOException e) {
			ILog.of(CopyCounts.class).warn("Explorer: lineage links unreadable, copies not counted: " + e.getMessage()); //$NON-NLS-1$
			return Copies.NONE;
		}
	}
}
