// SPDX-License-Identifier: EPL-2.0
package dossier.screenshots.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;
import dossier.workspace.lineage.ProjectLinking;

/**
 * The corpora the screenshots show besides the Samples project, built as the product builds any corpus (entities
 * recognised, licences checked, lineage linked). The real articles are read from the repository: the entity
 * evaluation set (benchmarks/quality/entities/, its attributions beside it) and Global Voices' posts of the lineage
 * workbench tests (tests/dossier.lineage.ui.tests/fixtures/ATTRIBUTION.md).
 */
final class Corpora {

	/** A built corpus project and the ids of its articles, in the order given. */
	record Built(IProject project, List<String> ids) {
	}

	private static final String[][] STORIES = {
			{ "en", "Reuters", "Putin meets Erdogan in Ankara", "Vladimir Putin met Recep Tayyip Erdogan in Ankara to discuss grain exports through the Black Sea." }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "ar", "الجزيرة", "بوتين يلتقي أردوغان في أنقرة", "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في أنقرة لبحث صادرات الحبوب." }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "fr", "Le Monde", "Poutine rencontre Erdogan à Ankara", "Vladimir Poutine a rencontré Recep Tayyip Erdogan à Ankara pour discuter des exportations de céréales." }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "it", "ANSA", "Putin incontra Erdogan ad Ankara", "Vladimir Putin ha incontrato Recep Tayyip Erdogan ad Ankara per discutere delle esportazioni di grano." }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "en", "AP", "United Nations warns on Gaza", "The United Nations warned in Geneva that aid to Gaza had fallen sharply since March." }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ "ar", "العربي الجديد", "الأمم المتحدة تحذر بشأن غزة", "حذرت الأمم المتحدة في جنيف من تراجع المساعدات إلى غزة منذ مارس." } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	static final String ENGLISH_TITLE = "10 Years Ago Today, Global Voices’ First Post Appeared…"; //$NON-NLS-1$

	private final Path sources;

	Corpora(Path sources) {
		this.sources = sources;
	}

	/** A new corpus project {@code name} holding {@code articles}, built, and every corpus job after it joined. */
	static Built build(String name, List<Article> articles) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
		project = CorpusProjects.create(name, null, new NullProgressMonitor());
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null); // the first build reopens the corpus
		Corpus corpus = CorpusProjects.corpus(project);
		List<String> ids = new ArrayList<>();
		for (Article article : articles) {
			ids.add(corpus.put(article, null).id());
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		ProjectEntities.join(null);
		ProjectLinking.join(null);
		return new Built(project, ids);
	}

	/**
	 * "Grain talks": six stories told in up to four languages, 40 articles most weeks from March to August 2024, one
	 * translation linked (the Timeline and the Overview need dates and publishers, which the real sets lack).
	 */
	static IProject grainTalks() throws Exception {
		List<Article> articles = new ArrayList<>();
		LocalDate day = LocalDate.of(2024, 3, 4);
		for (int i = 0; i < 40; i++) {
			String[] story = STORIES[(i * 7 + i / 3) % STORIES.length];
			day = day.plusDays(1 + (i * 5) % 6);
			String text = story[3] + " Report " + (i + 1) + " of the series, filed on " + day + '.'; //$NON-NLS-1$ //$NON-NLS-2$
			articles.add(Article.builder(story[2] + "\n\n" + text).title(story[2]).publisher(story[1]).language(story[0]) //$NON-NLS-1$
					.published(day.toString()).sourceUrl("https://example.org/grain/" + i).build()); //$NON-NLS-1$
		}
		Built built = build("Grain talks", articles); //$NON-NLS-1$
		LineageFile lineage = LineageFile.read(CorpusProjects.corpus(built.project()).folder());
		lineage.replaceSuggestions(List.of(new LineageLink(built.ids().get(0), built.ids().get(1), LinkType.TRANSLATION,
				0.9, true, List.of(), LinkStatus.SUGGESTED)));
		lineage.write();
		built.project().getFile(LineageFile.FILE_NAME).refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
		return built.project();
	}

	/** "Real news": the 102 real articles of the entity evaluation set, seven languages, 29 publishers. */
	IProject realNews() throws Exception {
		List<Article> articles = new ArrayList<>();
		try (var files = Files.walk(sources.resolve("benchmarks/quality/entities"))) { //$NON-NLS-1$
			for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) { //$NON-NLS-1$
				String text = Files.readString(file);
				String language = file.getParent().getFileName().toString();
				String title = text.lines().findFirst().orElse(file.getFileName().toString()).strip();
				articles.add(Article.builder(text).title(title).language(language)
						.sourceUrl("https://example.org/real/" + file.getFileName()).build()); //$NON-NLS-1$
			}
		}
		if (articles.size() < 100) {
			throw new IllegalStateException("the entity evaluation set is not in " + sources); //$NON-NLS-1$
		}
		return build("Real news", articles).project(); //$NON-NLS-1$
	}

	/**
	 * "Global Voices": the English post on Global Voices' first post, its French translation, a republication of the
	 * English text by another site, and a French post on the same anniversary.
	 */
	Built globalVoices() throws Exception {
		Article english = Article.builder(fixture("gv-first-post-en.txt")).title(ENGLISH_TITLE).language("en") //$NON-NLS-1$ //$NON-NLS-2$
				.publisher("Global Voices") //$NON-NLS-1$
				.sourceUrl("https://community.globalvoices.org/2014/10/10-years-ago-today-global-voices-first-post-appeared/") //$NON-NLS-1$
				.published("2014-10-26").build(); //$NON-NLS-1$
		Article french = Article.builder(fixture("gv-first-post-fr.txt")) //$NON-NLS-1$
				.title("Il y a 10 ans, le premier billet du site Global Voices était publié…").language("fr") //$NON-NLS-1$ //$NON-NLS-2$
				.publisher("Global Voices en Français").sourceUrl("https://fr.globalvoices.org/2014/11/06/176843/") //$NON-NLS-1$ //$NON-NLS-2$
				.published("2014-11-06").build(); //$NON-NLS-1$
		Article republished = Article.builder("Republished with permission of Global Voices.\n\n" + english.text()) //$NON-NLS-1$
				.title(ENGLISH_TITLE).language("en").publisher("Another Site") //$NON-NLS-1$ //$NON-NLS-2$
				.sourceUrl("https://another.example/gv-first-post").published("2014-11-01").build(); //$NON-NLS-1$ //$NON-NLS-2$
		Article related = Article.builder(fixture("gv-face-ten-years-fr.txt")) //$NON-NLS-1$
				.title("GV Face : Nous fêtons les 10 ans de Global Voices avec Rebecca et Ethan, nos deux co-fondateurs") //$NON-NLS-1$
				.language("fr").publisher("Global Voices en Français") //$NON-NLS-1$ //$NON-NLS-2$
				.sourceUrl("https://fr.globalvoices.org/2014/12/09/179240/").published("2014-12-09").build(); //$NON-NLS-1$ //$NON-NLS-2$
		return build("Global Voices", List.of(english, french, republished, related)); //$NON-NLS-1$
	}

	/** "Global Voices Syria": the English post of 25 March 2011 and its Arabic translation (without its headline). */
	Built globalVoicesSyria() throws Exception {
		Article english = Article.builder(fixture("gv-syria-dignity-en.txt")) //$NON-NLS-1$
				.title("Syria: ‘Friday of Dignity’ Protests Erupt Countrywide").language("en").publisher("Global Voices") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://globalvoices.org/2011/03/25/syria-friday-of-dignity-protests-erupt-countrywide/") //$NON-NLS-1$
				.published("2011-03-25").build(); //$NON-NLS-1$
		Article arabic = Article.builder(fixture("gv-syria-dignity-ar.txt")).language("ar") //$NON-NLS-1$ //$NON-NLS-2$
				.publisher("الأصوات العالمية").sourceUrl("https://ar.globalvoices.org/2011/03/26/10103/") //$NON-NLS-1$ //$NON-NLS-2$
				.published("2011-03-26").build(); //$NON-NLS-1$
		return build("Global Voices Syria", List.of(english, arabic)); //$NON-NLS-1$
	}

	private String fixture(String name) throws IOException {
		return Files.readString(sources.resolve("tests/dossier.lineage.ui.tests/fixtures").resolve(name)); //$NON-NLS-1$
	}
}
