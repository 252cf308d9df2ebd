// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static dossier.explorer.ui.internal.ExplorerFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.Test;

import dossier.core.store.Corpus;
import dossier.lineage.Evidence;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;
import dossier.workspace.lineage.ProjectLinking;

/**
 * The Copies column and the grouping by original, on a small corpus whose lineage links are stored as
 * {@code dossier lineage} and the Lineage view store them: an original with a translation and a republication, and
 * a fourth article whose suggested translation link an analyst rejected. (Run in the mirrored workbench too:
 * {@link ExplorerCopiesRtlTest}.)
 */
class ExplorerCopiesTest {

	static final String ORIGINAL = "Harbour cranes stop for the storm";
	static final String TRANSLATION = "Les grues du port s'arrêtent pour la tempête";
	static final String REPUBLICATION = "Harbour cranes stop for the storm (republished)";
	static final String OTHER = "Tugboats return to the harbour";

	@Test
	void theCopiesColumnCountsTranslationsAndRepublicationsAndGroupingPutsCopiesUnderTheirOriginal() throws Exception {
		check("ExplorerCopies");
	}

	/** The whole check, in the workbench this test runs in. */
	static void check(String name) throws Exception {
		IProject project = ExplorerFixture.newCorpus(name);
		Corpus corpus = CorpusProjects.corpus(project);
		String original = corpus.put(article(ORIGINAL, "Port News", "en", "2024-03-01",
				"The harbour cranes stopped at noon as the storm reached the coast."), null).id();
		String translation = corpus.put(article(TRANSLATION, "Nouvelles du port", "fr", "2024-03-02",
				"Les grues du port se sont arrêtées à midi quand la tempête a atteint la côte."), null).id();
		String republication = corpus.put(article(REPUBLICATION, "Coast Daily", "en", "2024-03-03",
				"Republished. The harbour cranes stopped at noon as the storm reached the coast."), null).id();
		String other = corpus.put(article(OTHER, "Port News", "en", "2024-03-04",
				"The tugboats came back to the harbour after the storm."), null).id();
		// Built first: the build links the corpus on its own (ProjectLinking); the links below then stand for what an
		// analyst and 'dossier lineage' stored afterwards.
		build(project);
		LineageFile links = LineageFile.read(corpus.folder());
		links.replaceSuggestions(List.of(link(original, translation, LinkType.TRANSLATION),
				link(original, republication, LinkType.REPUBLICATION), link(original, other, LinkType.TRANSLATION)));
		links.decide(original, republication, LinkType.REPUBLICATION, LinkStatus.CONFIRMED);
		links.decide(original, other, LinkType.TRANSLATION, LinkStatus.REJECTED);
		links.write();
		project.getFile(LineageFile.FILE_NAME).refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());

		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		ExplorerFixture.waitForRows(view, project, 4);
		assertTrue(Arrays.stream(view.viewer().getTable().getColumns()).map(TableColumn::getText).toList()
				.contains("Copies"), "a Copies column");

		// The original counts its translation and its republication, not the rejected link; the others have none.
		assertEquals("2", copiesOf(view, ORIGINAL));
		assertEquals("0", copiesOf(view, TRANSLATION));
		assertEquals("0", copiesOf(view, REPUBLICATION));
		assertEquals("0", copiesOf(view, OTHER));

		// A click on the column's header: most copies first.
		view.sortByForTest(Column.COPIES);
		ExplorerFixture.settle(view, project);
		ExplorerFixture.waitForRows(view, project, 4);
		assertEquals(ORIGINAL, ExplorerFixture.titles(view).get(0));
		assertEquals(Column.COPIES, view.viewer().getTable().getSortColumn().getData());
		assertEquals(SWT.DOWN, view.viewer().getTable().getSortDirection());

		// Group by original: the original heads its group, its copies under it; the article without copies apart.
		Combo grouping = view.groupingCombo();
		grouping.select(Grouping.ORIGINAL.ordinal());
		grouping.notifyListeners(SWT.Selection, new Event());
		ExplorerFixture.settle(view, project);
		ExplorerFixture.waitForRows(view, project, 6);
		List<Object> rows = ExplorerFixture.rows(view);
		GroupHeader family = (GroupHeader) rows.get(0);
		assertEquals(Grouping.ORIGINAL, family.grouping());
		assertEquals(ORIGINAL, family.value());
		assertEquals(3, family.count());
		assertEquals(ORIGINAL, title(rows.get(1)));
		assertEquals(List.of(REPUBLICATION, TRANSLATION).stream().sorted().toList(),
				List.of(title(rows.get(2)), title(rows.get(3))).stream().sorted().toList());
		GroupHeader alone = (GroupHeader) rows.get(4);
		assertNull(alone.value());
		assertEquals(1, alone.count());
		assertEquals(OTHER, title(rows.get(5)));
		assertEquals("Original: " + ORIGINAL + " (3)", new DirectionalCellPainter(Column.TITLE,
				view.viewer().getTable().getFont(), ref -> "").textOf(family));

		// An analyst rejects the translation in the Lineage view: the count and the group follow the stored links.
		LineageFile decided = LineageFile.read(corpus.folder());
		decided.decide(original, translation, LinkType.TRANSLATION, LinkStatus.REJECTED);
		decided.write();
		project.getFile(LineageFile.FILE_NAME).refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
		Workbench.waitUntil("the original's group holds its republication only", () -> {
			ExplorerFixture.settle(view, project);
			try {
				RowModel model = view.model();
				return model.rowCount() == 6 && model.rowNow(0) instanceof GroupHeader header && header.count() == 2
						&& model.rowNow(1) instanceof ArticleRef ref && ref.copies() == 1;
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});

		grouping.select(Grouping.NONE.ordinal());
		grouping.notifyListeners(SWT.Selection, new Event());
		view.resetQueryForTest();
		ExplorerFixture.settle(view, project);
	}

	private static LineageLink link(String from, String to, LinkType type) {
		return new LineageLink(from, to, type, 0.9, true, List.of(new Evidence(Evidence.FINGERPRINT, "noon, 2024")),
				LinkStatus.SUGGESTED);
	}

	private static void build(IProject project) throws Exception {
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		ProjectEntities.join(null);
		ProjectLinking.join(null);
	}

	private static String copiesOf(ExplorerView view, String title) throws Exception {
		List<String> found = new ArrayList<>();
		for (Object row : ExplorerFixture.rows(view)) {
			if (row instanceof ArticleRef ref && ref.summary().title().equals(title)) {
				found.add(Column.COPIES.text(ref));
			}
		}
		assertEquals(1, found.size(), "one row of " + title);
		return found.get(0);
	}

	private static String title(Object row) {
		return ((ArticleRef) row).summary().title();
	}
}
