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
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;
import dossier.workspace.CorpusProjects;
import dossier.workspace.lineage.ProjectLineage;

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

		List<LineageLink> computed = ProjectLineage.link(project, new NullProgressMonitor());
		assertEquals(1, computed.size(), computed.toString());
		LineageLink republication = computed.get(0);
		assertEquals(LinkType.REPUBLICATION, republication.type());
		assertEquals(a, republication.from(), "published first");
		ProjectLineage.Chain chain = ProjectLineage.chain(project, b, ProjectLineage.withDecisions(project, computed));
		assertEquals("Lisbon Daily", chain.node(a).orElseThrow().publisher());
		assertEquals("2024-03-12", chain.node(a).orElseThrow().published());
		assertFalse(project.getFile(LineageFile.FILE_NAME).exists(), "reading a chain writes nothing");

		LineageLink decided = ProjectLineage.decide(project, computed, republication, LinkStatus.REJECTED, null);
		assertEquals(LinkStatus.REJECTED, decided.status());
		assertTrue(ProjectLineage.lineageFile(project).exists(), "the workspace knows the file");
		assertEquals(List.of(LinkStatus.REJECTED), LineageFile.read(CorpusProjects.corpus(project).folder()).links().stream()
				.map(LineageLink::status).toList());
		List<LineageLink> again = ProjectLineage.withDecisions(project, ProjectLineage.link(project, null));
		assertTrue(again.isEmpty(), "linked afresh, the rejected link is not proposed: " + again);
		assertTrue(ProjectLineage.chain(project, b, again).links().isEmpty());

		assertThrows(CoreException.class, () -> ProjectLineage.decide(project, List.of(), link(a, "nothing", LinkType.TRANSLATION),
				LinkStatus.CONFIRMED, null), "no such link to decide on");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> ProjectLineage.link(project, cancelled));
	}
}
