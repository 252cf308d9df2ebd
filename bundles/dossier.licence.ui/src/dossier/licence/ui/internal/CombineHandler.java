// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.ui.DialogParents;

/** "Can these be combined?" on the selected articles: checks them off the UI thread, then answers in a dialog. */
public class CombineHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
		List<ArticleRef> refs = ArticleRef.all(HandlerUtil.getCurrentSelection(event));
		if (refs.isEmpty()) {
			MessageDialog.openInformation(DialogParents.of(event), Messages.Combine_title, Messages.Combine_noArticles);
			return null;
		}
		AtomicReference<Combination> result = new AtomicReference<>();
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				try {
					result.set(Combination.of(refs));
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			throw new ExecutionException(e.getCause().getMessage(), e.getCause());
		} catch (InterruptedException e) {
			return null;
		}
		new CombineDialog(DialogParents.of(event), result.get()).open();
		return null;
	}
}
