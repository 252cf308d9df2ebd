// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.store.EntityStore;
import dossier.workspace.CorpusProjects;

/**
 * How many entities each article mentions, read from the corpus's entity store (the mentions file beside the
 * article) and remembered until that file changes. Read on background threads only (the row loader, searches).
 */
final class EntityCounts {

	private static final Map<IProject, Map<String, Integer>> COUNTS = new ConcurrentHashMap<>();

	private EntityCounts() {
	}

	/**
	 * Distinct entities that the article's accepted and suggested mentions link to (rejected ones do not count);
	 * 0 when it has no mentions file, -1 when the file cannot be read.
	 */
	static int of(IProject project, String id) {
		Map<String, Integer> counts = COUNTS.computeIfAbsent(project, p -> new ConcurrentHashMap<>());
		Integer known = counts.get(id);
		if (known != null) {
			return known;
		}
		int count = read(project, id);
		counts.put(id, count);
		return count;
	}

	private static int read(IProject project, String id) {
		try {
			EntityStore store = new EntityStore(CorpusProjects.corpus(project).folder());
			Path file = store.mentionsFile(id);
			if (!Files.exists(file)) {
				return 0;
			}
			List<Mention> mentions = store.loadMentions(id);
			return (int) mentions.stream().filter(m -> m.status() != MentionStatus.REJECTED).map(Mention::entityId)
					.distinct().count();
		} catch (IOException | CoreException | IllegalArgumentException e) {
			return -1;
		}
	}

	/** Forgets the counts of {@code ids} (their mentions files changed). */
	static void forget(IProject project, Collection<String> ids) {
		Map<String, Integer> counts = COUNTS.get(project);
		if (counts != null) {
			ids.forEach(counts::remove);
		}
	}

	/** Forgets every count of {@code project}. */
	static void forget(IProject project) {
		COUNTS.remove(project);
	}
}
