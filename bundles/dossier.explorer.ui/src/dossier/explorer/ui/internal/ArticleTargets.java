// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import dossier.workspace.CorpusProjects;

/**
 * What a command works on: the articles of a selection, by corpus project. Explorer rows and article files count
 * as themselves; a selected corpus project counts as all of its articles (listed when {@link #resolve()} runs,
 * not on the UI thread).
 */
record ArticleTargets(Map<IProject, Set<String>> articles, Set<IProject> wholeCorpora) {

	/** The targets of {@code selection}; empty when nothing in it is an article or a corpus. */
	static ArticleTargets of(@Nullable ISelection selection) {
		Map<IProject, Set<String>> articles = new LinkedHashMap<>();
		Set<IProject> corpora = new LinkedHashSet<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				if (element instanceof ArticleRef ref) {
					articles.computeIfAbsent(ref.project(), p -> new LinkedHashSet<>()).add(ref.id());
					continue;
				}
				IResource resource = element instanceof IResource r ? r : Adapters.adapt(element, IResource.class);
				if (resource instanceof IProject project && CorpusProjects.isCorpus(project)) {
					corpora.add(project);
				} else if (resource instanceof IFile file && CorpusProjects.isCorpus(file.getProject())) {
					CorpusProjects.articleId(file).ifPresent(
							id -> articles.computeIfAbsent(file.getProject(), p -> new LinkedHashSet<>()).add(id));
				}
			}
		}
		return new ArticleTargets(articles, corpora);
	}

	boolean isEmpty() {
		return articles.isEmpty() && wholeCorpora.isEmpty();
	}

	/** Every project involved. */
	List<IProject> projects() {
		Set<IProject> projects = new LinkedHashSet<>(articles.keySet());
		projects.addAll(wholeCorpora);
		return new ArrayList<>(projects);
	}

	/** The article ids per project, whole corpora listed from their store. Not on the UI thread. */
	Map<IProject, List<String>> resolve() throws CoreException {
		Map<IProject, List<String>> resolved = new LinkedHashMap<>();
		for (IProject project : projects()) {
			Set<String> ids = new LinkedHashSet<>(articles.getOrDefault(project, Set.of()));
			if (wholeCorpora.contains(project)) {
				ids.addAll(CorpusProjects.corpus(project).ids());
			}
			resolved.put(project, new ArrayList<>(ids));
		}
		return resolved;
	}

	/** How many articles were picked one by one (whole corpora not counted). */
	int pickedCount() {
		return articles.values().stream().mapToInt(Set::size).sum();
	}
}
