package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.entities.EntityEngine;
import dossier.entities.store.CorpusEngines;
import dossier.entities.store.EntityStore;
import dossier.entities.store.StoredRecognition;
import dossier.explorer.ui.ExplorerUi;
import dossier.ui.DossierUi;
import dossier.workspace.CorpusProjects;

/**
 * Recognises entities in chosen articles (or whole corpora) with each corpus's entity engine (the one the Entity
 * Editor shares) and stores the findings as suggestions beside each article. The analysts' accepted and rejected
 * mentions are never changed ({@link StoredRecognition}). Cancelling stops after the article in hand; what was
 * stored stays.
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
				if (!project.isAccessible()) {
					progress.worked(5 + entry.getValue().size());
					continue;
				}
				Corpus corpus = CorpusProjects.corpus(project);
				EntityStore store = new EntityStore(corpus.folder());
				progress.subTask(Messages.Recognise_loading);
				EntityEngine engine = CorpusEngines.of(corpus.folder(), () -> {
					try {
						return store.loadCatalogue();
					} catch (IOException e) {
						ILog.of(RecogniseEntitiesJob.class).warn(NLS.bind(Messages.Recognise_catalogueUnreadable,
								project.getName(), e.getMessage()));
						return new dossier.entities.Catalogue();
					}
				});
				progress.worked(5);
				java.util.Set<String> shards = new java.util.TreeSet<>();
				try {
					recognise(project, corpus, engine, store, entry.getValue(), shards, progress, problems);
				} finally {
					// The mentions files were written beside the articles: let the workspace (and the views) see them.
					for (String shard : shards) {
						project.getFolder(Corpus.ARTICLES).getFolder(shard).refreshLocal(IResource.DEPTH_ONE, null);
					}
				}
			}
		} catch (org.eclipse.core.runtime.OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
		return problems.isOK() ? Status.OK_STATUS : problems;
	}

	private void recognise(IProject project, Corpus corpus, EntityEngine engine, EntityStore store, List<String> ids,
			java.util.Set<String> shards, SubMonitor progress, MultiStatus problems) {
				for (String id : ids) {
					progress.checkCanceled();
					progress.subTask(NLS.bind(Messages.Recognise_task, id, project.getName()));
					try {
						Optional<Article> article = corpus.get(id);
						if (article.isPresent()) {
							StoredRecognition.Outcome outcome = StoredRecognition.recogniseAndStore(engine, store,
									article.get());
							synchronized (outcomes) {
								outcomes.add(outcome);
							}
							shards.add(store.mentionsFile(id).getParent().getFileName().toString());
						}
					} catch (IOException | RuntimeException e) {
						problems.add(Status.warning(id + ": " + e.getMessage())); //$NON-NLS-1$
					}
					progress.worked(1);
				}
	}

	/** What each recognised article now holds (tests). */
	List<StoredRecognition.Outcome> outcomes() {
		synchronized (outcomes) {
			return List.copyOf(outcomes);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ExplorerUi.JOB_FAMILY || family == DossierUi.JOB_FAMILY;
	}
}
