// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;

import dossier.core.store.Corpus;
import dossier.lineage.LineageFile;

/**
 * Whether a resource change touches what the explorer's rows show besides the index: licence markers (the
 * verdict icon and facet), mentions files (the entity count, whose cached counts it forgets) or the corpus's stored
 * lineage links (the copies, read again by {@link CopyCounts} when the file changed).
 */
final class RowChanges {

	private static final String MENTIONS = ".mentions.json"; //$NON-NLS-1$

	private RowChanges() {
	}

	static boolean affect(IResourceChangeEvent event, IProject project) {
		boolean markers = false;
		for (IMarkerDelta delta : event.findMarkerDeltas(RowModel.LICENCE_MARKER, true)) {
			if (project.equals(delta.getResource().getProject())) {
				markers = true;
				break;
			}
		}
		IResourceDelta articles = event.getDelta().findMember(project.getFullPath().append(Corpus.ARTICLES));
		List<String> mentioned = new ArrayList<>();
		if (articles != null) {
			try {
				articles.accept(child -> {
					IResource resource = child.getResource();
					if (resource.getType() == IResource.FILE && resource.getName().endsWith(MENTIONS)) {
						String name = resource.getName();
						mentioned.add(name.substring(0, name.length() - MENTIONS.length()));
					}
					return true;
				});
			} catch (CoreException e) {
				// Nothing to learn from a delta that cannot be walked.
			}
		}
		EntityCounts.forget(project, mentioned);
		boolean lineage = event.getDelta().findMember(project.getFullPath().append(LineageFile.FILE_NAME)) != null;
		return markers || lineage || !mentioned.isEmpty();
	}
}
