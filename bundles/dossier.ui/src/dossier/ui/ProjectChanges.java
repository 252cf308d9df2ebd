// SPDX-License-Identifier: EPL-2.0
package dossier.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;

/**
 * Watches the workspace for the projects that changed in a way that matters to a part (the insight views' facts,
 * the Lineage view's links) and tells its listeners of each, once a change, on the thread that changed the
 * workspace. One resource listener, added to the workspace on first use ({@link #watch()}) and kept for the life of
 * the workbench: the parts that listen come and go, the watcher stays.
 */
public final class ProjectChanges {

	private final BiPredicate<IProject, IResourceDelta> matters;
	private final List<Consumer<IProject>> listeners = new CopyOnWriteArrayList<>();
	private final IResourceChangeListener watcher = this::changed;
	private volatile boolean watching;

	/**
	 * @param matters whether a project's change (its delta under the workspace root, after the change) is one to
	 *            tell of
	 */
	public ProjectChanges(BiPredicate<IProject, IResourceDelta> matters) {
		this.matters = matters;
	}

	/** Starts watching the workspace, once; nothing is told of the changes made before. */
	public void watch() {
		if (!watching) {
			synchronized (this) {
				if (!watching) {
					ResourcesPlugin.getWorkspace().addResourceChangeListener(watcher, IResourceChangeEvent.POST_CHANGE);
					watching = true;
				}
			}
		}
	}

	/**
	 * Tells {@code listener} of the projects whose change matters, from when {@link #watch()} was first called, in
	 * the order the listeners were added.
	 */
	public void addListener(Consumer<IProject> listener) {
		listeners.add(listener);
	}

	/** Tells {@code listener} nothing more. */
	public void removeListener(Consumer<IProject> listener) {
		listeners.remove(listener);
	}

	/** Stops watching the workspace (a test's watcher); {@link #watch()} starts again. */
	public void stop() {
		synchronized (this) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(watcher);
			watching = false;
		}
	}

	private void changed(IResourceChangeEvent event) {
		IResourceDelta root = event.getDelta();
		if (root == null) {
			return;
		}
		for (IResourceDelta child : root.getAffectedChildren()) {
			if (child.getResource() instanceof IProject project && matters.test(project, child)) {
				for (Consumer<IProject> listener : listeners) {
					listener.accept(project);
				}
			}
		}
	}
}
