// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.core.model.LicenceStatement;
import dossier.core.model.TextDirection;
import dossier.core.model.TextSpan;
import dossier.core.store.PutResult;
import dossier.entities.store.EntityStore;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;

/** A fresh corpus project holding the shipped sample article, built directly from its text. */
final class SampleCorpus {

	static final String SAMPLE = "000_30bd282be3f8cedf.txt"; //$NON-NLS-1$

	private SampleCorpus() {
	}

	static String sampleText() throws IOException {
		Path samples = Path.of(System.getProperty("dossier.samples", "samples")); //$NON-NLS-1$ //$NON-NLS-2$
		return Files.readString(samples.resolve(SAMPLE), StandardCharsets.UTF_8).replace("\r\n", "\n").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** One block per non-empty line, each with its own direction; the first line is the title. */
	static Article article(String text) {
		Article.Builder builder = Article.builder(text).language("ar").direction(TextDirection.RTL) //$NON-NLS-1$
				.sourceUrl("https://www.lifegate.it/russia-corea-del-nord-putin").publisher("Lifegate"); //$NON-NLS-1$ //$NON-NLS-2$
		int start = 0;
		boolean first = true;
		for (String line : text.split("\n", -1)) { //$NON-NLS-1$
			int end = start + line.length();
			if (!line.isBlank()) {
				builder.addBlock(new Block(first ? BlockType.TITLE : BlockType.PARAGRAPH, new TextSpan(start, end),
						TextDirection.firstStrong(line, TextDirection.RTL)));
				if (first) {
					builder.title(line);
				}
				if (line.startsWith("مرخصة تحت")) { //$NON-NLS-1$
					builder.addLicence(new LicenceStatement(LicenceStatement.Origin.TEXT, line, null, new TextSpan(start, end)));
				}
				first = false;
			}
			start = end + 1;
		}
		return builder.build();
	}

	/** Creates corpus project {@code name} with the sample in it; returns the article file. */
	static IFile create(String name) throws CoreException, IOException {
		return create(name, article(sampleText()));
	}

	static IFile create(String name, Article article) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		CorpusProjects.forget(project);
		project = CorpusProjects.create(name, null, null);
		PutResult result = CorpusProjects.corpus(project).put(article,
				article.text().getBytes(StandardCharsets.UTF_8));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		// The corpus build recognises the new article and writes its suggestions in a job of its own, at a moment of
		// its own: build now and wait for that job, so that nothing writes the article's files under an editor a test
		// has opened (a dirty editor would ask whether to reload); then start from an article nobody has recognised,
		// the state the editor tests describe.
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		try {
			Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
			ProjectEntities.join(null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		new EntityStore(CorpusProjects.corpus(project).folder()).saveMentions(result.id(), List.of());
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return CorpusProjects.articleFile(project, result.id());
	}

	/** The offsets of every occurrence of {@code word} in {@code text}. */
	static List<Integer> occurrences(String text, String word) {
		List<Integer> found = new ArrayList<>();
		for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
			found.add(i);
		}
		return found;
	}
}
