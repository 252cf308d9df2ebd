// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;

import dossier.lineage.LineageFile;
import dossier.ui.ProjectChanges;
import dossier.workspace.CorpusProjects;

/**
 * Tells the Lineage view of the corpus projects whose links may read differently now: their lineage file changed
 * (linking on import stored new links, a decision, {@code dossier lineage} run outside), or an article was added,
 * changed or removed (its title or licence, or a removed article's links, which are no longer shown). Listeners hear
 * of them on the thread that changed the workspace. Nothing is kept here: the links are read from the file each time
 * ({@link dossier.workspace.lineage.ProjectLineage#stored}).
 */
final class LineageChanges {

	private static final ProjectChanges CHANGES = new ProjectChanges(LineageChanges::linksMayReadDifferently);

	private LineageChanges() {
	}

	static void addListener(Consumer<IProject> listener) {
		CHANGES.watch();
		CHANGES.addListener(listener);
	}

	static void removeListener(Consumer<IProject> listener) {
		CHANGES.removeListener(listener);
	}

	/** An article or the lineage file was added, removed or its content changed; or the project is gone or closed. */
	private static boolean linksMayReadDifferently(IProject project, IResourceDelta child) {
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
		return seen[0] || child.getKind() == IResourceDelta.REMOVED || !project.isOpen();
	}
}
