// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.Objects;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What the side-by-side editor shows: an article of a corpus project beside its original (found by
 * {@link SideBySidePairs} when the editor opens, or the other end of the link the analyst chose). Two inputs of the
 * same article are the same editor.
 *
 * @param project the corpus project
 * @param articleId the article asked for
 * @param articleTitle its title, for the editor's tab until the articles are read
 * @param partnerId the other article of the link the analyst chose, or null: the best original
 */
record SideBySideInput(IProject project, String articleId, String articleTitle, @Nullable String partnerId)
		implements IEditorInput {

	@Override
	public <T> @Nullable T getAdapter(@Nullable Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public @Nullable ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.SideBySide_tab, articleTitle);
	}

	@Override
	public @Nullable IPersistableElement getPersistable() {
		return null; // read again from the corpus when asked: nothing to restore
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.SideBySide_tooltip, articleTitle, project.getName());
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof SideBySideInput input && input.project.equals(project)
				&& input.articleId.equals(articleId) && Objects.equals(input.partnerId, partnerId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(project, articleId, partnerId);
	}
}
