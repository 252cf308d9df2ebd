// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.model.ArticleSession;

/** The workspace files behind an Entity Editor: its article file, the article's mentions and the corpus catalogue. */
final class ArticleFiles {

	private final IFile article;

	ArticleFiles(IFile article) {
		this.article = article;
	}

	/** Refreshes the files a save wrote, so that the workspace (and its builders) sees them. */
	void refreshAfterSave(ArticleSession session) {
		try {
			article.refreshLocal(IResource.DEPTH_ZERO, null);
			IFile mentions = mentionsFile(session);
			if (mentions != null) {
				mentions.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
			}
			IFile catalogue = workspaceFile(session.store().catalogueFile());
			if (catalogue != null) {
				catalogue.refreshLocal(IResource.DEPTH_ZERO, null);
			}
		} catch (CoreException e) {
			EntitiesUiPlugin.log("refresh after save", e); //$NON-NLS-1$
		}
	}

	/** Whether {@code event} added, removed or rewrote the article file or its mentions. */
	boolean touchedBy(IResourceChangeEvent event, ArticleSession session) {
		IFile mentions = mentionsFile(session);
		for (IResource resource : mentions == null ? List.of(article) : List.of(article, mentions)) {
			IResourceDelta delta = event.getDelta().findMember(resource.getFullPath());
			if (delta != null && (delta.getKind() != IResourceDelta.CHANGED
					|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
				return true;
			}
		}
		return false;
	}

	private @Nullable IFile mentionsFile(ArticleSession session) {
		return workspaceFile(session.store().mentionsFile(session.state().article().id()));
	}

	/** The workspace file at {@code path}, or null when the path is outside the article's project. */
	private @Nullable IFile workspaceFile(Path path) {
		IPath location = article.getProject().getLocation();
		if (location == null || !path.startsWith(location.toPath())) {
			return null;
		}
		return article.getProject().getFile(IPath.fromPath(location.toPath().relativize(path)));
	}
}
