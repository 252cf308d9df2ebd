// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;

import dossier.explorer.ui.ExplorerUi;
import dossier.index.QuerySyntaxException;
import dossier.workspace.ProjectIndexes;

/**
 * Runs the explorer's query over one corpus: opens the corpus's index if needed and builds the {@link RowModel}
 * of the answer (one search for the row count, facets and groups). A newer query cancels it: a search cancelled
 * before or while it runs gives no answer. The answer (or the problem, such as a search that cannot be parsed) is
 * handed to a listener on the job's thread.
 */
final class SearchJob extends Job {

	private final IProject project;
	private final ExplorerQuery query;
	private final Consumer<SearchJob> answered;
	private volatile RowModel answer;
	private volatile String problem;

	/**
	 * @param project the corpus, or null when there is none: the answer is an empty model
	 * @param answered told of the answer unless the job was cancelled
	 */
	SearchJob(@Nullable IProject project, ExplorerQuery query, Consumer<SearchJob> answered) {
		super(Messages.View_searchJob);
		this.project = project;
		this.query = query;
		this.answered = answered;
		setSystem(true);
		setPriority(LONG);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		try {
			answer = project == null ? RowModel.empty(null)
					: RowModel.build(project, ProjectIndexes.search(project), query);
		} catch (QuerySyntaxException e) {
			problem = e.getMessage();
		} catch (CoreException | IOException | RuntimeException | LinkageError e) {
			problem = e.getMessage() == null ? e.toString() : e.getMessage();
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		answered.accept(this);
		return Status.OK_STATUS;
	}

	/** The rows that answer the query; null when it failed ({@link #problem()}). */
	RowModel answer() {
		return answer;
	}

	/** Why the query has no answer, or null. */
	String problem() {
		return problem;
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == ExplorerUi.JOB_FAMILY;
	}
}
