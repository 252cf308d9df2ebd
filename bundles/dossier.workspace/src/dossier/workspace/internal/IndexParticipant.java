// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.index.CorpusIndex;
import dossier.workspace.CorpusBuildContext;
import dossier.workspace.CorpusBuildParticipant;
import dossier.workspace.ProjectIndexes;

/**
 * Keeps the Lucene index of each corpus project ({@link ProjectIndexes}) up to date: changed articles are
 * re-indexed, removed ones deleted, and the index committed at the end of the build, so it is durable and
 * records the corpus stamp it reflects. Runs first (order 10): later participants and the views can search it.
 */
public class IndexParticipant implements CorpusBuildParticipant {

	@Override
	public void build(CorpusBuildContext context, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		boolean wasOpen = ProjectIndexes.ifOpen(context.project()).isPresent();
		// Opening checks the stamp and rebuilds a missing or stale index: on a first build that is all there is to do.
		CorpusIndex index = ProjectIndexes.index(context.project());
		progress.worked(2);
		try {
			if (context.fullBuild()) {
				if (wasOpen) {
					index.rebuild();
				}
			} else {
				Corpus corpus = context.corpus();
				for (String id : context.removed()) {
					index.delete(id);
				}
				progress.worked(1);
				SubMonitor updates = progress.split(6).setWorkRemaining(Math.max(1, context.changed().size()));
				Stream<Article> changed = context.changed().stream().map(id -> {
					if (updates.isCanceled()) {
						throw new OperationCanceledException();
					}
					updates.worked(1);
					return read(corpus, id);
				}).flatMap(Optional::stream);
				index.updateAll(changed);
				index.commit();
			}
		} catch (IOException e) {
			throw new CoreException(Status.error("Indexing " + context.project().getName() + ": " + e.getMessage(), e)); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			ProjectIndexes.fireChanged(context.project());
		}
	}

	@Override
	public void clean(CorpusBuildContext context, IProgressMonitor monitor) throws CoreException {
		try {
			ProjectIndexes.index(context.project()).rebuild();
		} catch (IOException e) {
			throw new CoreException(Status.error("Rebuilding the index of " + context.project().getName() + ": " //$NON-NLS-1$ //$NON-NLS-2$
					+ e.getMessage(), e));
		} finally {
			ProjectIndexes.fireChanged(context.project());
		}
	}

	private static Optional<Article> read(Corpus corpus, String id) {
		try {
			return corpus.get(id);
		} catch (IOException e) {
			// An unreadable article file is reported by the corpus's problems; the index skips it.
			return Optional.empty();
		}
	}
}
