// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;

import dossier.explorer.ui.ExplorerUi;
import dossier.ui.Counts;
import dossier.ui.DossierUi;
import dossier.workspace.licence.ArticleLicenceChecks;

/**
 * Checks the licences of chosen articles (or whole corpora) again and replaces their licence problem markers:
 * the corpus build's own licence participant, run over just those articles, under the build rule so it never
 * overlaps a build.
 */
final class CheckLicenceJob extends WorkspaceJob {

	private final ArticleTargets targets;

	CheckLicenceJob(ArticleTargets targets) {
		super(Messages.CheckLicence_job);
		this.targets = targets;
		setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
		setUser(true);
	}

	static CheckLicenceJob start(ArticleTargets targets) {
		CheckLicenceJob job = new CheckLicenceJob(targets);
		job.schedule();
		return job;
	}

	@Override
	public IStatus runInWorkspace(@Nullable IProgressMonitor monitor) throws CoreException {
		Map<IProject, List<String>> articles = targets.resolve();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.CheckLicence_job,
				articles.values().stream().mapToInt(List::size).sum());
		for (Map.Entry<IProject, List<String>> entry : articles.entrySet()) {
			IProject project = entry.getKey();
			if (!project.isAccessible()) {
				continue;
			}
			progress.subTask(Counts.format(Messages.CheckLicence_task, entry.getValue().size(), project.getName()));
			ArticleLicenceChecks.refreshMarkers(project, entry.getValue(), progress.split(entry.getValue().size()));
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == ExplorerUi.JOB_FAMILY || family == DossierUi.JOB_FAMILY;
	}
}
