// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.entities.store.EntityStore;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;

/**
 * {@link ProjectEntities#join}'s contract: it returns once the recognition of every article asked for so far is
 * written, whatever state the job is in when it is called; and it does not wait for work that was cancelled.
 */
class ProjectEntitiesTest {

	private IProject project;
	private EntityStore store;
	private final List<String> ids = new ArrayList<>();

	@BeforeEach
	void createCorpus() throws Exception {
		project = CorpusProjects.create("recognition-" + System.nanoTime(), null, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		Corpus corpus = CorpusProjects.corpus(project);
		// stored but not refreshed into the workspace: no build asks for them, the test does
		ids.add(corpus.put(Article.builder("Giorgia Meloni ha incontrato a Belgrado Aleksandar Vučić.").language("it")
				.build(), null).id());
		ids.add(corpus.put(Article.builder("Emmanuel Macron est arrivé à Berlin mardi.").language("fr").build(), null).id());
		store = new EntityStore(corpus.folder());
	}

	@AfterEach
	void deleteProject() throws CoreException {
		CorpusProjects.forget(project);
		project.delete(true, true, null);
	}

	private long written() {
		return ids.stream().filter(id -> Files.exists(store.mentionsFile(id))).count();
	}

	/**
	 * Asked for while the job manager is suspended (as while a workbench starts), the articles are owed by a job
	 * that waits to run; the job manager's join would not wait for it, {@code ProjectEntities.join} does.
	 */
	@Test
	void joinWaitsForArticlesAskedForBeforeTheirJobCouldRun() throws Exception {
		IJobManager jobs = Job.getJobManager();
		AtomicReference<Long> writtenWhenJoined = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread joiner = new Thread(() -> {
			try {
				ProjectEntities.join(null);
				writtenWhenJoined.set(written());
			} catch (Throwable e) {
				failure.set(e);
			}
		}, "joining the recognition");
		jobs.suspend();
		try {
			ProjectEntities.recognise(project, ids);
			joiner.start();
			// until the joiner waits (or has returned): the job cannot run before the job manager resumes
			while (joiner.getState() != Thread.State.WAITING && joiner.getState() != Thread.State.TIMED_WAITING
					&& joiner.getState() != Thread.State.TERMINATED) {
				Thread.sleep(5);
			}
		} finally {
			jobs.resume();
		}
		joiner.join();
		assertEquals(null, failure.get());
		assertEquals(Long.valueOf(ids.size()), writtenWhenJoined.get(), "every article's mentions written when join returned");
	}

	@Test
	void joinDoesNotWaitForRecognitionThatWasCancelled() throws Exception {
		IJobManager jobs = Job.getJobManager();
		jobs.suspend();
		try {
			ProjectEntities.recognise(project, ids);
			jobs.cancel(ProjectEntities.FAMILY);
		} finally {
			jobs.resume();
		}
		ProjectEntities.join(null); // returns: nothing will be written for the cancelled request
		assertEquals(0, written());

		// the next request picks up what the cancelled one left, and join waits for all of it
		ProjectEntities.recognise(project, ids.subList(0, 1));
		ProjectEntities.join(null);
		assertEquals(ids.size(), written());
		assertTrue(Files.exists(store.mentionsFile(ids.get(1))));
	}
}
