// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Compare with Original": opens the article of the active part (the Entity Editor's, the Article Explorer's
 * selected row, the Lineage view's selected article or link) side by side with its original.
 */
public final class CompareWithOriginalHandler extends AbstractHandler {

	/** The command's id (plugin.xml). */
	public static final String COMMAND = "dossier.lineage.ui.compareWithOriginal"; //$NON-NLS-1$

	@Override
	public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		if (part instanceof LineageView view) {
			view.compareSelected();
			return null;
		}
		Optional<ArticleOfPart> article = ArticleOfPart.of(part, HandlerUtil.getCurrentSelection(event));
		if (article.isEmpty() || page == null) {
			return null;
		}
		String title = part instanceof IEditorPart editor ? editor.getTitle() : article.get().id();
		try {
			open(page, article.get().project(), article.get().id(), title, null);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	/**
	 * Opens article {@code id} side by side with its original ({@code partner}: the other article of the link the
	 * analyst chose, or null for the best original).
	 */
	static void open(IWorkbenchPage page, IProject project, String id, String title, @Nullable String partner)
			throws PartInitException {
		page.openEditor(new SideBySideInput(project, id, title, partner), SideBySideEditor.ID, true);
	}
}
