// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One background job per project (the corpus build's recognition, its linking), made on first use and stopped and
 * forgotten when its project is about to be closed or deleted, so that nothing is written into a folder being
 * deleted: the job's {@code stop} should end it after the step in progress.
 *
 * @param <J> the job
 */
public final class ProjectJobs<J> {

	private final Map<IProject, J> jobs = new ConcurrentHashMap<>();
	private final Function<IProject, J> create;
	private final Consumer<J> stop;
	private volatile boolean watching;

	/** Jobs made by {@code create} and stopped by {@code stop}. */
	public ProjectJobs(Function<IProject, J> create, Consumer<J> stop) {
		this.create = create;
		this.stop = stop;
	}

	/** The project's job, made now if it has none. */
	public J of(IProject project) {
		watchProjects();
		return jobs.computeIfAbsent(project, create);
	}

	/** The project's job if it has one. */
	public @Nullable J get(IProject project) {
		return jobs.get(project);
	}

	/** Every project's job. */
	public Collection<J> all() {
		return jobs.values();
	}

	private void watchProjects() {
		if (watching) {
			return;
		}
		synchronized (jobs) {
			if (watching) {
				return;
			}
			ResourcesPlugin.getWorkspace().addResourceChangeListener(event -> {
				if (event.getResource() instanceof IProject project) {
					J job = jobs.remove(project);
					if (job != null) {
						stop.accept(job);
					}
				}
			}, IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
			watching = true;
		}
	}
}
