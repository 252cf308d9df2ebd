// SPDX-License-Identifier: EPL-2.0
package dossier.workspace;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

import dossier.core.OneLine;
import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;
import dossier.entities.store.CorpusEngines;
import dossier.entities.store.EntityStore;
import dossier.entities.store.StoredRecognition;
import dossier.workspace.internal.Messages;
import dossier.workspace.internal.ProjectJobs;
import dossier.workspace.lineage.ProjectLinking;

/**
 * Entity recognition of a corpus project's articles, headless: the corpus build asks for the articles it added or
 * changed ({@link #recognise}), and one background job per project works through them with the corpus's shared
 * engine ({@link CorpusEngines}), keeping every decision the analysts stored ({@link StoredRecognition}). The job
 * holds no scheduling rule, so builds, the index and the views never wait for recognition; it refreshes the mentions
 * files it wrote into the workspace when it ends. One job per project, so a project's articles are recognised one
 * at a time; all the jobs belong to {@link #FAMILY}. A project about to be closed or deleted stops its job after the
 * article being written, so nothing lands in a folder being deleted.
 * <p>
 * The articles whose mentions were stored are then linked again ({@link ProjectLinking#update}): the lineage
 * fingerprint takes the people and places they name as ids, so a translation that spells them otherwise is found.
 */
public final class ProjectEntities {

	/** The family of the recognition jobs, for {@code IJobManager#join} and progress grouping. */
	public static final Object FAMILY = ProjectEntities.class;

	private static final ProjectJobs<RecogniseJob> JOBS = new ProjectJobs<>(RecogniseJob::new, RecogniseJob::stop);

	private ProjectEntities() {
	}

	/**
	 * Told whenever a job may have settled what it owed ({@link #join}); a waiter re-reads the jobs' state, so a
	 * notification more than needed costs one look.
	 */
	private static final Object SETTLED = new Object();

	/**
	 * Recognises (again) the entities of these articles of {@code project}, in the background. From the moment this
	 * returns, {@link #join} waits for them.
	 */
	public static void recognise(IProject project, Collection<String> articleIds) {
		if (articleIds.isEmpty()) {
			return;
		}
		RecogniseJob job = JOBS.of(project);
		job.add(articleIds);
		job.schedule();
	}

