// SPDX-License-Identifier: EPL-2.0
package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.tests.common.Workbench;
import dossier.ui.DossierUi;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;

class SamplesImportTest {

	@Test
	void theFirstStartImportsTheSamplesIntoASamplesCorpus() throws CoreException, IOException {
		IProject samples = ResourcesPlugin.getWorkspace().getRoot().getProject(DossierUi.SAMPLES_PROJECT);
		Workbench.waitUntil("the Samples corpus holds the sample article",
				() -> CorpusProjects.isCorpus(samples) && corpusSize(samples) > 0);
		Workbench.joinJobs(DossierUi.JOB_FAMILY);
		Corpus corpus = CorpusProjects.corpus(samples);
		List<String> ids = corpus.ids();
		assertEquals(1, ids.size(), "one sample article, the notices are not articles: " + ids);
		Article article = corpus.get(ids.get(0)).orElseThrow();
		assertTrue(article.title().startsWith("كوريا الشمالية"), article.title());
		assertEquals("ar", article.language());
		String original = new String(corpus.original(ids.get(0)).orElseThrow(), StandardCharsets.UTF_8);
		assertTrue(original.contains("مرخصة تحت: CC-BY-SA"), "the original bytes are kept beside the article");
		assertTrue(CorpusProjects.articleFile(samples, ids.get(0)).exists(), "the article file is in the workspace");
		assertTrue(samples.getFile("ATTRIBUTION.md").exists(), "the sample's attribution travels with it");

		// the corpus build recognised its entities in the background: opened now, it shows its suggestions
		try {
			Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
			ProjectEntities.join(null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		Path mentions = CorpusProjects.articleFile(samples, ids.get(0)).getLocation().toPath()
				.resolveSibling(ids.get(0) + ".mentions.json");
		assertTrue(Files.exists(mentions), "the sample's entities were recognised without any command");
		String stored = Files.readString(mentions);
		assertTrue(stored.contains("person:vladimir-putin") && stored.contains("\"suggested\""), stored);
	}

	private static int corpusSize(IProject project) {
		try {
			return CorpusProjects.corpus(project).size();
		} catch (CoreException e) {
			return 0;
		}
	}
}
