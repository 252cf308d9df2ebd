// SPDX-License-Identifier: EPL-2.0
package dossier.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;

import dossier.ui.DossierUi;

/**
 * The analyst's layout: corpora on the left, articles in the editor area, findings and properties below,
 * the outline of the open article on the right.
 */
public class AnalysisPerspective implements IPerspectiveFactory {

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer"; //$NON-NLS-1$
	private static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();

		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.34f, editorArea); //$NON-NLS-1$
		// The Article Explorer comes first when its bundle is installed; otherwise its place stays ready.
		if (PlatformUI.getWorkbench().getViewRegistry().find(DossierUi.VIEW_EXPLORER) != null) {
			left.addView(DossierUi.VIEW_EXPLORER);
		} else {
			left.addPlaceholder(DossierUi.VIEW_EXPLORER);
		}
		left.addView(PROJECT_EXPLORER);

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addPlaceholder(DossierUi.VIEW_ATTRIBUTION);
		bottom.addPlaceholder(PROGRESS_VIEW);

		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editorArea); //$NON-NLS-1$
		right.addView(IPageLayout.ID_OUTLINE);

		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(PROGRESS_VIEW);
	}
}
