// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;

import dossier.explorer.ui.ExplorerUi;
import dossier.workspace.ProjectIndexes;

/**
 * Warms a corpus's index up at low priority, once per session, when the corpus is first shown: the first searches
 * a user types then take their usual time, not several times it (CorpusIndex#warmUp).
 */
final class IndexWarmUpJob extends Job {

	/** The corpora whose index was warmed up (or is being) in this session. */
	private static final Set<IProject> WARMED = ConcurrentHashMap.newKeySet();

	private final IProject project;

	private IndexWarmUpJob(IProject project) {
		super(Messages.View_warmUpJob);
		this.project = project;
		setSystem(true);
		setPriority(DECORATE);
	}

	/** Warms up the index of {@code project} unless it was in this session. */
	static void warmOnce(IProject project) {
		if (WARMED.add(project)) {
			new IndexWarmUpJob(project).schedule();
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			WARMED.remove(project);
			return Status.CANCEL_STATUS;
		}
		try {
			ProjectIndexes.index(project).warmUp();
		} catch (CoreException | IOException | RuntimeException e) {
			// Only the first searches' speed depends on it.
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == ExplorerUi.JOB_FAMILY;
	}
}
