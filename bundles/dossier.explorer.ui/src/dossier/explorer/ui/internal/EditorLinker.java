// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;

import dossier.workspace.CorpusProjects;

/** Follows the active editor when the explorer links with editors: its article is selected in the explorer. */
final class EditorLinker implements IPartListener2 {

	private final ExplorerView view;

	EditorLinker(ExplorerView view) {
		this.view = view;
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (!view.state().linking || !(reference.getPart(false) instanceof IEditorPart editor)) {
			return;
		}
		IEditorInput input = editor.getEditorInput();
		if (input instanceof IFileEditorInput fileInput) {
			IFile file = fileInput.getFile();
			CorpusProjects.articleId(file).ifPresent(id -> {
				if (!file.getProject().equals(view.currentProject())) {
					view.showCorpus(file.getProject());
				} else {
					view.reveal(id);
				}
			});
		}
	}
}
