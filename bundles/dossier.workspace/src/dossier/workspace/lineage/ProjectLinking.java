// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.lineage;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusLock;
import dossier.entities.store.EntityStore;
import dossier.lineage.EntityIds;
import dossier.lineage.Lineage;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkChanges;
import dossier.workspace.CorpusProjects;
import dossier.workspace.internal.Messages;
import dossier.workspace.internal.ProjectJobs;

/**
 * Linking on import: the corpus build hands over the articles it added, changed or removed ({@link #update}), and one
 * background job per project links them with the lineage engine and stores the suggestions in the corpus's
 * {@value LineageFile#FILE_NAME}, so the Article Explorer's Copies column, <i>Group by Original</i>, the Timeline and
 * the licence chain see them without anyone running {@code dossier lineage}.
 * <p>
 * <b>The index.</b> Each project keeps the engine's {@link LineageIndex} in memory for the session, so a new article
 * is compared only with the candidates the index names (milliseconds), not with the corpus. It is built from the
 * corpus's articles, in id order exactly as {@code dossier lineage} does, on a full build, on the first build of a
 * session, after a cancelled or failed run, and when the JVM reclaimed it: it is held through a soft reference, so a
 * large corpus's index (about 13 KB an article) gives way under memory pressure and is built again when needed
 * rather than pinned. Nothing of it is stored: the corpus folder stays the unit an analyst shares.
 * <p>
 * <b>The file.</b> Written atomically under the corpus's writer lock, read again under that lock just before it is
 * written (so a decision taken meanwhile in the Lineage view or by {@code dossier lineage --reject} is kept), through
 * {@link LineageFile}: confirmed and rejected links stay as decided, a rejected link is never proposed again, and the
 * suggestions of a removed article are dropped (its decisions are kept, so a re-imported article is not re-proposed a
 * link an analyst rejected). Each new or removed article's changes are stored as the index reports them
 * ({@link LineageFile#apply}: its links, then the links between other articles its arrival revised or its removal
 * revised back, a decided link left as decided). The file is written only when its links changed, then refreshed
 * into the workspace.
 * <p>
 * The job holds no scheduling rule: builds, imports and views never wait for it; a request made while it runs is
 * queued and picked up. All the jobs belong to {@link #FAMILY}.
 */
public final class ProjectLinking {

	/** The family of the linking jobs, for {@code IJobManager#join} and progress grouping. */
	public static final Object FAMILY = ProjectLinking.class;

	private static final ProjectJobs<LinkJob> JOBS = new ProjectJobs<>(LinkJob::new, LinkJob::stop);
	/**
	 * Threads preparing articles in a first pass, beside the job's own thread which compares them: all cores but one,
	 * so the workbench keeps a core while a large corpus is linked.
	 */
	private static final int PREPARING_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

	private ProjectLinking() {
	}

	/**
	 * Links these articles of {@code project} in the background and stores their links.
	 *
	 * @param full true to link every article of the corpus afresh (a full or clean build)
	 * @param changed ids of articles added or changed
	 * @param removed ids of articles removed
	 */
	public static void update(IProject project, boolean full, Collection<String> changed, Collection<String> removed) {
		if (!full && changed.isEmpty() && removed.isEmpty()) {
			return;
		}
		LinkJob job = JOBS.of(project);
		job.add(full, changed, removed);
		job.schedule();
	}

	/** Forgets the project's index: the next update links the whole corpus afresh (a clean build). */
	public static void forget(IProject project) {
		LinkJob job = JOBS.get(project);
		if (job != null) {
			job.forgetIndex();
		}
	}

	/**
	 * Adds the articles {@code ids} of {@code corpus} to {@code index} in that order (a first pass: the engine's
	 * {@link Lineage#addAll}, articles prepared on the other cores) and returns their links; one unit of
	 * {@code progress} per article, cancellation checked between articles, unreadable ones left out.
	 *
	 * @throws OperationCanceledException when cancelled
	 */
	static List<LineageLink> linkAll(LineageIndex index, Corpus corpus, List<String> ids, SubMonitor progress) {
		return Lineage.addAll(index, new LinkJob.Reading(corpus, ids, progress), PREPARING_THREADS, entityIds(corpus));
	}

