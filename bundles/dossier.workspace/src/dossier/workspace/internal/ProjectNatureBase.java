// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.jdt.annotation.Nullable;

/** What every Dossier nature keeps: the project the platform gives it. */
abstract class ProjectNatureBase implements IProjectNature {

	private @Nullable IProject project;

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
