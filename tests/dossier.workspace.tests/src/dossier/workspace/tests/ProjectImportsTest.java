// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.store.Corpus;
import dossier.core.store.CorpusLock;
import dossier.ingest.IngestOptions;
import dossier.ingest.IngestSummary;
import dossier.workspace.CorpusBuildContext;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectImports;

/** The workbench's one way to import: importers, the writer lock, then refresh and build. */
class ProjectImportsTest {

	private IProject project;
	private Path input;

	@BeforeEach
	void createCorpusProject() throws Exception {
		ResourcesPlugin.getWorkspace().getDescription().setAutoBuilding(false);
		project = CorpusProjects.create("import-" + System.nanoTime(), null, null);
		RecordingParticipant.BUILDS.clear();
		input = Files.createTempDirectory("dossier-import");
		Files.writeString(input.resolve("a.txt"), "Ponti sul Dnipro\n\nIl comune ha presentato il piano per i tre ponti danneggiati.\n");
		Files.writeString(input.resolve("b.txt"), "Grève à la SNCF\n\nLes syndicats de cheminots ont appelé à une grève reconductible.\n");
	}

	@AfterEach
	void deleteProject() throws Exception {
		CorpusProjects.forget(project);
		project.delete(true, true, null);
		try (var files = Files.list(input)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(input);
	}

	@Test
	void importedArticlesAreStoredWithTheirLanguageAndBuilt() throws CoreException {
		IngestSummary summary = ProjectImports.importInto(project, List.of(input), IngestOptions.defaults(), null);
		assertEquals(2, summary.imported());
		assertTrue(summary.failures().isEmpty(), summary.failures().toString());
		Corpus corpus = CorpusProjects.corpus(project);
		assertEquals(Set.of("it", "fr"), Set.copyOf(corpus.articles().map(a -> a.language()).toList()), "languages detected");
		CorpusBuildContext build = RecordingParticipant.BUILDS.get(RecordingParticipant.BUILDS.size() - 1);
		assertEquals(Set.copyOf(corpus.ids()), build.changed(), "the build that follows hands the new articles on");
	}

	@Test
	void anImportWaitsForAnotherWriterAndCanBeCancelledWhileWaiting() throws Exception {
		Corpus other = Corpus.open(project.getLocation().toPath()); // a command-line import in the same folder
		NullProgressMonitor monitor = new NullProgressMonitor();
		try (CorpusLock held = other.lockForWriting("dossier import", Duration.ZERO)) {
			Thread cancel = new Thread(() -> {
				try {
					Thread.sleep(700);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				monitor.setCanceled(true);
			});
			cancel.start();
			assertThrows(OperationCanceledException.class,
					() -> ProjectImports.importInto(project, List.of(input), IngestOptions.defaults(), monitor));
			cancel.join();
			assertEquals(0, CorpusProjects.corpus(project).size(), "nothing written while the other writer held the corpus");
		}
		IngestSummary summary = ProjectImports.importInto(project, List.of(input), IngestOptions.defaults(), null);
		assertEquals(2, summary.imported(), "once released, the import goes on");
	}
}
