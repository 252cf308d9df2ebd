// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The nature of a shared corpus on a Solr server ({@link dossier.workspace.RemoteCorpora}): no builder, since
 * nothing of it is built here.
 */
public class RemoteCorpusNature implements IProjectNature {

	private @Nullable IProject project;

	@Override
	public void configure() {
		// Nothing to install: the collection is indexed on the server.
	}

	@Override
	public void deconfigure() {
		// Nothing installed.
	}

	@Override
	public IProject getProject() {
		IProject current = project;
		if (current == null) {
			throw new IllegalStateException("the nature has no project yet"); //$NON-NLS-1$
		}
		return current;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
