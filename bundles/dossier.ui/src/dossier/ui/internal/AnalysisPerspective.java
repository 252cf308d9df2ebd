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

	/** The share of the window's width the explorer's stack (on the left) takes. */
	static final float LEFT_RATIO = 0.40f;

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();

		// The explorer gets two fifths of the window: its search field, facets and the title column stay readable
		// on a 1400 px screen (560 px), while the editor keeps room for an article's lines.
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, LEFT_RATIO, editorArea); //$NON-NLS-1$
		// The Article Explorer comes first when its bundle is installed; otherwise its place stays ready.
		if (PlatformUI.getWorkbench().getViewRegistry().find(DossierUi.VIEW_EXPLORER) != null) {
			left.addView(DossierUi.VIEW_EXPLORER);
		} else {
			left.addPlaceholder(DossierUi.VIEW_EXPLORER);
		}
		left.addView(PROJECT_EXPLORER);

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editorArea); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addPlaceholder(DossierUi.VIEW_ATTRIBUTION);
		bottom.addPlaceholder(PROGRESS_VIEW);

		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.78f, editorArea); //$NON-NLS-1$
		right.addView(IPageLayout.ID_OUTLINE);

		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(PROGRESS_VIEW);
	}
}
