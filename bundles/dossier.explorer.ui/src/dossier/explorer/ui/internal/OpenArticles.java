// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import dossier.workspace.RemoteCorpora;

/**
 * Opens articles in the editor registered for the article content type: the Entity Editor
 * ({@code dossier.entityEditor}) when it is installed, a text editor until then.
 */
public final class OpenArticles {

	/** Most editors one Open opens: a selection of thousands of rows is not a request for thousands of editors. */
	static final int MAX_EDITORS = 20;

	private OpenArticles() {
	}

	public static void open(@Nullable IWorkbenchPage page, List<ArticleRef> articles) {
		try {
			openOrThrow(page, articles);
		} catch (PartInitException e) {
			ErrorDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle, null, e.getStatus());
		}
	}

	public static void openOrThrow(@Nullable IWorkbenchPage page, List<ArticleRef> articles) throws PartInitException {
		int opened = 0;
		for (ArticleRef article : articles) {
			if (opened++ == MAX_EDITORS) {
				break;
			}
			boolean activate = opened == Math.min(articles.size(), MAX_EDITORS);
			if (RemoteCorpora.isRemote(article.project()) && page != null) {
				new SharedArticleJob(page, article, activate).schedule(); // its text is on the server
			} else {
				IDE.openEditor(page, article.file(), activate);
			}
		}
	}
}