	/**
	 * The entity ids the workspace holds for each article: its stored mentions ({@link dossier.workspace.ProjectEntities} recognises an
	 * article after an import and asks for it to be linked again once its mentions are written), so "Japan" and
	 * "Japon" match in the fingerprint. An article whose mentions are not written yet links on its text alone until
	 * then.
	 */
	static EntityIds entityIds(Corpus corpus) {
		EntityStore store = new EntityStore(corpus.folder());
		return article -> store.linkedEntityIds(article.id());
	}

	/** Waits until every linking the builds asked for is done (tests, headless runs). */
	public static void join(@Nullable IProgressMonitor monitor) throws InterruptedException {
		Job.getJobManager().join(FAMILY, monitor);
	}

	/** How many times {@link #awaitLinks} runs a project's linking again when it ends with work left. */
	private static final int AWAIT_ROUNDS = 3;

	/**
	 * Makes the links stored in {@code project}'s {@value LineageFile#FILE_NAME} current, for a reader of them (the
	 * Lineage view, the side-by-side view): waits while the project's linking has work asked for or running (an
	 * import being linked), runs it when a cancelled run left work (not after a failure, which is logged and which
	 * the next build retries), and links the whole corpus when it has no lineage file yet (a corpus imported without
	 * linking, a file deleted). Returns at once when the stored links are current, which is the usual case: nothing
	 * is linked here that linking on import did not already link. Call it from a job, never from the UI thread.
	 *
	 * @throws CoreException when the project is not an open corpus
	 * @throws OperationCanceledException when the monitor is cancelled while waiting
	 */
	public static void awaitLinks(IProject project, @Nullable IProgressMonitor monitor) throws CoreException {
		Corpus corpus = CorpusProjects.corpus(project);
		if (!Files.exists(corpus.folder().resolve(LineageFile.FILE_NAME))) {
			update(project, true, List.of(), List.of());
		}
		LinkJob job = JOBS.get(project);
		for (int round = 0; job != null && job.hasWork() && round < AWAIT_ROUNDS; round++) {
			if (job.getState() == Job.NONE) {
				if (job.failed()) {
					break; // logged; linking it again for every read would fail again: the next build retries
				}
				job.schedule(); // left with work by a cancelled run, or between two runs of a busy one
			}
			try {
				job.join(0, monitor);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
			if (monitor != null && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
	}

	/** What the builds asked for since the job last took it. */
	private static final class Pending {
		boolean full;
		final Set<String> changed = new TreeSet<>();
		final Set<String> removed = new TreeSet<>();
	}

	/** One project's linking; a request made while it runs is merged into the next run. */
	private static final class LinkJob extends Job {

		private final IProject project;
		private Pending pending = new Pending();
		private SoftReference<@Nullable LineageIndex> index = new SoftReference<>(null);
		/** Held while the lineage file is written. */
		private final Object writing = new Object();
		private volatile boolean stopped;
		/** Whether the last run failed (an unreadable lineage file, a corpus that cannot be read). */
		private volatile boolean failed;

		LinkJob(IProject project) {
			super(NLS.bind(Messages.ProjectLinking_job, project.getName()));
			this.project = project;
			setSystem(false);
			setUser(false);
			setPriority(Job.DECORATE); // after the builds and the views' own work
		}

		synchronized void add(boolean full, Collection<String> changed, Collection<String> removed) {
			pending.full |= full;
			for (String id : removed) {
				pending.changed.remove(id);
				pending.removed.add(id);
			}
			for (String id : changed) {
				pending.removed.remove(id);
				pending.changed.add(id);
			}
		}

		boolean failed() {
			return failed;
		}

		/** Whether this project's links are about to change: work asked for and not taken, or a run in progress. */
		boolean hasWork() {
			synchronized (this) {
				if (pending.full || !pending.changed.isEmpty() || !pending.removed.isEmpty()) {
					return true;
				}
			}
			return getState() != Job.NONE;
		}

		private synchronized Pending take() {
			Pending taken = pending;
			pending = new Pending();
			return taken;
		}

		/** After a cancelled or failed run: the index may be half updated, so the next run links everything. */
		private synchronized void relinkNextTime() {
			index = new SoftReference<>(null);
			pending.full = true;
		}

		synchronized void forgetIndex() {
			index = new SoftReference<>(null);
		}

		private synchronized @Nullable LineageIndex index() {
			return index.get();
		}

		private synchronized void keep(LineageIndex kept) {
			index = new SoftReference<>(kept);
		}

		void stop() {
			stopped = true;
			cancel();
			synchronized (writing) {
				// nothing: waiting for the monitor is waiting for the file being written
			}
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			if (stopped || !project.isAccessible()) {
				return Status.OK_STATUS;
			}
			Pending work = take();
			try {
				link(work, monitor);
				failed = false;
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				relinkNextTime();
				return Status.CANCEL_STATUS;
			} catch (CoreException | IOException | RuntimeException e) {
				relinkNextTime();
				failed = true;
				ILog.of(ProjectLinking.class).log(
						Status.error(NLS.bind(Messages.ProjectLinking_failed, project.getName(), e.getMessage()), e));
				return Status.OK_STATUS; // logged, as the other participants' failures are; no dialog
			}
		}

		private void link(Pending work, IProgressMonitor monitor) throws CoreException, IOException {
			Corpus corpus = CorpusProjects.corpus(project);
			LineageIndex known = index();
			boolean everything = work.full || known == null;
			List<String> ids = everything ? corpus.ids() : List.copyOf(work.changed);
			SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.ProjectLinking_job, project.getName()),
					ids.size() + work.removed.size() + 5);
			LineageIndex linking = known != null && !work.full ? known : new LineageIndex();
			Map<String, LinkChanges> changesOf = new LinkedHashMap<>();
			List<LineageLink> all = List.of();
			EntityIds entityIds = entityIds(corpus);
			linking.rejected(rejectedKeys(corpus));
			if (everything) {
				// the first pass: articles prepared on the other cores ahead of the adds, the same links as one by one
				all = linkAll(linking, corpus, ids, progress);
			} else {
				for (String id : work.removed) {
					progress.split(1);
					changesOf.put(id, linking.remove(id)); // its links go, and the revisions they were the ground of
				}
				for (String id : ids) {
					progress.split(1); // throws OperationCanceledException when cancelled
					Optional<Article> article = read(corpus, id);
					// deleted or unreadable since the build: its links go
					changesOf.put(id, article.isPresent() ? linking.add(article.get(), entityIds.of(article.get()))
							: linking.remove(id));
				}
			}
			synchronized (writing) {
				if (stopped) {
					throw new OperationCanceledException();
				}
				try (CorpusLock lock = CorpusProjects.lockForWriting(project, progress.split(1))) {
					LineageFile file = LineageFile.read(corpus.folder());
					List<LineageLink> before = file.links();
					if (everything) {
						file.replaceSuggestions(all);
					} else {
						// each article's links (none for one removed), then the links its arrival or removal revised
						changesOf.forEach(file::apply);
					}
					if (!Files.exists(corpus.folder().resolve(LineageFile.FILE_NAME)) || !before.equals(file.links())) {
						file.write();
					}
				}
				keep(linking);
			}
			// Outside the lock on writing: a project being deleted waits on it while holding the workspace.
			if (!stopped && project.isAccessible()) {
				ProjectLineage.lineageFile(project).refreshLocal(IResource.DEPTH_ZERO, progress.split(4));
			}
		}

		/**
		 * The links the analysts rejected, which the index must not build a revision on; none when the file cannot be
		 * read (the write below reports it).
		 */
		private static Set<String> rejectedKeys(Corpus corpus) {
			try {
				return LineageFile.read(corpus.folder()).rejectedKeys();
			} catch (IOException e) {
				return Set.of();
			}
		}

		/** The articles of {@code ids} that can be read, in order; one unit of progress each, cancellation checked. */
		static final class Reading implements Iterator<Article> {
			private final Corpus corpus;
			private final Iterator<String> ids;
			private final SubMonitor progress;
			private @Nullable Article next;

			Reading(Corpus corpus, List<String> ids, SubMonitor progress) {
				this.corpus = corpus;
				this.ids = ids.iterator();
				this.progress = progress;
			}

			@Override
			public boolean hasNext() {
				while (next == null && ids.hasNext()) {
					progress.split(1); // throws OperationCanceledException when cancelled
					next = read(corpus, ids.next()).orElse(null);
				}
				return next != null;
			}

			@Override
			public Article next() {
				Article article = hasNext() ? next : null;
				if (article == null) {
					throw new NoSuchElementException();
				}
				next = null;
				return article;
			}
		}

		private static Optional<Article> read(Corpus corpus, String id) {
			try {
				return corpus.get(id);
			} catch (IOException e) {
				return Optional.empty(); // unreadable: the corpus's problems say so, the Explorer and the builder report it
			}
		}

		@Override
		public boolean belongsTo(@Nullable Object family) {
			return family == FAMILY;
		}
	}
}
