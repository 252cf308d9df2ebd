// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Control;

import dossier.workspace.ProjectIndexes;

/**
 * What the explorer follows in the workspace, told to it on the UI thread while its control lives: the index of a
 * corpus changed; licence markers or mentions of the corpus shown changed (once they stop changing for
 * {@link ExplorerView#ROWS_CHANGED_DELAY_MS}: a build makes many); projects came, went, opened or closed.
 */
final class CorpusChanges implements IResourceChangeListener, ProjectIndexes.Listener {

	private final Control control;
	private final Consumer<IProject> indexChanged;
	private final Runnable rowsChanged;
	private final Runnable projectsChanged;
	/** The project shown, as the listeners (which run off the UI thread) see it. */
	private volatile IProject shown;

	CorpusChanges(Control control, Consumer<IProject> indexChanged, Runnable rowsChanged, Runnable projectsChanged) {
		this.control = control;
		this.indexChanged = indexChanged;
		this.rowsChanged = rowsChanged;
		this.projectsChanged = projectsChanged;
	}

	void start() {
		ProjectIndexes.addListener(this);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	void stop() {
		ProjectIndexes.removeListener(this);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	/** The corpus project shown now, or null. */
	void shown(@Nullable IProject project) {
		shown = project;
	}

	@Override
	public void indexChanged(IProject project) {
		inUi(() -> indexChanged.accept(project));
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null || event.getDelta().getAffectedChildren().length == 0) {
			return;
		}
		IProject current = shown;
		if (current != null && RowChanges.affect(event, current)) {
			inUi(() -> {
				control.getDisplay().timerExec(-1, rowsChanged);
				control.getDisplay().timerExec(ExplorerView.ROWS_CHANGED_DELAY_MS, rowsChanged);
			});
		}
		if (Arrays.stream(event.getDelta().getAffectedChildren()).anyMatch(child -> child.getKind() != IResourceDelta.CHANGED
				|| (child.getFlags() & (IResourceDelta.OPEN | IResourceDelta.DESCRIPTION)) != 0)) {
			inUi(projectsChanged);
		}
	}

	/** Runs {@code work} on the UI thread later, unless the control is disposed by then. */
	private void inUi(Runnable work) {
		if (!control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					work.run();
				}
			});
		}
	}
}
