// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import dossier.workspace.CorpusProjects;

/** An article of a corpus project, as the workbench selects it: its project, id and file. */
public record ArticleRef(IProject project, String id, IFile file) {

	/** The article {@code element} is or adapts to (an article file, a marker on one, anything adaptable to a resource). */
	public static Optional<ArticleRef> of(@Nullable Object element) {
		if (element instanceof IMarker marker) {
			return of(marker.getResource());
		}
		IResource resource = element instanceof IResource r ? r : Adapters.adapt(element, IResource.class);
		if (resource == null) {
			resource = Adapters.adapt(element, IFile.class); // explorers may adapt their article elements to IFile only
		}
		if (resource == null || resource.getType() != IResource.FILE || !CorpusProjects.isCorpus(resource.getProject())) {
			return Optional.empty();
		}
		IResource file = resource;
		return CorpusProjects.articleId(file).map(id -> new ArticleRef(file.getProject(), id, (IFile) file));
	}

	/** The articles in {@code selection}, in order, without repeats. */
	public static List<ArticleRef> all(@Nullable ISelection selection) {
		LinkedHashSet<ArticleRef> refs = new LinkedHashSet<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				of(element).ifPresent(refs::add);
			}
		}
		return new ArrayList<>(refs);
	}

	/** The corpus projects in {@code selection} (a project, or anything inside one). */
	public static List<IProject> corpora(@Nullable ISelection selection) {
		LinkedHashSet<IProject> projects = new LinkedHashSet<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				IResource resource = element instanceof IResource r ? r : Adapters.adapt(element, IResource.class);
				if (resource != null && CorpusProjects.isCorpus(resource.getProject())) {
					projects.add(resource.getProject());
				}
			}
		}
		return new ArrayList<>(projects);
	}
}