	/**
	 * Recognises these articles of {@code project} now, on the calling thread (a user's explicit request, such as the
	 * Explorer's <i>Recognise Entities</i>, run in its own Job), with the engine and the rules of the background
	 * recognition: the suggestions are stored beside each article, the analysts' decisions kept. The mentions files
	 * written are refreshed into the workspace at the end, also when cancelled.
	 *
	 * @param problems told of each article that could not be recognised: its id and the reason
	 * @return what each recognised article now holds
	 * @throws CoreException when the project's corpus cannot be opened
	 * @throws OperationCanceledException when cancelled (what was stored stays)
	 */
	public static List<StoredRecognition.Outcome> recogniseNow(IProject project, List<String> articleIds,
			IProgressMonitor monitor, BiConsumer<String, String> problems) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 5 + articleIds.size());
		Corpus corpus = CorpusProjects.corpus(project);
		EntityStore store = new EntityStore(corpus.folder());
		EntityEngine engine = engineOf(project, corpus, store);
		progress.worked(5);
		List<StoredRecognition.Outcome> outcomes = new ArrayList<>();
		Set<String> shards = new TreeSet<>();
		try {
			for (String id : articleIds) {
				progress.checkCanceled();
				progress.subTask(NLS.bind(Messages.ProjectEntities_article, id, project.getName()));
				try {
					recogniseOne(corpus, store, engine, id, shards).ifPresent(outcomes::add);
				} catch (IOException | RuntimeException e) {
					problems.accept(id, OneLine.of(e));
				}
				progress.worked(1);
			}
		} finally {
			refresh(project, shards);
			if (!outcomes.isEmpty()) {
				ProjectLinking.update(project, false, outcomes.stream().map(StoredRecognition.Outcome::articleId).toList(),
						List.of());
			}
		}
		return outcomes;
	}

	/** The corpus's shared engine, with the project's catalogue (an unreadable catalogue is logged, not fatal). */
	private static EntityEngine engineOf(IProject project, Corpus corpus, EntityStore store) {
		return CorpusEngines.of(corpus.folder(), () -> {
			try {
				return store.loadCatalogue();
			} catch (IOException | RuntimeException e) {
				ILog.of(ProjectEntities.class).warn(NLS.bind(Messages.EntityParticipant_catalogueUnreadable,
						project.getName(), e.getMessage()));
				return new Catalogue();
			}
		});
	}

	/** Recognises one article and stores its suggestions; empty when the corpus no longer holds it. */
	private static Optional<StoredRecognition.Outcome> recogniseOne(Corpus corpus, EntityStore store, EntityEngine engine,
			String id, Set<String> shards) throws IOException {
		Optional<Article> article = corpus.get(id);
		if (article.isEmpty()) {
			return Optional.empty();
		}
		StoredRecognition.Outcome outcome = StoredRecognition.recogniseAndStore(engine, store, article.get());
		shards.add(store.mentionsFile(id).getParent().getFileName().toString());
		return Optional.of(outcome);
	}

	/** The mentions files were written beside the articles: let the workspace and the editors see them. */
	private static void refresh(IProject project, Set<String> shards) {
		if (!project.isAccessible()) {
			return;
		}
		IFolder articles = project.getFolder(Corpus.ARTICLES);
		for (String shard : shards) {
			try {
				articles.getFolder(shard).refreshLocal(IResource.DEPTH_ONE, null);
			} catch (CoreException e) {
				ILog.of(ProjectEntities.class).warn(e.getMessage());
			}
		}
	}

	/**
	 * Waits until the recognition of every article asked for so far ({@link #recognise}, the builds) is written: its
	 * mentions stored beside it and refreshed into the workspace. Work cancelled (by the user, or because its project
	 * is being closed or deleted) is not waited for. The job manager's own join is not enough: it sees jobs by their
	 * state, and an article asked for while the job ends its run (the job then runs again), or while the job manager
	 * is suspended (a workbench starting), is owed by a job that is, for a moment or for longer, in none of the states
	 * it waits for.
	 *
	 * @param monitor cancelled to stop waiting (then {@link OperationCanceledException}); may be null
	 */
	public static void join(@Nullable IProgressMonitor monitor) throws InterruptedException {
		synchronized (SETTLED) {
			while (JOBS.all().stream().anyMatch(RecogniseJob::owes)) {
				if (monitor != null && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				SETTLED.wait(100); // notified when a run ends; the timeout only re-checks a cancelled monitor
			}
		}
	}

	private static void settled() {
		synchronized (SETTLED) {
			SETTLED.notifyAll();
		}
	}

	/** Runs one project's queue; a second request while it runs is added to the queue and picked up. */
	private static final class RecogniseJob extends Job {

		private final IProject project;
		private final ArrayDeque<String> queue = new ArrayDeque<>();
		private final Set<String> queued = new LinkedHashSet<>();
		/** Held while one article is recognised and its mentions written. */
		private final Object writing = new Object();
		private volatile boolean stopped;
		/**
		 * Articles were asked for that a run has not yet written: set with the request, cleared when a run ends with
		 * nothing left in the queue, or when the work is cancelled or stopped. What {@link ProjectEntities#join}
		 * waits on.
		 */
		private boolean owing;

		RecogniseJob(IProject project) {
			super(NLS.bind(Messages.ProjectEntities_job, project.getName()));
			this.project = project;
			setSystem(false);
			setUser(false);
			setPriority(Job.DECORATE); // after the builds and the views' own work
			// No scheduling rule: a job never runs twice at once, so one project's articles are recognised in
			// turn; and refreshLocal, at the end, takes the rule of the folders it refreshes itself.
			addJobChangeListener(new JobChangeAdapter() {
				@Override
				public void done(IJobChangeEvent event) {
					// cancelled before it ran (a waiting job's run is never called): nothing more will be written
					if (event.getResult() != null && event.getResult().getSeverity() == IStatus.CANCEL
							&& getState() == Job.NONE) {
						settle(false);
					}
				}
			});
		}

		synchronized void add(Collection<String> ids) {
			for (String id : ids) {
				if (queued.add(id)) {
					queue.add(id);
				}
			}
			owing |= !queue.isEmpty();
		}

		synchronized boolean owes() {
			return owing;
		}

		/** A run ended: it owes what is still queued, unless its work was given up ({@code keepOwing} false). */
		private void settle(boolean keepOwing) {
			synchronized (this) {
				owing = keepOwing && !stopped && !queue.isEmpty();
			}
			settled();
		}

		private synchronized Optional<String> next() {
			String id = queue.poll();
			if (id != null) {
				queued.remove(id);
			}
			return Optional.ofNullable(id);
		}

		private synchronized int remaining() {
			return queue.size();
		}

		/** Stops before the next article and returns once the article being written (if any) is written. */
		void stop() {
			stopped = true;
			cancel();
			synchronized (writing) {
				// nothing: waiting for the monitor is waiting for the article in progress
			}
			settle(false);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			boolean completed = false;
			try {
				IStatus status = recogniseQueued(monitor);
				completed = status.isOK();
				return status;
			} finally {
				// What is still queued was asked for during this run (the job runs again: still owed), or was left
				// by a cancelled run (picked up by the next request, not waited for).
				settle(completed);
			}
		}

		private IStatus recogniseQueued(IProgressMonitor monitor) {
			if (!project.isAccessible()) {
				return Status.CANCEL_STATUS;
			}
			SubMonitor progress = SubMonitor.convert(monitor, remaining() + 5);
			Set<String> shards = new TreeSet<>();
			Corpus corpus;
			try {
				corpus = CorpusProjects.corpus(project);
			} catch (CoreException e) {
				return e.getStatus();
			}
			EntityStore store = new EntityStore(corpus.folder());
			EntityEngine engine = engineOf(project, corpus, store);
			progress.worked(5);
			List<String> recognised = new ArrayList<>();
			try {
				for (Optional<String> id = next(); id.isPresent(); id = next()) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					progress.setWorkRemaining(remaining() + 1);
					progress.subTask(id.get());
					synchronized (writing) {
						if (stopped || !project.isAccessible()) {
							return Status.CANCEL_STATUS;
						}
						if (recognise(corpus, store, engine, id.get(), shards)) {
							recognised.add(id.get());
						}
					}
					progress.worked(1);
				}
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} finally {
				refresh(shards);
				relink(recognised);
			}
			return Status.OK_STATUS;
		}

		/** Whether the article's mentions were stored. */
		private static boolean recognise(Corpus corpus, EntityStore store, EntityEngine engine, String id, Set<String> shards) {
			try {
				return recogniseOne(corpus, store, engine, id, shards).isPresent();
			} catch (IOException | RuntimeException e) {
				ILog.of(ProjectEntities.class).warn(NLS.bind(Messages.EntityParticipant_articleFailed, id, OneLine.of(e)));
				return false;
			}
		}

		private void relink(List<String> recognised) {
			if (!stopped && !recognised.isEmpty() && project.isAccessible()) {
				ProjectLinking.update(project, false, recognised, List.of());
			}
		}

		private void refresh(Set<String> shards) {
			if (!stopped) {
				ProjectEntities.refresh(project, shards);
			}
		}

		@Override
		public boolean belongsTo(@Nullable Object family) {
			return family == FAMILY;
		}
	}
}
