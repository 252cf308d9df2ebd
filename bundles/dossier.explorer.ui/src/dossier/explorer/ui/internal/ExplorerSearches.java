// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Control;

/**
 * The explorer's searches in the background: one {@link SearchJob} for the query and one {@link StatusCountJob}
 * for the licence check facet wanted at a time. A newer one cancels the one before, whose answer is dropped;
 * answers are handed over on the UI thread while the view's control lives. Closing the view cancels both.
 */
final class ExplorerSearches {

	private final Control control;
	/** The search whose answer is wanted; the answer of another is dropped. */
	private volatile SearchJob search;
	private volatile StatusCountJob statusCount;

	ExplorerSearches(Control control) {
		this.control = control;
	}

	/** Runs {@code query} over {@code project} (null: none) instead of the search before, if it still runs. */
	void search(@Nullable IProject project, ExplorerQuery query, Consumer<SearchJob> answered) {
		SearchJob previous = search;
		SearchJob next = new SearchJob(project, query, job -> inUi(() -> {
			if (job == search) {
				answered.accept(job);
			}
		}));
		search = next;
		if (previous != null) {
			previous.cancel();
		}
		next.schedule();
	}

	/** Counts the licence check verdicts of {@code shown}'s articles instead of the count before, if it still runs. */
	void countStatuses(RowModel shown, Consumer<RowModel> counted) {
		StatusCountJob previous = statusCount;
		StatusCountJob next = new StatusCountJob(shown, model -> inUi(() -> counted.accept(model)));
		statusCount = next;
		if (previous != null) {
			previous.cancel();
		}
		next.schedule();
	}

	/** Cancels the search and the count running or waiting; their answers are dropped. */
	void cancel() {
		SearchJob pending = search;
		search = null;
		if (pending != null) {
			pending.cancel();
		}
		StatusCountJob counting = statusCount;
		if (counting != null) {
			counting.cancel();
		}
	}

	private void inUi(Runnable work) {
		if (!control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					work.run();
				}
			});
		}
	}
}
