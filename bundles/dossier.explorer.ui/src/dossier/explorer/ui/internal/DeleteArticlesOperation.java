// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;

import dossier.core.model.Article;
import dossier.core.store.ArticleJson;
import dossier.core.store.Corpus;
import dossier.ui.Counts;
import dossier.workspace.CorpusProjects;

/**
 * Deletes articles from a corpus, undoably: before deleting, each article's JSON and original bytes are kept, and
 * undo puts them back ({@link Corpus#put}) under the same id. Runs as a workspace operation (the corpus files
 * change, the project is refreshed and built, so its index follows).
 */
public final class DeleteArticlesOperation extends AbstractOperation {

	private record Kept(String json, byte[] original) {
	}

	private final IProject project;
	private final List<String> ids;
	private final List<Kept> kept = new ArrayList<>();

	public DeleteArticlesOperation(IProject project, List<String> ids) {
		super(ids.size() == 1 ? Messages.Delete_one : Counts.format(Messages.Delete_many, ids.size()));
		this.project = project;
		this.ids = List.copyOf(ids);
		addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
	}

	@Override
	public IStatus execute(@Nullable IProgressMonitor monitor, @Nullable IAdaptable info) throws ExecutionException {
		return inWorkspace(monitor, progress -> {
			Corpus corpus = CorpusProjects.corpus(project);
			kept.clear();
			progress.setWorkRemaining(ids.size() + 2);
			for (String id : ids) {
				try {
					Article article = corpus.get(id).orElse(null);
					if (article != null) {
						kept.add(new Kept(ArticleJson.toPrettyJson(article), corpus.original(id).orElse(null)));
						corpus.delete(id);
					}
				} catch (IOException e) {
					throw new CoreException(Status.error(NLS.bind(Messages.Delete_failed, id, e.getMessage()), e));
				}
				progress.worked(1);
			}
		});
	}

	@Override
	public IStatus undo(@Nullable IProgressMonitor monitor, @Nullable IAdaptable info) throws ExecutionException {
		return inWorkspace(monitor, progress -> {
			Corpus corpus = CorpusProjects.corpus(project);
			progress.setWorkRemaining(kept.size() + 2);
			for (Kept article : kept) {
				try {
					corpus.put(ArticleJson.fromJson(article.json()), article.original());
				} catch (IOException e) {
					throw new CoreException(Status.error(NLS.bind(Messages.Delete_undoFailed, e.getMessage()), e));
				}
				progress.worked(1);
			}
		});
	}

	@Override
	public IStatus redo(@Nullable IProgressMonitor monitor, @Nullable IAdaptable info) throws ExecutionException {
		return execute(monitor, info);
	}

	@Override
	public boolean canUndo() {
		return !kept.isEmpty() && project.isAccessible();
	}

	private interface CorpusChange {
		void run(SubMonitor progress) throws CoreException;
	}

	private IStatus inWorkspace(@Nullable IProgressMonitor monitor, CorpusChange change) throws ExecutionException {
		IWorkspaceRunnable runnable = inner -> {
			SubMonitor progress = SubMonitor.convert(inner, 10);
			change.run(progress);
			project.getFolder(Corpus.ARTICLES).refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		};
		try {
			ResourcesPlugin.getWorkspace().run(runnable, project, IResource.NONE, monitor);
			project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, monitor);
			return Status.OK_STATUS;
		} catch (CoreException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
