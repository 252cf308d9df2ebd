// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.store.StoredRecognition;
import dossier.explorer.ui.ExplorerUi;
import dossier.ui.DossierUi;
import dossier.workspace.ProjectEntities;

/**
 * Recognises entities in chosen articles (or whole corpora) through {@link ProjectEntities#recogniseNow}, the
 * workspace's one way to recognise (each corpus's shared engine, the findings stored as suggestions beside each
 * article, the analysts' accepted and rejected mentions never changed). Cancelling stops after the article in
 * hand; what was stored stays.
 */
final class RecogniseEntitiesJob extends Job {

	private final ArticleTargets targets;
	private final List<StoredRecognition.Outcome> outcomes = new ArrayList<>();

	RecogniseEntitiesJob(ArticleTargets targets) {
		super(Messages.Recognise_job);
		this.targets = targets;
		setUser(true);
	}

	static RecogniseEntitiesJob start(ArticleTargets targets) {
		RecogniseEntitiesJob job = new RecogniseEntitiesJob(targets);
		job.schedule();
		return job;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		MultiStatus problems = new MultiStatus(RecogniseEntitiesJob.class, 0, Messages.Recognise_problems);
		try {
			Map<IProject, List<String>> articles = targets.resolve();
			int total = articles.values().stream().mapToInt(List::size).sum();
			SubMonitor progress = SubMonitor.convert(monitor, Messages.Recognise_job, 5 * articles.size() + total);
			for (Map.Entry<IProject, List<String>> entry : articles.entrySet()) {
				IProject project = entry.getKey();
				SubMonitor projectProgress = progress.split(5 + entry.getValue().size());
				if (project.isAccessible()) {
					List<StoredRecognition.Outcome> done = ProjectEntities.recogniseNow(project, entry.getValue(), projectProgress,
							(id, reason) -> problems.add(Status.warning(id + ": " + reason))); //$NON-NLS-1$
					synchronized (outcomes) {
						outcomes.addAll(done);
					}
				}
			}
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
		return problems.isOK() ? Status.OK_STATUS : problems;
	}

	/** What each recognised article now holds (tests). */
	List<StoredRecognition.Outcome> outcomes() {
		synchronized (outcomes) {
			return List.copyOf(outcomes);
		}
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == ExplorerUi.JOB_FAMILY || family == DossierUi.JOB_FAMILY;
	}
}
