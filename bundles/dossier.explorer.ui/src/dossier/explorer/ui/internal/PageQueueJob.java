// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;

import dossier.explorer.ui.ExplorerUi;

/**
 * Work on pages of the explorer's rows, done one page after another in the order asked for by one job of the
 * explorer's family: the job runs while pages are queued, and a page queued while it runs has it scheduled again
 * when it finishes ({@link Job#schedule()} on a running job), so there is never more than one page worked on at a
 * time and none is left behind. The view owns one job of each kind and stops it when it closes: the pages still
 * queued are dropped (and may be asked for again). Cancellation is checked between pages: one page is one index
 * request.
 */
abstract class PageQueueJob extends Job {

	private record Page(RowModel model, int page) {
	}

	private final Queue<Page> queue = new ConcurrentLinkedQueue<>();

	PageQueueJob(String name, int priority) {
		super(name);
		setSystem(true);
		setPriority(priority);
	}

	/** Queues page {@code page} of {@code model}; the job runs soon. */
	final void submit(RowModel model, int page) {
		queue.add(new Page(model, page));
		schedule();
	}

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		for (Page next = queue.poll(); next != null; next = queue.poll()) {
			if (monitor.isCanceled()) {
				dropped(next.model(), next.page());
				dropQueued();
				return Status.CANCEL_STATUS;
			}
			if (!next.model().isRetired()) {
				process(next.model(), next.page());
			} else {
				dropped(next.model(), next.page());
			}
		}
		return Status.OK_STATUS;
	}

	/** Cancels the job and drops the pages queued (the view closing). */
	final void stop() {
		cancel();
		dropQueued();
	}

	private void dropQueued() {
		for (Page next = queue.poll(); next != null; next = queue.poll()) {
			dropped(next.model(), next.page());
		}
	}

	/** Does the work on page {@code page} of {@code model}: on this job's thread, one page at a time. */
	protected abstract void process(RowModel model, int page);

	/** Page {@code page} of {@code model} was queued but will not be worked on (the model retired, or cancelled). */
	protected abstract void dropped(RowModel model, int page);

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == ExplorerUi.JOB_FAMILY;
	}
}
