// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.content.IContentDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.workspace.CorpusBuildContext;
import dossier.workspace.CorpusProjects;
import dossier.workspace.DossierWorkspace;

class CorpusProjectTest {

	private IProject project;

	@BeforeEach
	void createCorpusProject() throws CoreException {
		ResourcesPlugin.getWorkspace().getDescription().setAutoBuilding(false);
		project = CorpusProjects.create("corpus-" + System.nanoTime(), null, null);
		RecordingParticipant.BUILDS.clear();
		RecordingParticipant.CLEANS.clear();
	}

	@AfterEach
	void deleteProject() throws CoreException {
		CorpusProjects.forget(project);
		project.delete(true, true, null);
	}

	private String put(String text) throws Exception {
		Corpus corpus = CorpusProjects.corpus(project);
		String id = corpus.put(Article.builder(text).title(text.lines().findFirst().orElse("")).build(),
				text.getBytes(StandardCharsets.UTF_8)).id();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return id;
	}

	@Test
	void aNewCorpusProjectHasTheNatureTheBuilderAndTheCorpusLayout() throws CoreException {
		assertTrue(CorpusProjects.isCorpus(project));
		assertEquals(DossierWorkspace.BUILDER_ID, project.getDescription().getBuildSpec()[0].getBuilderName());
		assertTrue(project.getFile(Corpus.DESCRIPTOR).exists(), "corpus.json written");
		assertTrue(project.getFolder(Corpus.ARTICLES).exists());
		assertTrue(Arrays.asList(CorpusProjects.all()).contains(project));
	}

	@Test
	void aFullBuildHandsEveryArticleToTheParticipants() throws Exception {
		String first = put("بوتين في بيونغ يانغ\n\nزار الرئيس الروسي كوريا الشمالية.");
		String second = put("Putin a Pyongyang\n\nIl presidente russo ha visitato la Corea del Nord.");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		CorpusBuildContext build = RecordingParticipant.BUILDS.get(RecordingParticipant.BUILDS.size() - 1);
		assertTrue(build.fullBuild());
		assertEquals(Set.of(first, second), build.changed());
		assertEquals(CorpusProjects.articleFile(project, first), build.articleFile(first));
	}

	@Test
	void anIncrementalBuildNamesOnlyTheChangedAndRemovedArticles() throws Exception {
		String kept = put("First article\n\nAbout Rome.");
		String removed = put("Second article\n\nAbout Milan.");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		RecordingParticipant.BUILDS.clear();

		String added = put("Third article\n\nAbout Naples.");
		CorpusProjects.articleFile(project, removed).delete(true, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);

		assertEquals(1, RecordingParticipant.BUILDS.size());
		CorpusBuildContext build = RecordingParticipant.BUILDS.get(0);
		assertFalse(build.fullBuild());
		assertEquals(Set.of(added), build.changed());
		assertEquals(Set.of(removed), build.removed());
		assertTrue(build.corpus().contains(added), "the corpus sees the new article");
		assertFalse(build.changed().contains(kept));
	}

	@Test
	void aCleanBuildAsksParticipantsToForget() throws Exception {
		put("An article\n\nText.");
		project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
		assertEquals(1, RecordingParticipant.CLEANS.size());
	}

	@Test
	void articleFilesHaveTheArticleContentTypeAndOtherJsonDoesNot() throws Exception {
		String id = put("مرحبا\n\nنص المقال.");
		IFile article = CorpusProjects.articleFile(project, id);
		IContentDescription description = article.getContentDescription();
		assertEquals(DossierWorkspace.ARTICLE_CONTENT_TYPE, description.getContentType().getId());

		IFile other = project.getFile("settings.json");
		other.create(new ByteArrayInputStream("{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8)), true, null);
		IContentDescription otherDescription = other.getContentDescription();
		assertTrue(otherDescription == null
				|| !DossierWorkspace.ARTICLE_CONTENT_TYPE.equals(otherDescription.getContentType().getId()));
		assertEquals(id, CorpusProjects.articleId(article).orElseThrow());
		assertNotEquals(Optional.of("settings"), CorpusProjects.articleId(other));
	}
}
