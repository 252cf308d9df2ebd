// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.store.EntityStore;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;

/** The entity build participant, headless: a built article has its suggestions, and an analyst's decisions survive. */
class EntityParticipantTest {

	private static final String TEXT = "Giorgia Meloni ha incontrato a Belgrado il presidente serbo Aleksandar Vučić.\n\n"
			+ "Meloni ha parlato di energia.";

	private IProject project;
	private String id;
	private EntityStore store;

	@BeforeEach
	void createAndBuild() throws Exception {
		project = CorpusProjects.create("entities-" + System.nanoTime(), null, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		Corpus corpus = CorpusProjects.corpus(project);
		id = corpus.put(Article.builder(TEXT).title("Meloni a Belgrado").language("it").build(),
				TEXT.getBytes(StandardCharsets.UTF_8)).id();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		store = new EntityStore(corpus.folder());
		build(IncrementalProjectBuilder.FULL_BUILD);
	}

	/** A build, then the background recognition it asked for. */
	private void build(int kind) throws Exception {
		project.build(kind, null);
		ProjectEntities.join(null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		CorpusProjects.forget(project);
		project.delete(true, true, null);
	}

	private Mention mention(List<Mention> mentions, String text) {
		return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError(text + " not in " + mentions));
	}

	@Test
	void aBuiltArticleAlreadyHasItsSuggestions() throws Exception {
		List<Mention> mentions = store.loadMentions(id);
		assertEquals("PERSON", mention(mentions, "Giorgia Meloni").type());
		assertEquals("PLACE", mention(mentions, "Belgrado").type());
		assertEquals(mention(mentions, "Giorgia Meloni").entityId(), mention(mentions, "Meloni").entityId(),
				"the surname alone links to the full name");
		assertTrue(mentions.stream().allMatch(m -> m.status() == MentionStatus.SUGGESTED));
		IFile mentionsFile = project.getFile(project.getLocation().toPath().relativize(store.mentionsFile(id)).toString());
		assertTrue(mentionsFile.exists(), "the mentions file is refreshed into the workspace");
		assertFalse(CorpusProjects.articleId(mentionsFile).isPresent(), "a mentions file is not an article to rebuild");
	}

	@Test
	void aRejectionAndAnAcceptanceSurviveARebuild() throws Exception {
		List<Mention> mentions = new ArrayList<>(store.loadMentions(id));
		Mention place = mention(mentions, "Belgrado");
		Mention person = mention(mentions, "Giorgia Meloni");
		mentions.replaceAll(m -> m.equals(place) ? m.withStatus(MentionStatus.REJECTED)
				: m.equals(person) ? m.withStatus(MentionStatus.ACCEPTED) : m);
		store.saveMentions(id, mentions);
		CorpusProjects.articleFile(project, id).touch(null);
		build(IncrementalProjectBuilder.INCREMENTAL_BUILD);
		List<Mention> after = store.loadMentions(id);
		assertEquals(MentionStatus.REJECTED, mention(after, "Belgrado").status());
		assertEquals(1, after.stream().filter(m -> m.text().equals("Belgrado")).count(), "the rejected place is not suggested again");
		assertEquals(MentionStatus.ACCEPTED, mention(after, "Giorgia Meloni").status());
		build(IncrementalProjectBuilder.CLEAN_BUILD);
		build(IncrementalProjectBuilder.FULL_BUILD);
		assertEquals(MentionStatus.REJECTED, mention(store.loadMentions(id), "Belgrado").status(), "a clean build keeps decisions");
	}
}
