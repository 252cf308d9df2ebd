// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;

import dossier.explorer.ui.ExplorerUi;
import dossier.index.QuerySyntaxException;

/**
 * Counts the licence check verdicts of the articles a {@link RowModel} shows ({@link RowModel#countStatuses()}),
 * for the licence check facet. Gives up when another model is shown first, or when cancelled.
 */
final class StatusCountJob extends Job {

	private final RowModel shown;
	private final Consumer<RowModel> counted;

	/** @param counted told (on the job's thread) once the counts are there */
	StatusCountJob(RowModel shown, Consumer<RowModel> counted) {
		super(Messages.View_countJob);
		this.shown = shown;
		this.counted = counted;
		setSystem(true);
		setPriority(LONG);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (monitor.isCanceled() || shown.isRetired()) {
			return Status.CANCEL_STATUS; // another query came meanwhile
		}
		try {
			if (shown.countStatuses() != null && !monitor.isCanceled()) {
				counted.accept(shown);
			}
		} catch (CoreException | IOException | QuerySyntaxException | RuntimeException e) {
			// No counts then: the facet still lists the verdicts chosen.
		}
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == ExplorerUi.JOB_FAMILY;
	}
}
