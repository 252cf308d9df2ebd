// SPDX-License-Identifier: EPL-2.0
package dossier.ui;

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

/**
 * A view's background work: computes one result off the UI thread, then hands it to the view on the UI thread
 * unless the view's control is gone or the job was cancelled. A failure is handed over as a message. Belongs to its
 * bundle's job family and to its owner's (the view, which cancels its jobs when it closes).
 *
 * @param <T> what it computes
 */
public abstract class ViewJob<T> extends Job {

	/** A result or the reason there is none. */
	public record Outcome<T>(@Nullable T result, @Nullable String problem) {
	}

	private final Object family;
	private final Object owner;
	private final Control control;
	private volatile Consumer<Outcome<T>> done = outcome -> {
		// nobody listens yet
	};

	/**
	 * @param family the family of the bundle's jobs ({@link #belongsTo}), which tests join
	 * @param owner the view, whose family the job is in too
	 * @param control a control of the view: once it is disposed, nothing is handed over
	 */
	protected ViewJob(String name, Object family, Object owner, Control control) {
		super(name);
		this.family = family;
		this.owner = owner;
		this.control = control;
		setUser(false);
		setSystem(false);
	}

	/** What to do with the outcome, on the UI thread; set before scheduling. */
	public void onDone(Consumer<Outcome<T>> value) {
		done = value;
	}

	/** The result; checks {@code monitor} for cancellation (throws {@link OperationCanceledException}). */
	protected abstract T compute(IProgressMonitor monitor) throws CoreException;

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
		return family == this.family || family == owner;
	}
}
