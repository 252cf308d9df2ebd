// SPDX-License-Identifier: EPL-2.0
package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.ui.ProjectChanges;

/**
 * The watcher the insight views and the Lineage view share: a project's change that matters reaches the listeners,
 * in the order they were added, on the thread that made it; one that does not, or one made before watching or
 * after a listener left, reaches no one.
 */
class ProjectChangesTest {

	private final IProject project = ResourcesPlugin.getWorkspace().getRoot()
			.getProject("ProjectChanges" + System.nanoTime()); //$NON-NLS-1$
	/** Tells of a change to an article ({@code *.txt} here), as the Lineage view's watcher does. */
	private final ProjectChanges changes = new ProjectChanges(
			(changed, delta) -> delta.findMember(changed.getFile("article.txt").getProjectRelativePath()) != null); //$NON-NLS-1$
	private final List<String> told = new CopyOnWriteArrayList<>();

	@BeforeEach
	void open() throws CoreException {
		project.create(null);
		project.open(null);
	}

	@AfterEach
	void close() throws CoreException {
		changes.stop();
		project.delete(true, null);
	}

	@Test
	void aChangeThatMattersReachesEveryListenerInTurn() throws CoreException {
		changes.addListener(changed -> told.add("first " + changed.getName())); //$NON-NLS-1$
		changes.addListener(changed -> told.add("second " + changed.getName())); //$NON-NLS-1$
		changes.watch();
		changes.watch(); // once: told once a change
		write("article.txt", "Putin met Kim Jong Un."); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("first " + project.getName(), "second " + project.getName()), told); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aChangeThatDoesNotMatterReachesNoOne() throws CoreException {
		changes.addListener(changed -> told.add(changed.getName()));
		changes.watch();
		write("notes.md", "not an article"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), told);
	}

	@Test
	void nothingIsToldBeforeWatchingNorAfterTheListenerLeft() throws CoreException {
		Consumer<IProject> listener = changed -> told.add(changed.getName());
		changes.addListener(listener);
		write("article.txt", "before watching"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), told, "not watching yet");
		changes.watch();
		changes.removeListener(listener);
		write("article.txt", "after the listener left"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), told, "the listener left");
	}

	private void write(String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, false, null);
		} else {
			file.create(content, true, null);
		}
	}
}
