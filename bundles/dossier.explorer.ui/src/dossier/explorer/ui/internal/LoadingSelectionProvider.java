// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;

import dossier.ui.SelectionProviderBase;

/**
 * The explorer's selection as the workbench sees it: the selected {@link ArticleRef}s, announced at once, then
 * once more with their whole articles loaded by a {@link LoadArticlesJob}, so the Properties view shows metadata and
 * provenance without the UI thread reading a file.
 */
final class LoadingSelectionProvider extends SelectionProviderBase {

	private final TableViewer viewer;
	private final AtomicInteger generation = new AtomicInteger();
	private LoadArticlesJob loading;

	LoadingSelectionProvider(TableViewer viewer) {
		this.viewer = viewer;
		viewer.addSelectionChangedListener(event -> fireFromViewer());
	}

	void fireFromViewer() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		List<ArticleRef> refs = ArticleRef.allIn(selection);
		set(new StructuredSelection(refs));
		if (refs.isEmpty()) {
			return;
		}
		int ticket = generation.incrementAndGet();
		LoadArticlesJob previous = loading;
		if (previous != null) {
			previous.cancel();
		}
		loading = new LoadArticlesJob(refs, loaded -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.getControl().getDisplay().asyncExec(() -> {
					if (ticket == generation.get() && !viewer.getControl().isDisposed()) {
						set(new StructuredSelection(loaded));
					}
				});
			}
		});
		loading.schedule();
	}

	/** Stops reading the articles of the selection (the view closing). */
	void dispose() {
		LoadArticlesJob previous = loading;
		if (previous != null) {
			previous.cancel();
		}
	}

	private void set(IStructuredSelection selection) {
		announce(selection);
	}

	@Override
	public void setSelection(ISelection selection) {
		if (selection instanceof IStructuredSelection structured) {
			viewer.setSelection(structured, true);
		}
	}
}
