// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;

import dossier.workspace.CorpusProjects;

/**
 * The article a part shows: the file of an editor's input (the Entity Editor), or the first selected element that
 * adapts to an article file (the Article Explorer's rows, the Project Explorer's files). Through the platform's
 * adapters, so the view depends on neither the Explorer nor the editor.
 *
 * @param project the corpus project
 * @param id the article's id
 */
record ArticleOfPart(IProject project, String id) {

	static Optional<ArticleOfPart> of(@Nullable IWorkbenchPart part, @Nullable ISelection selection) {
		IFile file = null;
		if (part instanceof IEditorPart editor) {
			file = Adapters.adapt(editor.getEditorInput(), IFile.class);
		} else if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			file = Adapters.adapt(structured.getFirstElement(), IFile.class);
		}
		if (file == null || !CorpusProjects.isCorpus(file.getProject())) {
			return Optional.empty();
		}
		IProject project = file.getProject();
		return CorpusProjects.articleId(file).map(id -> new ArticleOfPart(project, id));
	}
}
