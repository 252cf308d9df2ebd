// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;

import dossier.licence.ui.LicenceUi;

/** Rebuilds corpus projects after their licence settings changed, so the markers follow the new settings. */
public class RebuildJob extends WorkspaceJob {

	private final IProject[] projects;

	RebuildJob(IProject[] projects) {
		super(Messages.RebuildJob_name);
		this.projects = projects.clone();
		setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
	}

	/** Schedules a full build of {@code projects}. */
	public static RebuildJob rebuild(IProject[] projects) {
		RebuildJob job = new RebuildJob(projects);
		job.schedule();
		return job;
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == LicenceUi.JOB_FAMILY;
	}

	@Override
	public IStatus runInWorkspace(@Nullable IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, projects.length);
		for (IProject project : projects) {
			if (project.isAccessible()) {
				project.build(IncrementalProjectBuilder.FULL_BUILD, progress.split(1));
			}
		}
		return Status.OK_STATUS;
	}
}
