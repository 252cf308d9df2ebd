// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import dossier.insight.Insight;
import dossier.ui.ProjectChanges;
import dossier.workspace.insight.ProjectInsight;

/**
 * The facts of each corpus project read once and kept until something in the project changes (an article, its
 * mentions, its licence markers, the lineage file): the views then recompute from memory when only the
 * granularity, the stacking or the counting changes. Listeners hear of the projects whose facts were dropped, on
 * the thread that changed the workspace ({@link ProjectChanges}).
 */
final class InsightCache {

	/** How the facts of a project are read ({@link ProjectInsight#read}; another in a test). */
	@FunctionalInterface
	interface Reader {
		Insight read(IProject project, IProgressMonitor monitor) throws CoreException;
	}

	private static final Map<IProject, Insight> CACHE = new ConcurrentHashMap<>();
	/**
	 * Bumped, under {@link #CACHE}'s lock, whenever facts are dropped (a change, {@link #forget}): facts read while
	 * something changed may be part old, part new, and are returned to their reader but not kept, so the next view
	 * to ask reads them again rather than showing what the change made stale until the next change.
	 */
	private static long generation;
	/** Every change of a project drops its facts, then tells the listeners. */
	private static final ProjectChanges CHANGES = new ProjectChanges((project, delta) -> true);

	static {
		CHANGES.addListener(InsightCache::forget); // the first listener: the facts are dropped before anyone hears
	}

	private InsightCache() {
	}

	/** The facts of {@code project}: remembered, or read now (a job's work: it reads every article). */
	static Insight get(IProject project, IProgressMonitor monitor) throws CoreException {
		return get(project, monitor, ProjectInsight::read);
	}

	/** {@link #get(IProject, IProgressMonitor)}, the facts read by {@code reader} when not remembered. */
	static Insight get(IProject project, IProgressMonitor monitor, Reader reader) throws CoreException {
		CHANGES.watch();
		long before;
		synchronized (CACHE) {
			Insight known = CACHE.get(project);
			if (known != null) {
				return known;
			}
			before = generation;
		}
		Insight read = reader.read(project, monitor);
		synchronized (CACHE) {
			if (generation == before) {
				CACHE.put(project, read); // nothing changed while it was read
			}
		}
		return read;
	}

	/** Drops the facts of {@code project}, so the next {@link #get} reads them again. */
	static void forget(IProject project) {
		synchronized (CACHE) {
			generation++;
			CACHE.remove(project);
		}
	}

	static void addListener(Consumer<IProject> listener) {
		CHANGES.addListener(listener);
	}

	static void removeListener(Consumer<IProject> listener) {
		CHANGES.removeListener(listener);
	}
}
