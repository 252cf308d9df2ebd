// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Control;

import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.workspace.lineage.ProjectLineage;

/** Stores an analyst's decision on a link in the corpus's lineage file ({@link ProjectLineage#decide}). */
final class DecideJob extends LineageJob<LineageLink> {

	private final IProject project;
	private final LineageLink link;
	private final LinkStatus status;

	DecideJob(IProject project, LineageLink link, LinkStatus status, Object owner, Control control) {
		super(Messages.DecideJob_name, owner, control);
		this.project = project;
		this.link = link;
		this.status = status;
	}

	@Override
	protected LineageLink compute(IProgressMonitor monitor) throws CoreException {
		return ProjectLineage.decide(project, link, status, monitor);
	}
}
