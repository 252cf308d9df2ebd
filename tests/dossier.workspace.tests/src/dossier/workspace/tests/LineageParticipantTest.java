// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.store.ArticleJson;
import dossier.core.store.Corpus;
import dossier.ingest.IngestOptions;
import dossier.ingest.IngestSummary;
import dossier.lineage.Lineage;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;
import dossier.entities.store.EntityStore;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;
import dossier.workspace.ProjectImports;
import dossier.workspace.lineage.ProjectLineage;
import dossier.workspace.lineage.ProjectLinking;

/**
 * Linking on import, headless, through the workbench's import and the real builder: a Global Voices story of 25 March
 * 2011 in English (the original) and its Arabic and Italian translations (fixtures/ATTRIBUTION.md), imported as JSON
 * Lines. Nobody runs {@code dossier lineage}: the build's lineage participant writes {@code lineage.json}.
 */
class LineageParticipantTest {

	private IProject project;
	private Corpus corpus;
	private Path input;

	@BeforeEach
	void createCorpusProject() throws Exception {
		project = CorpusProjects.create("linking-" + System.nanoTime(), null, null);
		corpus = CorpusProjects.corpus(project);
		input = Files.createTempDirectory("dossier-linking");
	}

	@AfterEach
	void deleteProject() throws Exception {
		ProjectLinking.join(null);
		CorpusProjects.forget(project);
		project.delete(true, true, null);
		try (var files = Files.list(input)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(input);
	}

	private static String text(String name) {
		try (InputStream in = LineageParticipantTest.class.getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Article english() {
		return Article.builder(text("gv-syria-dignity-en.txt")).title("Syria: ‘Friday of Dignity’ Protests Erupt Countrywide")
				.language("en").publisher("Global Voices")
				.sourceUrl("https://globalvoices.org/2011/03/25/syria-friday-of-dignity-protests-erupt-countrywide/")
				.published("2011-03-25").build();
	}

	static Article arabic() {
		return Article.builder(text("gv-syria-dignity-ar.txt")).language("ar").publisher("Global Voices بالعربية")
				.sourceUrl("https://ar.globalvoices.org/2011/03/26/10103/").published("2011-03-26").build();
	}

	static Article italian() {
		return Article.builder(text("gv-syria-dignity-it.txt")).language("it").publisher("Global Voices in Italiano")
				.sourceUrl("https://it.globalvoices.org/2011/03/siria-le-proteste-per-un-venerdi-di-dignita-esplodono-in-tutto-il-paese/")
				.build(); // the retrieved copy gives the month only
	}

	/** Imports {@code articles} as one JSON Lines file, as the Explorer's import does, and waits for the linking. */
	private List<String> importArticles(String name, Article... articles) throws Exception {
		Path file = input.resolve(name + ".jsonl");
		StringBuilder lines = new StringBuilder();
		for (Article article : articles) {
			lines.append(ArticleJson.toJsonLine(article)).append('\n');
		}
		Files.writeString(file, lines);
		IngestSummary summary = ProjectImports.importInto(project, List.of(file), IngestOptions.defaults(),
				new NullProgressMonitor());
		assertEquals(List.of(), summary.failures());
		settle();
		return corpus.ids();
	}

	/** Waits for the build, the entity recognition (which asks for its articles to be linked again) and the linking. */
	private static void settle() throws InterruptedException {
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		ProjectEntities.join(null);
		ProjectLinking.join(null);
	}

	private String idOf(String language) throws IOException {
		for (String id : corpus.ids()) {
			if (corpus.get(id).orElseThrow().language().equals(language)) {
				return id;
			}
		}
		throw new AssertionError("no article in " + language);
	}

	private List<LineageLink> stored() throws IOException {
		return LineageFile.read(corpus.folder()).links();
	}

	private static Optional<LineageLink> link(List<LineageLink> links, String from, String to, LinkType type) {
		return links.stream().filter(l -> l.from().equals(from) && l.to().equals(to) && l.type() == type).findFirst();
	}

	/** The link of {@code type} between {@code a} and {@code b}, whichever way (undirected without a date). */
	private static Optional<LineageLink> between(List<LineageLink> links, String a, String b, LinkType type) {
		return links.stream().filter(l -> l.involves(a) && l.involves(b) && l.type() == type).findFirst();
	}

	@Test
	void importingATranslationAfterItsOriginalStoresTheTranslationLink() throws Exception {
		importArticles("original", english());
		assertTrue(Files.exists(corpus.folder().resolve(LineageFile.FILE_NAME)), "a corpus linked on import has a lineage file");
		assertEquals(List.of(), stored(), "one article: nothing to link");

		importArticles("translations", arabic(), italian());
		String en = idOf("en");
		String ar = idOf("ar");
		String it = idOf("it");
		List<LineageLink> links = stored();
		LineageLink arabic = link(links, en, ar, LinkType.TRANSLATION)
				.orElseThrow(() -> new AssertionError("no translation English -> Arabic in " + links));
		assertTrue(arabic.directed(), "the English post is the original: published first");
		assertEquals(LinkStatus.SUGGESTED, arabic.status());
		assertFalse(arabic.evidence().isEmpty(), "the link says why");
		assertTrue(between(links, en, it, LinkType.TRANSLATION).isPresent(), "the Italian translation too: " + links);
		assertTrue(ProjectLineage.lineageFile(project).exists(), "the file is refreshed into the workspace");

		EntityStore store = new EntityStore(corpus.folder());
		assertEquals(Lineage.current(corpus, article -> store.linkedEntityIds(article.id())),
				LineageFile.read(corpus.folder()).current(),
				"what the import stored is what 'dossier lineage' computes for the same corpus");
	}

	@Test
	void aTranslationSharingOnlyCountryNamesIsLinkedThroughTheEntitiesRecognisedOnImport() throws Exception {
		// constructed for this test: a ranking of readers' countries and its French translation, whose only things in
		// common are the countries, spelled per language: the workspace recognises them (iso3166:JP for "Japan" and
		// "Japon") and links the two with those ids
		Article english = Article.builder("Readers in Japan, Egypt and the Philippines read the most, ahead of "
				+ "Germany and Brazil, India and Greece. Hungary and Norway joined late.").language("en").published("2012-01-05")
				.build();
		Article french = Article.builder("Les lecteurs du Japon, d'Égypte et des Philippines ont lu le plus, devant "
				+ "l'Allemagne et le Brésil, l'Inde et la Grèce. La Hongrie et la Norvège s'y sont jointes tard.").language("fr")
				.published("2012-01-09").build();
		importArticles("countries", english, french);
		String en = idOf("en");
		String fr = idOf("fr");
		assertTrue(new EntityStore(corpus.folder()).linkedEntityIds(fr).contains("iso3166:JP"), "recognised on import");
		List<LineageLink> links = stored();
		LineageLink translation = link(links, en, fr, LinkType.TRANSLATION)
				.orElseThrow(() -> new AssertionError("no translation English -> French in " + links));
		assertTrue(translation.evidence().toString().contains("iso3166:JP"), translation.toString());
	}

	@Test
	void aRejectedLinkStaysRejectedAcrossAChangeAndAFullRebuild() throws Exception {
		importArticles("story", english(), arabic());
		String en = idOf("en");
		String ar = idOf("ar");
		LineageFile file = LineageFile.read(corpus.folder());
		assertTrue(file.decide(en, ar, LinkType.TRANSLATION, LinkStatus.REJECTED).isPresent(), "linked on import: " + file.links());
		file.write();

		// the Arabic article changes (a re-import updating it would touch it the same way)
		CorpusProjects.articleFile(project, ar).touch(null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		settle();
		assertEquals(LinkStatus.REJECTED, link(stored(), en, ar, LinkType.TRANSLATION).orElseThrow().status());
		assertEquals(1, stored().stream().filter(l -> l.involves(ar) && l.involves(en)).count(), "not proposed again");

		project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		settle();
		assertEquals(LinkStatus.REJECTED, link(stored(), en, ar, LinkType.TRANSLATION).orElseThrow().status(),
				"a clean build keeps the decision");
		assertTrue(LineageFile.read(corpus.folder()).current().stream().noneMatch(l -> l.involves(ar) && l.involves(en)),
				"nor proposes the rejected link again");
	}

	@Test
	void deletingAnArticleRemovesItsLinks() throws Exception {
		importArticles("story", english(), arabic(), italian());
		String en = idOf("en");
		String ar = idOf("ar");
		String it = idOf("it");
		assertTrue(stored().stream().anyMatch(l -> l.involves(it)), "linked on import: " + stored());

		corpus.delete(it);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		settle();
		assertTrue(stored().stream().noneMatch(l -> l.involves(it)), "the deleted article's links are gone: " + stored());
		assertTrue(link(stored(), en, ar, LinkType.TRANSLATION).isPresent(), "the others stay");
	}

	@Test
	void anUnreadableLineageFileIsNeitherOverwrittenNorInTheImportsWay() throws Exception {
		Path file = corpus.folder().resolve(LineageFile.FILE_NAME);
		Files.writeString(file, "{ not json");
		List<String> ids = importArticles("story", english(), arabic());
		assertEquals(2, ids.size(), "the import stored both articles");
		assertEquals("{ not json", Files.readString(file), "the analysts' file is left for them to mend");

		Files.delete(file);
		CorpusProjects.articleFile(project, idOf("ar")).touch(null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		settle();
		assertTrue(link(stored(), idOf("en"), idOf("ar"), LinkType.TRANSLATION).isPresent(),
				"once mended, the next build links the corpus again");
	}

	@Test
	void aProjectsIndexIsKeptSoANewArticleIsLinkedAgainstTheCorpus() throws Exception {
		importArticles("original", english());
		importArticles("arabic", arabic());
		importArticles("italian", italian());
		List<LineageLink> links = stored();
		assertTrue(link(links, idOf("en"), idOf("ar"), LinkType.TRANSLATION).isPresent(), links.toString());
		assertTrue(between(links, idOf("en"), idOf("it"), LinkType.TRANSLATION).isPresent(), links.toString());
	}

	/**
	 * The project's index remembers the links it made and revises them (docs/lineage.md, <i>What the index
	 * remembers</i>): the Arabic edition's opening (four lines: a date and a number in common with the Italian text) and
	 * the Italian edition are a same story on their own; the English post imported afterwards closes the cluster, and
	 * the stored same story becomes a translation, stored once, as linking the whole corpus afresh stores it.
	 */
	@Test
	void anArticleImportedLaterRevisesAStoredLinkBetweenTwoEarlierOnes() throws Exception {
		String[] lines = text("gv-syria-dignity-ar.txt").split("\n");
		Article opening = Article.builder(String.join("\n", java.util.Arrays.copyOfRange(lines, 0, 4))).language("ar")
				.publisher("Global Voices بالعربية").sourceUrl("https://ar.globalvoices.org/2011/03/26/10103/")
				.published("2011-03-26").build();
		importArticles("italian", italian());
		importArticles("arabic", opening);
		String ar = idOf("ar");
		String it = idOf("it");
		assertTrue(between(stored(), ar, it, LinkType.SAME_STORY).isPresent(), "alone, a same story: " + stored());

		importArticles("english", english());
		List<LineageLink> links = stored();
		assertTrue(between(links, ar, it, LinkType.TRANSLATION).isPresent(), "revised: " + links);
		assertEquals(1, links.stream().filter(l -> l.involves(ar) && l.involves(it)).count(), links.toString());
		EntityStore store = new EntityStore(corpus.folder());
		assertEquals(Lineage.current(corpus, article -> store.linkedEntityIds(article.id())),
				LineageFile.read(corpus.folder()).current(), "as 'dossier lineage' links the same corpus");

		// deleting the article the cluster was closed through undoes the revision: a same story again, as before
		corpus.delete(idOf("en"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		settle();
		links = stored();
		assertTrue(between(links, ar, it, LinkType.SAME_STORY).isPresent(), "undone: " + links);
		assertEquals(1, links.stream().filter(l -> l.involves(ar) && l.involves(it)).count(), links.toString());
		assertEquals(Lineage.current(corpus, article -> store.linkedEntityIds(article.id())),
				LineageFile.read(corpus.folder()).current(), "as 'dossier lineage' links the corpus left");
	}
}
