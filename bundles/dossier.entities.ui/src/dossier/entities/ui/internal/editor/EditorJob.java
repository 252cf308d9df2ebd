// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Display;

import dossier.entities.ui.EntityEditorIds;
import dossier.ui.DossierUi;

/**
 * Background work of one Entity Editor: in the editor family ({@link EntityEditorIds#JOB_FAMILY}) and in its own
 * (the editor), so that closing the editor cancels what it started. What a job read is shown on the UI thread,
 * unless the job was cancelled meanwhile.
 */
abstract class EditorJob extends Job {

	private final EntityEditor owner;
	private final boolean dossierFamily;

	EditorJob(String name, EntityEditor owner, boolean dossierFamily) {
		super(name);
		this.owner = owner;
		this.dossierFamily = dossierFamily;
	}

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		work(monitor);
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** The work, off the UI thread; problems are shown by the job, not thrown. */
	protected abstract void work(IProgressMonitor monitor);

	/** Runs {@code show} on the UI thread, unless this job is cancelled by then. */
	protected final void showLater(IProgressMonitor monitor, Runnable show) {
		Display.getDefault().asyncExec(() -> {
			if (!monitor.isCanceled()) {
				show.run();
			}
		});
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == owner || family == EntityEditorIds.JOB_FAMILY || dossierFamily && family == DossierUi.JOB_FAMILY;
	}
}
