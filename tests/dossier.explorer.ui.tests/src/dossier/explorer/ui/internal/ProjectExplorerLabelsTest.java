// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static dossier.explorer.ui.internal.ExplorerFixture.article;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.explorer.ui.ExplorerUi;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;

/** The Project Explorer lists a corpus's articles by title, with their language and licence, not by hash names. */
class ProjectExplorerLabelsTest {

	private IProject project;

	@AfterEach
	void deleteTheCorpus() throws Exception {
		Workbench.joinJobs(ExplorerUi.JOB_FAMILY);
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	@Test
	void articlesAreListedByTitleWithTheirLanguage() throws Exception {
		project = ExplorerFixture.newCorpus("NavigatorLabels");
		Article article = article("Il porto di Genova riapre", "Il Secolo", "it", "2024-05-02",
				"Il porto di Genova riapre dopo la tempesta, dicono le autorità portuali.");
		ExplorerFixture.put(project, article);
		String id = CorpusProjects.corpus(project).ids().get(0);
		IFile file = CorpusProjects.articleFile(project, id);
		assertTrue(file.exists(), file + " exists");

		CommonNavigator navigator = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		CommonViewer viewer = navigator.getCommonViewer();
		viewer.refresh();
		navigator.selectReveal(new StructuredSelection(file));
		Workbench.waitUntil("the article is listed by its title", () -> {
			Workbench.processEvents();
			return viewer.testFindItem(file) instanceof TreeItem item && item.getText().startsWith("Il porto di Genova riapre");
		});
		TreeItem item = (TreeItem) viewer.testFindItem(file);
		assertFalse(item.getText().contains(id), item.getText());
		assertTrue(item.getText().contains("  it"), "the language decorates the title: " + item.getText());
		assertNotNull(item.getImage(), "an article's icon");
		String description = navigator.getNavigatorContentService().createCommonDescriptionProvider().getDescription(file);
		assertTrue(description.contains("Il porto di Genova riapre") && description.contains("licence check"), description);
	}
}
