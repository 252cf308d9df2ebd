package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;

import dossier.core.model.Article;
import dossier.explorer.ui.ExplorerUi;
import dossier.workspace.CorpusProjects;

/**
 * The explorer's selection as the workbench sees it: the selected {@link ArticleRef}s, announced at once, then
 * once more with their whole articles loaded on a background thread, so the Properties view shows metadata and
 * provenance without the UI thread reading a file.
 */
final class LoadingSelectionProvider implements ISelectionProvider {

	/** Most articles loaded for one selection: the Properties view shows one. */
	private static final int MAX_LOADED = 20;

	private final TableViewer viewer;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final AtomicInteger generation = new AtomicInteger();
	private IStructuredSelection current = StructuredSelection.EMPTY;

	LoadingSelectionProvider(TableViewer viewer) {
		this.viewer = viewer;
		viewer.addSelectionChangedListener(event -> fireFromViewer());
	}

	void fireFromViewer() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		List<ArticleRef> refs = ExplorerView.articlesIn(selection);
		set(new StructuredSelection(refs));
		if (refs.isEmpty()) {
			return;
		}
		int ticket = generation.incrementAndGet();
		List<ArticleRef> toLoad = refs.subList(0, Math.min(MAX_LOADED, refs.size()));
		Job job = new Job(Messages.View_loadJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Object> loaded = new ArrayList<>();
				for (ArticleRef ref : toLoad) {
					loaded.add(load(ref));
				}
				loaded.addAll(refs.subList(toLoad.size(), refs.size()));
				if (!viewer.getControl().isDisposed()) {
					viewer.getControl().getDisplay().asyncExec(() -> {
						if (ticket == generation.get() && !viewer.getControl().isDisposed()) {
							set(new StructuredSelection(loaded));
						}
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ExplorerUi.JOB_FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private static ArticleRef load(ArticleRef ref) {
		try {
			Article article = CorpusProjects.corpus(ref.project()).get(ref.id()).orElse(null);
			return article == null ? ref : ref.withArticle(article);
		} catch (IOException | CoreException | RuntimeException e) {
			return ref;
		}
	}

	private void set(IStructuredSelection selection) {
		current = selection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return current;
	}

	@Override
	public void setSelection(ISelection selection) {
		if (selection instanceof IStructuredSelection structured) {
			viewer.setSelection(structured, true);
		}
	}
}
