// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * The input of the {@link OverviewEditor}: a corpus project. Adapts to {@link IProject} (and {@link IResource}),
 * so "Show In", the Properties view and the handlers find the corpus; saved by project name through
 * {@link OverviewEditorInputFactory}, so the editor comes back after a restart. Two inputs on the same project are
 * equal, so opening it again shows the open editor.
 */
final class OverviewEditorInput extends PlatformObject implements IEditorInput, IPersistableElement {

	private final IProject project;

	OverviewEditorInput(IProject project) {
		this.project = project;
	}

	IProject project() {
		return project;
	}

	@Override
	public boolean exists() {
		return project.isOpen();
	}

	@Override
	public @Nullable ImageDescriptor getImageDescriptor() {
		return ResourceLocator.imageDescriptorFromBundle(OverviewEditorInput.class, "icons/overview.svg") //$NON-NLS-1$
				.orElse(null);
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.OverviewEditor_name, project.getName());
	}

	@Override
	public String getToolTipText() {
		return getName();
	}

	@Override
	public @Nullable IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getFactoryId() {
		return OverviewEditorInputFactory.ID;
	}

	@Override
	public void saveState(@Nullable IMemento memento) {
		if (memento != null) {
			OverviewEditorInputFactory.save(memento, project);
		}
	}

	@Override
	public <T> @Nullable T getAdapter(Class<T> adapter) {
		if (adapter == IProject.class || adapter == IResource.class) {
			return adapter.cast(project);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof OverviewEditorInput input && input.project.equals(project);
	}

	@Override
	public int hashCode() {
		return project.hashCode();
	}

	@Override
	public String toString() {
		return getName();
	}
}
