// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.explorer.ui.ExplorerUi;
import dossier.workspace.CorpusProjects;

/**
 * Reads the whole articles of a selection of rows from their corpora, so the Properties view shows metadata and
 * provenance without the UI thread reading a file. Reads at most {@link #MAX_LOADED} (the Properties view shows
 * one); an article that cannot be read stays the row it was. Cancelled (the selection changed), it stops between
 * articles and hands nothing over.
 */
final class LoadArticlesJob extends Job {

	/** Most articles loaded for one selection. */
	static final int MAX_LOADED = 20;

	private final List<ArticleRef> refs;
	private final Consumer<List<Object>> loaded;

	/** @param loaded told (on the job's thread) of the selection with the articles read */
	LoadArticlesJob(List<ArticleRef> refs, Consumer<List<Object>> loaded) {
		super(Messages.View_loadJob);
		this.refs = List.copyOf(refs);
		this.loaded = loaded;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<ArticleRef> toLoad = refs.subList(0, Math.min(MAX_LOADED, refs.size()));
		SubMonitor progress = SubMonitor.convert(monitor, toLoad.size());
		List<Object> selection = new ArrayList<>();
		for (ArticleRef ref : toLoad) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			selection.add(load(ref));
			progress.worked(1);
		}
		selection.addAll(refs.subList(toLoad.size(), refs.size()));
		loaded.accept(selection);
		return Status.OK_STATUS;
	}

	private static ArticleRef load(ArticleRef ref) {
		try {
			Article article = CorpusProjects.corpus(ref.project()).get(ref.id()).orElse(null);
			return article == null ? ref : ref.withArticle(article);
		} catch (IOException | CoreException | RuntimeException e) {
			return ref;
		}
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == ExplorerUi.JOB_FAMILY;
	}
}
