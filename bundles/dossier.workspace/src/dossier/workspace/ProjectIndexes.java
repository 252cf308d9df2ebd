// SPDX-License-Identifier: EPL-2.0
package dossier.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.index.ArticleSearch;
import dossier.index.CorpusIndex;
import dossier.index.CorpusIndexes;
import dossier.index.IndexSource;

/**
 * The one open {@link CorpusIndex} of each corpus project, shared by the index build participant (which keeps it
 * up to date) and the views (which search it). Lucene allows one writer per index folder, so nobody else opens
 * the index of a project while the workbench runs. An index is closed when its project is closed or deleted, and
 * every index when the workbench shuts down (the bundle's stop), so no Lucene writer is left open.
 * <p>
 * Opening an index may rebuild it from the corpus: call {@link #index(IProject)} from a job, never the UI thread.
 */
public final class ProjectIndexes {

	/** Told when the index of a project changed (after a build committed it), on the thread that changed it. */
	@FunctionalInterface
	public interface Listener {
		void indexChanged(IProject project);
	}

	private static final Map<IProject, CorpusIndex> OPEN = new ConcurrentHashMap<>();
	private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();
	private static volatile boolean watching;

	private ProjectIndexes() {
	}

	/**
	 * The index of corpus project {@code project}, opened (and built or rebuilt when missing, stale or corrupt)
	 * on first use.
	 */
	public static CorpusIndex index(IProject project) throws CoreException {
		watchProjects();
		CorpusIndex open = OPEN.get(project);
		if (open != null) {
			return open;
		}
		synchronized (OPEN) {
			open = OPEN.get(project);
			if (open == null) {
				try {
					open = CorpusIndex.open(sourceOf(project));
				} catch (IOException | RuntimeException e) {
					throw new CoreException(Status.error("Cannot open the index of " + project.getName() + ": " //$NON-NLS-1$ //$NON-NLS-2$
							+ e.getMessage(), e));
				}
				OPEN.put(project, open);
			}
			return open;
		}
	}

	/**
	 * What searches the articles of {@code project}: the index of a corpus project ({@link #index(IProject)}), or the
	 * server's collection of a shared corpus project ({@link RemoteCorpora#collection(IProject)}). Call from a
	 * background thread: either may open an index or ask a server.
	 */
	public static ArticleSearch search(IProject project) throws CoreException {
		return RemoteCorpora.isRemote(project) ? RemoteCorpora.collection(project) : index(project);
	}

	/** The index of {@code project} if it is open already (never opens or builds one). */
	public static Optional<CorpusIndex> ifOpen(IProject project) {
		return Optional.ofNullable(OPEN.get(project));
	}

	/** Closes the index of {@code project} (its changes were committed by the last build). */
	public static void close(IProject project) {
		CorpusIndex index;
		synchronized (OPEN) {
			index = OPEN.remove(project);
		}
		if (index != null) {
			try {
				index.close();
			} catch (IOException e) {
				ILog.of(ProjectIndexes.class).warn("Closing the index of " + project.getName() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** Closes every open index: the workbench is shutting down (called when this bundle stops). */
	public static void closeAll() {
		for (IProject project : List.copyOf(OPEN.keySet())) {
			close(project);
		}
	}

	public static void addListener(Listener listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Listener listener) {
		LISTENERS.remove(listener);
	}

	/** Tells the listeners that the index of {@code project} changed. */
	public static void fireChanged(IProject project) {
		for (Listener listener : LISTENERS) {
			try {
				listener.indexChanged(project);
			} catch (RuntimeException e) {
				ILog.of(ProjectIndexes.class).error("Index listener failed", e); //$NON-NLS-1$
			}
		}
	}

	/** The corpus of {@code project} as the index sees it: always the project's current {@link Corpus}. */
	static IndexSource sourceOf(IProject project) throws CoreException {
		return CorpusIndexes.sourceOf(CorpusProjects.corpus(project).indexFolder(), () -> {
			try {
				return CorpusProjects.corpus(project);
			} catch (CoreException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		});
	}

	private static void watchProjects() {
		if (watching) {
			return;
		}
		synchronized (ProjectIndexes.class) {
			if (watching) {
				return;
			}
			IResourceChangeListener closer = event -> {
				IResource resource = event.getResource();
				if (resource instanceof IProject project) {
					close(project);
				}
			};
			ResourcesPlugin.getWorkspace().addResourceChangeListener(closer,
					IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
			watching = true;
		}
	}
}
