// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import dossier.lineage.LineageFile;
import dossier.workspace.CorpusProjects;

/**
 * Tells the Lineage view of the corpus projects whose links may read differently now: their lineage file changed
 * (linking on import stored new links, a decision, {@code dossier lineage} run outside), or an article was added,
 * changed or removed (its title or licence, or a removed article's links, which are no longer shown). Listeners hear
 * of them on the thread that changed the workspace. Nothing is kept here: the links are read from the file each time
 * ({@link dossier.workspace.lineage.ProjectLineage#stored}).
 */
final class LineageChanges {

	private static final List<Consumer<IProject>> LISTENERS = new CopyOnWriteArrayList<>();
	private static final IResourceChangeListener WATCHER = LineageChanges::changed;
	private static volatile boolean watching;

	private LineageChanges() {
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
			synchronized (LineageChanges.class) {
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
			boolean[] seen = new boolean[1]; // an article or the lineage file
			try {
				child.accept(delta -> {
					IResource resource = delta.getResource();
					if (resource.getType() != IResource.FILE) {
						return !seen[0];
					}
					boolean content = delta.getKind() != IResourceDelta.CHANGED
							|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
					if (content && (CorpusProjects.articleId(resource).isPresent()
							|| resource.getProjectRelativePath().toString().equals(LineageFile.FILE_NAME))) {
						seen[0] = true;
					}
					return false;
				});
			} catch (CoreException e) {
				seen[0] = true; // not known what changed: read again
			}
			if (seen[0] || child.getKind() == IResourceDelta.REMOVED || !project.isOpen()) {
				for (Consumer<IProject> listener : LISTENERS) {
					listener.accept(project);
				}
			}
		}
	}
}
