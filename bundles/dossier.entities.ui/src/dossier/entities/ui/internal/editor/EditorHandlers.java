// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.IHandler;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;

/**
 * The workbench commands an Entity Editor answers while it is active: Undo and Redo in its own undo context (which
 * exists before the article is loaded), Quick Fix (Ctrl+1) on the Text page, and Revert.
 */
final class EditorHandlers {

	private EditorHandlers() {
	}

	static void activate(EntityEditor editor) {
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_UNDO,
				new ActionHandler(new UndoActionHandler(editor.getSite(), editor.undoContext())));
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_REDO,
				new ActionHandler(new RedoActionHandler(editor.getSite(), editor.undoContext())));
		handlers.activateHandler(LicenceQuickFixes.COMMAND, handler(editor::showQuickFixMenu));
		handlers.activateHandler(IWorkbenchCommandConstants.FILE_REVERT, handler(editor::revert));
	}

	private static IHandler handler(Runnable action) {
		return new AbstractHandler() {
			@Override
			public @Nullable Object execute(ExecutionEvent event) {
				action.run();
				return null;
			}
		};
	}
}
