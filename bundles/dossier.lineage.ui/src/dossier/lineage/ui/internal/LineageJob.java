// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;

import dossier.lineage.ui.LineageUi;

/**
 * The view's background work: computes one result off the UI thread, then hands it to the view on the UI thread
 * unless the view's control is gone or the job was cancelled. A failure is handed over as a message. Belongs to
 * {@link LineageUi#JOB_FAMILY} and to its owner's family (the view, which cancels its jobs when it closes).
 *
 * @param <T> what it computes
 */
abstract class LineageJob<T> extends Job {

	/** A result or the reason there is none. */
	record Outcome<T>(@Nullable T result, @Nullable String problem) {
	}

	private final Object owner;
	private final Control control;
	private volatile Consumer<Outcome<T>> done = outcome -> {
		// nobody listens yet
	};

	LineageJob(String name, Object owner, Control control) {
		super(name);
		this.owner = owner;
		this.control = control;
		setUser(false);
		setSystem(false);
	}

	/** What to do with the outcome, on the UI thread; set before scheduling. */
	void onDone(Consumer<Outcome<T>> value) {
		done = value;
	}

	/** The result; checks {@code monitor} for cancellation (throws {@link OperationCanceledException}). */
	abstract T compute(IProgressMonitor monitor) throws CoreException;

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Outcome<T> outcome;
		try {
			outcome = new Outcome<>(compute(monitor), null);
		} catch (OperationCanceledException | CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException | RuntimeException e) {
			outcome = new Outcome<>(null, e.getMessage() == null ? e.toString() : e.getMessage());
		}
		Outcome<T> handed = outcome;
		if (!control.isDisposed() && !monitor.isCanceled()) {
			try {
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed()) {
						done.accept(handed);
					}
				});
			} catch (SWTException e) {
				// The view closed (or the workbench shut down) meanwhile: nobody to hand the result to.
			}
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == LineageUi.JOB_FAMILY || family == owner;
	}
}
