// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.widgets.Control;

import dossier.lineage.LineageLink;
import dossier.workspace.lineage.ProjectLineage;

/**
 * Computes the chain of one article: the links stored with the corpus ({@link ProjectLineage#stored}: waiting for
 * linking on import when it has work in progress, decisions applied) and the chain's articles read.
 */
final class ChainJob extends LineageJob<ChainJob.Computed> {

	/**
	 * What the view shows and acts on.
	 *
	 * @param project the corpus project
	 * @param chain the article's chain
	 */
	record Computed(IProject project, ProjectLineage.Chain chain) {
	}

	private final IProject project;
	private final String articleId;

	ChainJob(IProject project, String articleId, Object owner, Control control) {
		super(Messages.ChainJob_name, owner, control);
		this.project = project;
		this.articleId = articleId;
	}

	@Override
	protected Computed compute(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		List<LineageLink> stored = ProjectLineage.stored(project, progress.split(9));
		ProjectLineage.Chain chain = ProjectLineage.chain(project, articleId, stored);
		progress.split(1);
		return new Computed(project, chain);
	}
}
