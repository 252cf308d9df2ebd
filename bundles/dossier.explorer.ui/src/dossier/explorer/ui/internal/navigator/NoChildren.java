// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal.navigator;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The content side of the articles' navigator content: it adds no element (the resource content lists the article
 * files); the extension is there for its label provider, {@link ArticleLabelProvider}.
 */
public class NoChildren implements ITreeContentProvider {

	private static final Object[] NONE = new Object[0];

	@Override
	public Object[] getElements(@Nullable Object input) {
		return NONE;
	}

	@Override
	public Object[] getChildren(Object parent) {
		return NONE;
	}

	@Override
	public @Nullable Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return false;
	}
}
