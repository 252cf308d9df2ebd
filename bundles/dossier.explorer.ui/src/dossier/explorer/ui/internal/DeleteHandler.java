// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.ui.Counts;
import dossier.ui.DialogParents;

/**
 * Deletes the selected articles after a confirmation (the workbench's Delete command in the explorer). The
 * deletion is an undoable operation in the workbench history, run in a job.
 */
public class DeleteHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return null;
		}
		List<ArticleRef> articles = ArticleRef.allIn(selection);
		if (articles.isEmpty()) {
			return null;
		}
		IProject project = articles.get(0).project();
		List<String> ids = articles.stream().filter(a -> a.project().equals(project)).map(ArticleRef::id).toList();
		String question = ids.size() == 1 ? NLS.bind(Messages.Delete_confirmOne, articles.get(0).summary().title())
				: Counts.format(Messages.Delete_confirmMany, ids.size(), project.getName());
		if (!MessageDialog.openConfirm(DialogParents.of(event), Messages.Delete_confirmTitle, question)) {
			return null;
		}
		run(new DeleteArticlesOperation(project, ids));
		return null;
	}

	/** Executes {@code operation} through the workbench history, in a job. */
	public static Job run(DeleteArticlesOperation operation) {
		Job job = new DeleteArticlesJob(operation);
		job.schedule();
		return job;
	}
}
