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
 * Computes the chain of one article: the corpus's links (from {@link LineageCache}, or every article linked now),
 * the analysts' decisions of its lineage file applied, and the chain's articles read.
 */
final class ChainJob extends LineageJob<ChainJob.Computed> {

	/**
	 * What the view shows and acts on.
	 *
	 * @param project the corpus project
	 * @param chain the article's chain
	 * @param computed the engine's links of the whole corpus, before decisions (a decision is stored against them)
	 */
	record Computed(IProject project, ProjectLineage.Chain chain, List<LineageLink> computed) {
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
		List<LineageLink> computed = LineageCache.get(project, progress.split(8));
		List<LineageLink> current = ProjectLineage.withDecisions(project, computed);
		progress.split(1);
		ProjectLineage.Chain chain = ProjectLineage.chain(project, articleId, current);
		progress.split(1);
		return new Computed(project, chain, computed);
	}
}
