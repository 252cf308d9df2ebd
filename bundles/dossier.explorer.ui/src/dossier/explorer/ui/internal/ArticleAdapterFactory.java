// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.views.properties.IPropertySource;

/** Adapts an {@link ArticleRef} to its Properties ({@link IPropertySource}) and its file. */
public class ArticleAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(@Nullable Object adaptable, Class<T> adapterType) {
		if (!(adaptable instanceof ArticleRef ref)) {
			return null;
		}
		if (adapterType == IPropertySource.class) {
			return adapterType.cast(new ArticlePropertySource(ref));
		}
		if (adapterType == IFile.class || adapterType == IResource.class) {
			return adapterType.cast(ref.file());
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class, IFile.class, IResource.class };
	}
}
