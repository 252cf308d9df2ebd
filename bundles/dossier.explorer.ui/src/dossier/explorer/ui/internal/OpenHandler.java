// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the selected articles (command {@code dossier.explorer.open}). */
public class OpenHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			List<ArticleRef> articles = ArticleRef.allIn(selection);
			if (!articles.isEmpty()) {
				OpenArticles.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), articles);
			}
		}
		return null;
	}
}
