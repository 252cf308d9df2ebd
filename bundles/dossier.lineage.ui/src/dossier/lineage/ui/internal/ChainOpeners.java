// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import dossier.lineage.LineageLink;
import dossier.workspace.CorpusProjects;
import dossier.workspace.lineage.ProjectLineage;

/**
 * What the Lineage view opens from its graph (the selected article, or a selected link's copy: in the Entity
 * Editor, or side by side with its original) and the controls that do it.
 */
final class ChainOpeners {

	private ChainOpeners() {
	}

	/** Opens the selected article (a selected link: its copy) in the editor of articles, as the Explorer does. */
	static void open(IWorkbenchPage page, ChainJob.@Nullable Computed shown, @Nullable LineageLink link,
			@Nullable String article, Label status) {
		String id = link != null ? link.to() : article;
		if (shown == null || id == null) {
			return;
		}
		try {
			IDE.openEditor(page, CorpusProjects.articleFile(shown.project(), id), true);
		} catch (PartInitException e) {
			failed(status, e);
		}
	}

	/**
	 * Opens the selected link's copy beside the link's original (an article selected: beside its own original), in
	 * the side-by-side editor.
	 */
	static void compare(IWorkbenchPage page, ChainJob.@Nullable Computed shown, @Nullable LineageLink link,
			@Nullable String article, Label status) {
		String id = link != null ? link.to() : article;
		if (shown == null || id == null) {
			return;
		}
		String title = shown.chain().node(id).map(ProjectLineage.Node::title).orElse(id);
		try {
			CompareWithOriginalHandler.open(page, shown.project(), id, title, link != null ? link.from() : null);
		} catch (PartInitException e) {
			failed(status, e);
		}
	}

	private static void failed(Label status, PartInitException e) {
		ILog.of(ChainOpeners.class).error(Messages.Open_failed, e);
		status.setText(Messages.Open_failed + ": " + e.getMessage()); //$NON-NLS-1$
	}

	/** A push button of the view's column of buttons. */
	static Button button(Composite parent, String text, String tooltip, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tooltip);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/** An item of the graph's context menu. */
	static Action menuAction(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
