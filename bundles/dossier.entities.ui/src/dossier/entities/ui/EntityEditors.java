// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import dossier.entities.ui.internal.editor.EntityEditor;

/** Opening articles in the Entity Editor from other views. */
public final class EntityEditors {

	private EntityEditors() {
	}

	/**
	 * Opens the article {@code file} in the Entity Editor and activates it, the first mention of the entity
	 * {@code entityId} selected on its Text page once the article has loaded (the UI thread does not wait for the
	 * load); when the article does not mention it, the article is just opened.
	 */
	public static IEditorPart openAt(IWorkbenchPage page, IFile file, String entityId) throws PartInitException {
		IEditorPart editor = IDE.openEditor(page, file, EntityEditorIds.EDITOR, true);
		if (editor instanceof EntityEditor entityEditor) {
			entityEditor.revealEntity(entityId);
		}
		return editor;
	}
}
