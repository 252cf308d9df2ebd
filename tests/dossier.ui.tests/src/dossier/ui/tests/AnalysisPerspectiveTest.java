// SPDX-License-Identifier: EPL-2.0
package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dossier.tests.common.Workbench;
import dossier.ui.DossierUi;

class AnalysisPerspectiveTest {

	@Test
	void theProductOpensOnTheAnalysisPerspective() {
		IPerspectiveDescriptor perspective = Workbench.page().getPerspective();
		assertEquals(DossierUi.PERSPECTIVE_ANALYSIS, perspective.getId());
		assertEquals("Analysis", perspective.getLabel());
		assertEquals(DossierUi.PERSPECTIVE_ANALYSIS,
				PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
	}

	@Test
	void theAnalysisPerspectiveShowsProblemsPropertiesOutlineAndProjects() {
		IWorkbenchPage page = Workbench.page();
		page.resetPerspective();
		Workbench.processEvents();
		String[] shown = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toArray(String[]::new);
		for (String id : new String[] { IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE,
				"org.eclipse.ui.navigator.ProjectExplorer" }) {
			assertTrue(Arrays.asList(shown).contains(id), id + " not in " + Arrays.toString(shown));
		}
		assertTrue(page.isEditorAreaVisible());
	}

	@Test
	void theArticleExplorerIsInFrontOnTheLeft() {
		IWorkbenchPage page = Workbench.page();
		page.resetPerspective();
		Workbench.processEvents();
		IViewReference explorer = page.findViewReference(DossierUi.VIEW_EXPLORER);
		assertNotNull(explorer, "the Article Explorer is part of the Analysis perspective");
		assertTrue(page.isPartVisible(explorer.getPart(true)), "the Article Explorer is the visible tab of its stack");
	}

	@Test
	void theWindowIsBrandedDossier() {
		String title = Workbench.window().getShell().getText();
		assertTrue(title.contains("Dossier"), title);
		assertNotNull(Workbench.window().getShell().getImages());
		assertTrue(Workbench.window().getShell().getImages().length > 0, "window icons");
	}
}
