// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.workspace.CorpusProjects;
import dossier.workspace.lineage.ProjectLineage;

/**
 * The engine's links of each corpus project, computed once (every article read and linked) and kept until an
 * article of the project is added, changed or removed. A change of the lineage file alone (a decision) keeps them:
 * the decisions are applied afresh on every chain, which is cheap. Listeners hear of the projects whose articles
 * or lineage file changed, on the thread that changed the workspace.
 */
final class LineageCache {

	private record Entry(long generation, List<LineageLink> links) {
	}

	private static final Map<IProject, Entry> CACHE = new ConcurrentHashMap<>();
	/** Bumped on every change: a computation that started before a change does not store its stale links. */
	private static final AtomicLong GENERATION = new AtomicLong();
	private static final List<Consumer<IProject>> LISTENERS = new CopyOnWriteArrayList<>();
	private static final IResourceChangeListener WATCHER = LineageCache::changed;
	private static volatile boolean watching;

	private LineageCache() {
	}

	/** The engine's links of {@code project}: remembered, or computed now (a job's work: it reads every article). */
	static List<LineageLink> get(IProject project, IProgressMonitor monitor) throws CoreException {
		watch();
		long generation = GENERATION.get();
		Entry known = CACHE.get(project);
		if (known != null) {
			return known.links();
		}
		List<LineageLink> links = ProjectLineage.link(project, monitor);
		if (GENERATION.get() == generation) {
			CACHE.put(project, new Entry(generation, links));
		}
		return links;
	}

	/** Drops the links of {@code project}, so the next {@link #get} links its articles again. */
	static void forget(IProject project) {
		GENERATION.incrementAndGet();
		CACHE.remove(project);
	}

	static void addListener(Consumer<IProject> listener) {
		watch();
		LISTENERS.add(listener);
	}

	static void removeListener(Consumer<IProject> listener) {
		LISTENERS.remove(listener);
	}

	private static void watch() {
		if (!watching) {
			synchronized (LineageCache.class) {
				if (!watching) {
					ResourcesPlugin.getWorkspace().addResourceChangeListener(WATCHER, IResourceChangeEvent.POST_CHANGE);
					watching = true;
				}
			}
		}
	}

	private static void changed(IResourceChangeEvent event) {
		IResourceDelta root = event.getDelta();
		if (root == null) {
			return;
		}
		for (IResourceDelta child : root.getAffectedChildren()) {
			if (!(child.getResource() instanceof IProject project)) {
				continue;
			}
			boolean[] seen = new boolean[2]; // [0] an article, [1] the lineage file
			try {
				child.accept(delta -> {
					IResource resource = delta.getResource();
					if (resource.getType() != IResource.FILE) {
						return !seen[0];
					}
					boolean content = delta.getKind() != IResourceDelta.CHANGED
							|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
					if (content && CorpusProjects.articleId(resource).isPresent()) {
						seen[0] = true;
					} else if (content && resource.getProjectRelativePath().toString().equals(LineageFile.FILE_NAME)) {
						seen[1] = true;
					}
					return false;
				});
			} catch (CoreException e) {
				seen[0] = true; // not known what changed: link again
			}
			boolean gone = child.getKind() == IResourceDelta.REMOVED || !project.isOpen();
			if (seen[0] || gone) {
				forget(project);
			}
			if (seen[0] || seen[1] || gone) {
				for (Consumer<IProject> listener : LISTENERS) {
					listener.accept(project);
				}
			}
		}
	}
}
