// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;

import dossier.insight.Insight;
import dossier.insight.ui.InsightUi;

/**
 * Reads a corpus's facts (or takes them from {@link InsightCache}) and computes one result from them, off the UI
 * thread, then hands it to the view on the UI thread unless the view's control is gone or the job was cancelled.
 * A failure is handed over as a message. Belongs to {@link InsightUi#JOB_FAMILY} and to its owner's family.
 *
 * @param <T> what it computes
 */
abstract class CorpusInsightJob<T> extends Job {

	/** A result or the reason there is none. */
	record Outcome<T>(T result, @Nullable String problem) {
	}

	private final IProject project;
	private final Object owner;
	private final Control control;
	private volatile Consumer<Outcome<T>> done = outcome -> {
		// nobody listens yet
	};

	CorpusInsightJob(String name, IProject project, Object owner, Control control) {
		super(name);
		this.project = project;
		this.owner = owner;
		this.control = control;
		setUser(false);
		setSystem(false);
	}

	/** What to do with the outcome, on the UI thread; set before scheduling. */
	void onDone(Consumer<Outcome<T>> value) {
		done = value;
	}

	/** The result, computed from {@code insight}; checks {@code monitor} for cancellation. */
	abstract T compute(Insight insight, IProgressMonitor monitor);

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		Outcome<T> outcome;
		try {
			Insight insight = InsightCache.get(project, progress.split(8));
			outcome = new Outcome<>(compute(insight, progress.split(2)), null);
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
		return family == InsightUi.JOB_FAMILY || family == owner;
	}
}
