// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.workspace.CorpusProjects;

/**
 * Opens the Corpus Overview editor (or shows the one open) on a corpus: the one the Corpus Overview view shows
 * when it is the active part ("Open as Editor"), else the project of the selected element (a corpus project in the
 * Project Explorer, an article in the Article Explorer).
 */
public class OpenOverviewEditorHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IProject project = corpus(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null || project == null) {
			return null;
		}
		try {
			OverviewEditor.open(page, project);
		} catch (PartInitException e) {
			throw new ExecutionException("The Corpus Overview could not be opened on " + project.getName(), e); //$NON-NLS-1$
		}
		return null;
	}

	/** The corpus to open the editor on, or null when neither the part nor the selection names one. */
	static @Nullable IProject corpus(@Nullable IWorkbenchPart part, @Nullable ISelection selection) {
		IProject project = null;
		if (part instanceof OverviewView view) {
			project = view.corpus();
		} else if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			project = resource == null ? null : resource.getProject();
		}
		return project != null && CorpusProjects.isCorpus(project) ? project : null;
	}
}
