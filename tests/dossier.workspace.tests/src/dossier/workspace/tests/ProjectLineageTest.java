// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;
import dossier.workspace.CorpusProjects;
import dossier.workspace.lineage.ProjectLineage;
import dossier.workspace.lineage.ProjectLinking;

/** A corpus project's lineage as the workbench reads and decides it: the chain of one article, decisions stored. */
class ProjectLineageTest {

	private static final String TEXT = "The city council of Lisbon voted on 12 March 2024 to close the Avenida da Liberdade "
			+ "to cars on Sundays, after a trial of 18 months in which air pollution fell by 23 percent, according to the "
			+ "municipal agency Lisboa E-Nova. Mayor Carlos Moedas said the measure would be reviewed in 2026.\n\n"
			+ "Shopkeepers on the avenue had asked for the trial to end, saying their Sunday sales fell by a third; "
			+ "residents' associations collected 4,200 signatures in favour of keeping it.";

	private IProject project;

	@BeforeEach
	void createCorpusProject() throws CoreException {
		ResourcesPlugin.getWorkspace().getDescription().setAutoBuilding(false);
		project = CorpusProjects.create("lineage-" + System.nanoTime(), null, null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		CorpusProjects.forget(project);
		project.delete(true, true, null);
	}

	private static LineageLink link(String from, String to, LinkType type) {
		return new LineageLink(from, to, type, 0.9, type.isDerivation(), List.of(), LinkStatus.SUGGESTED);
	}

	@Test
	void theChainFollowsDerivationsBothWaysAndOnlyTheArticlesOwnSameStories() throws CoreException {
		List<LineageLink> links = List.of(link("orig", "asked", LinkType.TRANSLATION), link("orig", "sibling", LinkType.TRANSLATION),
				link("asked", "copy", LinkType.REPUBLICATION), link("asked", "related", LinkType.SAME_STORY),
				link("sibling", "siblings-story", LinkType.SAME_STORY), link("other", "unrelated", LinkType.DUPLICATE));
		ProjectLineage.Chain chain = ProjectLineage.chain(project, "asked", links);
		assertEquals(List.of("asked", "orig", "copy", "related", "sibling"),
				chain.nodes().stream().map(ProjectLineage.Node::id).toList(), "nearest first");
		assertEquals(links.subList(0, 4), chain.links());
		assertTrue(chain.complete());
		assertFalse(chain.node("orig").orElseThrow().inCorpus(), "no such article: shown by its id");
		assertEquals("orig", chain.node("orig").orElseThrow().title());
	}

	@Test
	void aChainIsCutAtItsNearestArticles() throws CoreException {
		List<LineageLink> links = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			links.add(link("orig", "copy" + i, LinkType.REPUBLICATION));
		}
		ProjectLineage.Chain chain = ProjectLineage.chain(project, "orig", links);
		assertEquals(ProjectLineage.MAX_NODES, chain.nodes().size());
		assertEquals(ProjectLineage.MAX_NODES - 1, chain.links().size());
		assertFalse(chain.complete());
	}

	@Test
	void aRejectedRepublicationIsStoredAndLeftOut() throws Exception {
		Article first = Article.builder(TEXT).title("Lisbon closes its avenue on Sundays").language("en").publisher("Lisbon Daily")
				.sourceUrl("https://lisbon-daily.example/avenue").published("2024-03-12").build();
		Article copy = Article.builder("Republished with permission.\n\n" + TEXT).title("Lisbon closes its avenue on Sundays")
				.language("en").publisher("Another Site").sourceUrl("https://another.example/lisbon").published("2024-03-14").build();
		String a = CorpusProjects.corpus(project).put(first, null).id();
		String b = CorpusProjects.corpus(project).put(copy, null).id();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		// No linking has run (the project was not built): the views' read links the corpus first, and stores it.
		assertFalse(project.getFile(LineageFile.FILE_NAME).exists());
		List<LineageLink> stored = ProjectLineage.stored(project, new NullProgressMonitor());
		assertEquals(1, stored.size(), stored.toString());
		LineageLink republication = stored.get(0);
		assertEquals(LinkType.REPUBLICATION, republication.type());
		assertEquals(a, republication.from(), "published first");
		assertEquals(LineageFile.read(CorpusProjects.corpus(project).folder()).current(), stored, "what the file holds");
		ProjectLineage.Chain chain = ProjectLineage.chain(project, b, stored);
		assertEquals("Lisbon Daily", chain.node(a).orElseThrow().publisher());
		assertEquals("2024-03-12", chain.node(a).orElseThrow().published());

		LineageLink decided = ProjectLineage.decide(project, republication, LinkStatus.REJECTED, null);
		assertEquals(LinkStatus.REJECTED, decided.status());
		assertTrue(ProjectLineage.lineageFile(project).exists(), "the workspace knows the file");
		assertEquals(List.of(LinkStatus.REJECTED), LineageFile.read(CorpusProjects.corpus(project).folder()).links().stream()
				.map(LineageLink::status).toList());
		assertTrue(ProjectLineage.stored(project, null).isEmpty(), "a rejected link is not read");
		ProjectLinking.update(project, true, List.of(), List.of());
		List<LineageLink> again = ProjectLineage.stored(project, null);
		assertTrue(again.isEmpty(), "linked afresh, the rejected link is not proposed: " + again);
		assertTrue(ProjectLineage.chain(project, b, again).links().isEmpty());

		assertThrows(CoreException.class, () -> ProjectLineage.decide(project, link(a, "nothing", LinkType.TRANSLATION),
				LinkStatus.CONFIRMED, null), "no such link to decide on");
	}

	@Test
	void readingStoredLinksWaitsForTheLinkingInProgressAndLeavesOutADeletedArticle() throws Exception {
		Article first = Article.builder(TEXT).title("Lisbon closes its avenue on Sundays").language("en").publisher("Lisbon Daily")
				.sourceUrl("https://lisbon-daily.example/avenue").published("2024-03-12").build();
		Article copy = Article.builder("Republished with permission.\n\n" + TEXT).title("Lisbon closes its avenue on Sundays")
				.language("en").publisher("Another Site").sourceUrl("https://another.example/lisbon").published("2024-03-14").build();
		Corpus corpus = CorpusProjects.corpus(project);
		String a = corpus.put(first, null).id();
		ProjectLinking.update(project, true, List.of(), List.of());
		ProjectLinking.join(null);
		assertTrue(ProjectLineage.stored(project, null).isEmpty());

		// an import asks for the new article to be linked: a read right after waits for it
		String b = corpus.put(copy, null).id();
		ProjectLinking.update(project, false, List.of(b), List.of());
		List<LineageLink> stored = ProjectLineage.stored(project, null);
		assertEquals(1, stored.size(), stored.toString());
		assertTrue(stored.get(0).involves(a) && stored.get(0).involves(b));

		// confirmed, then its copy deleted: the decision stays in the file, the link is read no more
		ProjectLineage.decide(project, stored.get(0), LinkStatus.CONFIRMED, null);
		corpus.delete(b);
		ProjectLinking.update(project, false, List.of(), List.of(b));
		assertTrue(ProjectLineage.stored(project, null).isEmpty(), ProjectLineage.stored(project, null).toString());
		assertEquals(List.of(LinkStatus.CONFIRMED), LineageFile.read(corpus.folder()).links().stream()
				.map(LineageLink::status).toList());
	}
}
