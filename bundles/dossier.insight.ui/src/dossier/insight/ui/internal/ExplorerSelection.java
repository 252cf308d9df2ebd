// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISelectionService;
import org.eclipse.ui.IWorkbenchWindow;

import dossier.explorer.ui.ExplorerUi;
import dossier.workspace.CorpusProjects;

/**
 * The articles selected in the Article Explorer of a workbench window, as ids per corpus, followed through the
 * window's selection service (the Explorer need not be the active part). Its selection is announced twice, the
 * articles then the articles loaded: {@code changed} hears only of a change of ids. Reads no file: the ids come
 * from the selected articles' file paths.
 */
final class ExplorerSelection {

	private final ISelectionService service;
	private final ISelectionListener listener = (part, selection) -> selected(selection);
	private final Runnable changed;
	private @Nullable IProject project;
	private Set<String> ids;

	/** Follows the Explorer of {@code window}; {@code changed} runs on the UI thread when its articles change. */
	ExplorerSelection(IWorkbenchWindow window, Runnable changed) {
		this.service = window.getSelectionService();
		this.changed = changed;
		service.addSelectionListener(ExplorerUi.VIEW_ID, listener);
		ISelection now = service.getSelection(ExplorerUi.VIEW_ID);
		ids = Set.of();
		if (now != null) {
			read(now);
		}
	}

	/** The ids of the articles of {@code corpus} selected in the Explorer; empty when none (or another's are). */
	Set<String> ids(IProject corpus) {
		return corpus.equals(project) ? ids : Set.of();
	}

	/** Stops following the Explorer. */
	void dispose() {
		service.removeSelectionListener(ExplorerUi.VIEW_ID, listener);
	}

	private void selected(@Nullable ISelection selection) {
		if (selection != null && read(selection)) {
			changed.run();
		}
	}

	/** Takes the articles of {@code selection}; true when they are not those taken before. */
	private boolean read(ISelection selection) {
		IProject corpus = null;
		Set<String> read = new LinkedHashSet<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource == null) {
					continue;
				}
				String id = CorpusProjects.articleId(resource).orElse(null);
				if (id != null && (corpus == null || corpus.equals(resource.getProject()))) {
					corpus = resource.getProject();
					read.add(id);
				}
			}
		}
		if (read.equals(ids) && (read.isEmpty() || Objects.equals(corpus, project))) {
			return false;
		}
		project = corpus;
		ids = Set.copyOf(read);
		return true;
	}
}
