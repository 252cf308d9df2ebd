// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.index.CorpusIndex;
import dossier.index.CorpusIndexes;
import dossier.index.IndexInUseException;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectIndexes;
import dossier.workspace.internal.WorkspaceActivator;

/** The workbench's open index writers are closed when it shuts down, so the next start finds them unlocked. */
class ProjectIndexesTest {

	private IProject project;

	@BeforeEach
	void createCorpusProject() throws CoreException {
		ResourcesPlugin.getWorkspace().getDescription().setAutoBuilding(false);
		project = CorpusProjects.create("indexes-" + System.nanoTime(), null, null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		ProjectIndexes.close(project);
		CorpusProjects.forget(project);
		project.delete(true, true, null);
	}

	@Test
	void stoppingTheBundleClosesEveryIndexWriter() throws Exception {
		Corpus corpus = CorpusProjects.corpus(project);
		corpus.put(Article.builder("Ponti sul Dnipro\n\nIl comune ha presentato il piano.").build(),
				"Ponti sul Dnipro".getBytes(StandardCharsets.UTF_8));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		assertEquals(1, ProjectIndexes.index(project).count(), "the workbench holds the index open, with its writer");
		assertThrows(IndexInUseException.class, () -> CorpusIndexes.open(Corpus.open(corpus.folder())),
				"while it runs, nobody else may write the index");

		new WorkspaceActivator().stop(null); // what the platform does when the workbench shuts down

		assertTrue(ProjectIndexes.ifOpen(project).isEmpty());
		try (CorpusIndex reopened = CorpusIndexes.open(Corpus.open(corpus.folder()))) {
			assertEquals(1, reopened.count(), "closed cleanly: the next start opens it, no lock left behind");
			assertTrue(reopened.rebuildReason().isEmpty(), "and it was committed, not rebuilt: " + reopened.rebuildReason());
		}
	}
}
