// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.explorer.ui.ExplorerUi;
import dossier.lineage.ui.LineageUi;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;
import dossier.workspace.lineage.ProjectLinking;

/** Corpora of real articles (fixtures/ATTRIBUTION.md) and what the tests do with the workbench. */
final class LineageFixture {

	static final String ENGLISH_TITLE = "10 Years Ago Today, Global Voices’ First Post Appeared…";
	static final String FRENCH_TITLE = "Il y a 10 ans, le premier billet du site Global Voices était publié…";
	private static int corpora;

	private LineageFixture() {
	}

	/**
	 * A new corpus project holding {@code articles}, named {@code prefix} and a number (a fresh project for every
	 * test, so no test deletes a project a job of the test before may still read), built; returns it and the ids.
	 */
	static IProject corpus(String prefix, List<Article> articles, List<String> ids) throws Exception {
		String name = prefix + ++corpora;
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
		project = CorpusProjects.create(name, null, new NullProgressMonitor());
		Corpus corpus = CorpusProjects.corpus(project);
		for (Article article : articles) {
			ids.add(corpus.put(article, null).id());
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		ProjectEntities.join(null);
		ProjectLinking.join(null);
		return project;
	}

	static String text(String name) {
		try (InputStream in = LineageFixture.class.getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Global Voices' English post on its first post, 26 October 2014 (CC BY 3.0). */
	static Article english() {
		return Article.builder(text("gv-first-post-en.txt")).title(ENGLISH_TITLE).language("en").publisher("Global Voices")
				.sourceUrl("https://community.globalvoices.org/2014/10/10-years-ago-today-global-voices-first-post-appeared/")
				.published("2014-10-26").build();
	}

	/** Its French translation on Global Voices en Français, 6 November 2014 (CC BY 3.0). */
	static Article french() {
		return Article.builder(text("gv-first-post-fr.txt")).title(FRENCH_TITLE).language("fr")
				.publisher("Global Voices en Français").sourceUrl("https://fr.globalvoices.org/2014/11/06/176843/")
				.published("2014-11-06").build();
	}

	/** The repository's Arabic sample as the text importer reads it: title line 1, publisher line 3, URL line 5. */
	static Article arabicSample() {
		String text = text("000_30bd282be3f8cedf.txt");
		String[] lines = text.split("\n");
		return Article.builder(text).title(lines[0]).publisher(lines[2]).sourceUrl(lines[4]).language("ar").build();
	}

	/** The sample copied by another (Arabic-named) site under another address: a republication. */
	static Article arabicCopy() {
		Article sample = arabicSample();
		return Article.builder("منقول\n\n" + sample.text()).title(sample.title())
				.publisher("موقع آخر").sourceUrl("https://copy.example.org/korea")
				.language("ar").build();
	}

	/** Global Voices' English post of 25 March 2011 on Syria's "Friday of Dignity" (CC BY 3.0): an original. */
	static Article syriaEnglish() {
		return Article.builder(text("gv-syria-dignity-en.txt")).title("Syria: ‘Friday of Dignity’ Protests Erupt Countrywide")
				.language("en").publisher("Global Voices")
				.sourceUrl("https://globalvoices.org/2011/03/25/syria-friday-of-dignity-protests-erupt-countrywide/")
				.published("2011-03-25").build();
	}

	/** Its Arabic translation on Global Voices in Arabic, 26 March 2011 (CC BY 3.0), without its headline. */
	static Article syriaArabic() {
		return Article.builder(text("gv-syria-dignity-ar.txt")).language("ar").publisher("الأصوات العالمية")
				.sourceUrl("https://ar.globalvoices.org/2011/03/26/10103/").published("2011-03-26").build();
	}

	/** Waits until neither the Lineage view's nor the Explorer's jobs run and {@code condition} holds. */
	static void settle(String description, java.util.function.BooleanSupplier condition) {
		Workbench.waitUntil(description, () -> Job.getJobManager().find(LineageUi.JOB_FAMILY).length == 0
				&& Job.getJobManager().find(ExplorerUi.JOB_FAMILY).length == 0 && condition.getAsBoolean(),
				java.time.Duration.ofSeconds(60));
	}

	/** The Article Explorer's table of articles (the table with Title, Publisher and Licence columns). */
	static Table explorerTable() {
		return Workbench.tableWithColumns("Title", "Publisher", "Licence");
	}
}
