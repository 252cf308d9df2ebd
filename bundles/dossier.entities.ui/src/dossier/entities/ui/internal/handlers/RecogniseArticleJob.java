// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.handlers;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import dossier.entities.ArticleEntities;
import dossier.entities.EntityEngine;
import dossier.entities.ui.EntityEditorIds;
import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.editor.EntityEditor;
import dossier.entities.ui.internal.model.ArticleSession;
import dossier.entities.ui.internal.model.EditorState;
import dossier.entities.ui.internal.model.MentionEdits;
import dossier.ui.DossierUi;

/**
 * Runs every enabled recogniser over the article as the editor holds it (saved or not); the findings arrive in the
 * editor as suggestions, as one undoable operation, unless the editor was given another article meanwhile.
 */
final class RecogniseArticleJob extends Job {

	private final EntityEditor editor;
	private final ArticleSession session;
	private final EditorState snapshot;

	RecogniseArticleJob(EntityEditor editor) {
		super(NLS.bind(Messages.Recognise_job, editor.getPartName()));
		this.editor = editor;
		this.session = editor.session();
		this.snapshot = session.state();
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			progress.subTask(Messages.Editor_warmUpJob);
			EntityEngine engine = session.engine();
			progress.worked(1);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			ArticleEntities found = engine.recognize(snapshot.article(), snapshot.mentions());
			progress.worked(1);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Display.getDefault().asyncExec(() -> {
				if (editor.session() == session) {
					editor.apply(Messages.Op_recognise, state -> MentionEdits.suggest(state, found.mentions(), found.entities()));
				}
			});
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			return EntitiesUiPlugin.error(e.getMessage(), e);
		}
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == editor || family == EntityEditorIds.JOB_FAMILY || family == DossierUi.JOB_FAMILY;
	}
}
