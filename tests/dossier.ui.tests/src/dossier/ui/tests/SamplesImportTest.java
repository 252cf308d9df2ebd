package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;

import dossier.tests.common.Workbench;
import dossier.ui.DossierUi;

class SamplesImportTest {

	@Test
	void theFirstStartImportsTheSamplesIntoASamplesProject() throws CoreException, IOException {
		IProject samples = ResourcesPlugin.getWorkspace().getRoot().getProject(DossierUi.SAMPLES_PROJECT);
		Workbench.waitUntil("the Samples project holds the sample article",
				() -> samples.getFile("000_30bd282be3f8cedf.txt").exists());
		Workbench.joinJobs(DossierUi.JOB_FAMILY);
		IFile article = samples.getFile("000_30bd282be3f8cedf.txt");
		try (InputStream in = article.getContents()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(text.startsWith("كوريا الشمالية"), text.substring(0, 40));
			assertTrue(text.contains("مرخصة تحت: CC-BY-SA"));
		}
		assertTrue(samples.getFile("ATTRIBUTION.md").exists(), "the sample's attribution travels with it");
	}
}
