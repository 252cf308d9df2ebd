// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.PlatformUI;

import dossier.explorer.ui.ExplorerUi;

/**
 * Deletes articles through the workbench's operation history ({@link DeleteArticlesOperation}, so Edit > Undo
 * brings them back), as a user job of the explorer's family. Cancelled before it starts, it deletes nothing; once
 * started, the operation is given the job's monitor.
 */
final class DeleteArticlesJob extends Job {

	private final DeleteArticlesOperation operation;

	DeleteArticlesJob(DeleteArticlesOperation operation) {
		super(operation.getLabel());
		this.operation = operation;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		try {
			return history.execute(operation, monitor, null);
		} catch (ExecutionException e) {
			return Status.error(e.getMessage(), e);
		}
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == ExplorerUi.JOB_FAMILY;
	}
}
