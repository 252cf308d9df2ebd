// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.AttributionRecord;
import dossier.workspace.licence.AttributionRecords;
import dossier.workspace.licence.LicenceMarkers;
import dossier.workspace.licence.LicencePreferences;

/** The licence build participant, headless: markers follow the article, its record and the project's settings. */
class LicenceParticipantTest {

	private static final String TEXT = "Il vertice di Pyongyang\n\nDi Maria Rossi\n\nIl presidente russo ha visitato la Corea del Nord."
			+ "\n\nhttps://www.example.it/vertice\n\nLicenza: CC BY-SA";

	private IProject project;
	private String id;
	private IFile file;

	@BeforeEach
	void createCorpusWithOneArticle() throws Exception {
		project = CorpusProjects.create("licence-" + System.nanoTime(), null, null);
		// the first auto-build reopens the corpus, whose scan deletes the temporary file of a put in progress
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		Corpus corpus = CorpusProjects.corpus(project);
		id = corpus.put(Article.builder(TEXT).title("Il vertice di Pyongyang").language("it").authors(List.of("Maria Rossi"))
				.sourceUrl("https://www.example.it/vertice").build(), TEXT.getBytes(StandardCharsets.UTF_8)).id();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		file = CorpusProjects.articleFile(project, id);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		CorpusProjects.forget(project);
		project.delete(true, true, null);
	}

	private List<String> rules() throws CoreException {
		return Arrays.stream(file.findMarkers(LicenceMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(LicenceMarkers.RULE, "")).sorted().toList();
	}

	private IMarker marker(String rule) throws CoreException {
		return Arrays.stream(file.findMarkers(LicenceMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> rule.equals(m.getAttribute(LicenceMarkers.RULE, ""))).findFirst().orElseThrow();
	}

	private void writeRecord(AttributionRecord record) throws Exception {
		AttributionRecords.write(CorpusProjects.corpus(project), id, record);
		file.touch(null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
	}

	@Test
	void aVersionlessLicenceWithoutLinkMakesTwoMarkersWithTheirEvidence() throws Exception {
		assertEquals(List.of("licence-link-missing", "licence-version-missing"), rules());
		IMarker version = marker("licence-version-missing");
		assertEquals("CC BY-SA", version.getAttribute(LicenceMarkers.EVIDENCE_TEXT, "").replace("Licenza: ", "").strip());
		assertTrue(version.getAttribute(IMarker.LINE_NUMBER, -1) > 1);
	}

	@Test
	void theRecordBesideTheArticleSilencesWhatItSupplies() throws Exception {
		writeRecord(AttributionRecord.EMPTY.withLicence("CC-BY-SA-4.0"));
		assertEquals(List.of("licence-link-missing"), rules());
		assertTrue(Files.exists(CorpusProjects.corpus(project).articleFile(id).resolveSibling(id + AttributionRecords.EXTENSION)));
		assertEquals(List.of(id), CorpusProjects.corpus(project).ids(), "the record is not taken for an article");

		writeRecord(AttributionRecord.EMPTY);
		assertEquals(List.of("licence-link-missing", "licence-version-missing"), rules());
	}

	@Test
	void anUnreadableRecordIsIgnoredNotFatal() throws Exception {
		Files.writeString(AttributionRecords.file(CorpusProjects.corpus(project), id), "{ not json", StandardCharsets.UTF_8);
		file.touch(null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		assertEquals(List.of("licence-link-missing", "licence-version-missing"), rules());
	}

	@Test
	void projectSpecificSettingsOverrideTheWorkspaces() throws Exception {
		assertEquals(IMarker.SEVERITY_ERROR, marker("licence-link-missing").getAttribute(IMarker.SEVERITY, -1));
		IEclipsePreferences node = new ProjectScope(project).getNode(LicencePreferences.QUALIFIER);
		node.put(LicencePreferences.SEVERITY_PREFIX + "licence-link-missing", LicencePreferences.INFO);
		node.put(LicencePreferences.DISABLED_RULES, "licence-version-missing");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertEquals(IMarker.SEVERITY_ERROR, marker("licence-link-missing").getAttribute(IMarker.SEVERITY, -1),
				"not project-specific yet");

		node.putBoolean(LicencePreferences.PROJECT_SPECIFIC, true);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertEquals(IMarker.SEVERITY_INFO, marker("licence-link-missing").getAttribute(IMarker.SEVERITY, -1));
		assertFalse(rules().contains("licence-version-missing"));
	}

	@Test
	void aCleanBuildRemovesTheMarkersAndTheNextBuildRestoresThem() throws Exception {
		project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
		assertEquals(List.of(), rules());
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertEquals(2, rules().size());
	}
}
