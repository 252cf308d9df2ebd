// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;

import dossier.core.store.Corpus;
import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.AttributionRecord;
import dossier.workspace.licence.AttributionRecords;

/**
 * Changes the attribution records of some articles, undoably. The article files are touched (their content is
 * unchanged) so the next build rechecks them and their markers follow the record; undo restores the records as
 * they were and touches the files again.
 */
public class AttributionRecordOperation extends AbstractOperation {

	private record Change(ArticleRef ref, AttributionRecord before, AttributionRecord after) {
	}

	private final List<ArticleRef> refs;
	private final BiFunction<ArticleRef, AttributionRecord, AttributionRecord> edit;
	private final List<Change> changes = new ArrayList<>();

	/**
	 * @param edit the new record of an article from its current one
	 */
	public AttributionRecordOperation(String label, List<ArticleRef> refs,
			BiFunction<ArticleRef, AttributionRecord, AttributionRecord> edit) {
		super(label);
		this.refs = List.copyOf(refs);
		this.edit = edit;
		addContext(WorkspaceUndoUtil.getWorkspaceUndoContext());
	}

	@Override
	public IStatus execute(@Nullable IProgressMonitor monitor, @Nullable IAdaptable info) throws ExecutionException {
		changes.clear();
		try {
			for (ArticleRef ref : refs) {
				Corpus corpus = CorpusProjects.corpus(ref.project());
				AttributionRecord before = ArticleLicenceChecks.record(corpus, ref.id());
				AttributionRecord after = edit.apply(ref, before);
				if (!after.equals(before)) {
					changes.add(new Change(ref, before, after));
				}
			}
		} catch (CoreException | IOException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return apply(true, monitor);
	}

	@Override
	public IStatus redo(@Nullable IProgressMonitor monitor, @Nullable IAdaptable info) throws ExecutionException {
		return apply(true, monitor);
	}

	@Override
	public IStatus undo(@Nullable IProgressMonitor monitor, @Nullable IAdaptable info) throws ExecutionException {
		return apply(false, monitor);
	}

	private IStatus apply(boolean forward, @Nullable IProgressMonitor monitor) throws ExecutionException {
		if (changes.isEmpty()) {
			return Status.CANCEL_STATUS;
		}
		try {
			ResourcesPlugin.getWorkspace().run(m -> {
				SubMonitor progress = SubMonitor.convert(m, changes.size());
				for (Change change : changes) {
					try {
						AttributionRecords.write(CorpusProjects.corpus(change.ref().project()), change.ref().id(),
								forward ? change.after() : change.before());
					} catch (IOException e) {
						throw new CoreException(Status.error(e.getMessage(), e));
					}
					change.ref().file().getParent().refreshLocal(IResource.DEPTH_ONE, null);
					change.ref().file().touch(progress.split(1)); // content unchanged: makes the builder recheck it
				}
			}, ResourcesPlugin.getWorkspace().getRoot(), IWorkspace.AVOID_UPDATE, monitor);
		} catch (CoreException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return Status.OK_STATUS;
	}

	/** How many articles the last execution changed. */
	public int changedArticles() {
		return changes.size();
	}
}
