// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Path;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

import dossier.workspace.CorpusProjects;

/**
 * Restores an {@link OverviewEditorInput} from the workbench's memento (the project's name); none when the project
 * is gone, closed or no longer a corpus, so the workbench does not reopen an editor on nothing.
 */
public final class OverviewEditorInputFactory implements IElementFactory {

	/** The id under which {@code plugin.xml} registers this factory. */
	static final String ID = "dossier.insight.overviewEditorInput"; //$NON-NLS-1$

	private static final String PROJECT = "project"; //$NON-NLS-1$

	/**
	 * What {@link #createElement} returns when there is nothing to restore: null, as {@link IElementFactory}
	 * documents, though the external null annotations of no-npe declare its result non-null (a field is outside
	 * the package's non-null default, so the compiler lets it through).
	 */
	private static final IAdaptable NOTHING = null;

	static void save(IMemento memento, IProject project) {
		memento.putString(PROJECT, project.getName());
	}

	/**
	 * The input saved in {@code memento}, or null (the platform's contract: the workbench then restores no editor)
	 * when its project is not an open corpus any more.
	 */
	@Override
	public IAdaptable createElement(@Nullable IMemento memento) {
		IProject project = memento == null ? null : project(memento.getString(PROJECT));
		return project != null ? new OverviewEditorInput(project) : NOTHING;
	}

	/** The open corpus project named {@code name}, or null. */
	static @Nullable IProject project(@Nullable String name) {
		if (name == null || !Path.ROOT.isValidSegment(name)) {
			return null;
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		return CorpusProjects.isCorpus(project) ? project : null;
	}
}
