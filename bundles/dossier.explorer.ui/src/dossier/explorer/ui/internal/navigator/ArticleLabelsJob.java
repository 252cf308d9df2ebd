// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal.navigator;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;

import dossier.explorer.ui.ExplorerUi;
import dossier.explorer.ui.internal.Messages;
import dossier.index.ArticleSummary;
import dossier.index.CorpusIndex;
import dossier.index.SortKey;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectIndexes;
import dossier.workspace.licence.ArticleLicenceChecks;

/**
 * Reads the labels of the articles of the corpus projects asked for: their summaries from the corpus index in one
 * listing, their licence verdicts from the markers, so the Project Explorer's UI thread reads nothing. Each project
 * read is handed over whole; a project asked for again while the job runs is read again after.
 */
final class ArticleLabelsJob extends Job {

	private final Set<IProject> pending = ConcurrentHashMap.newKeySet();
	private final BiConsumer<IProject, Map<String, ArticleLabel>> read;

	/** @param read told, on the job's thread, of the labels of each project read */
	ArticleLabelsJob(BiConsumer<IProject, Map<String, ArticleLabel>> read) {
		super(Messages.Navigator_labelsJob);
		this.read = read;
		setSystem(true);
		setPriority(DECORATE);
	}

	/** Reads the labels of {@code project} (again) soon. */
	void read(IProject project) {
		pending.add(project);
		schedule(100);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, pending.size());
		for (IProject project : Set.copyOf(pending)) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			pending.remove(project);
			progress.split(1);
			if (project.isAccessible() && CorpusProjects.isCorpus(project)) {
				try {
					read.accept(project, labelsOf(project));
				} catch (CoreException | IOException | RuntimeException e) {
					// No labels then: the Project Explorer shows the files' names.
				}
			}
		}
		return Status.OK_STATUS;
	}

	private static Map<String, ArticleLabel> labelsOf(IProject project) throws CoreException, IOException {
		CorpusIndex index = ProjectIndexes.index(project);
		long checkedAt = ArticleLicenceChecks.checkedAt(project);
		Map<String, ArticleLabel> labels = new HashMap<>();
		for (ArticleSummary summary : index.list(SortKey.TITLE, false, 0, index.count())) {
			labels.put(summary.id(), new ArticleLabel(summary.title(), summary.language(), summary.licence(),
					ArticleLicenceChecks.status(CorpusProjects.articleFile(project, summary.id()), checkedAt)));
		}
		return labels;
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == ExplorerUi.JOB_FAMILY;
	}
}
