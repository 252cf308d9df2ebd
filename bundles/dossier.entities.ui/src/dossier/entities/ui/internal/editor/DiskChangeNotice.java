// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.model.ArticleSession;

/**
 * Asks about a change on disk under unsaved edits when the analyst is at the editor, as Eclipse's text editors do
 * on activation, never in a dialog over whatever else the analyst is doing (background recognition, a batch job or
 * another editor may rewrite the article at any moment): at once when the editor is the active part, else when it
 * is next activated. Several changes while one is pending ask once. Without unsaved edits the editor just reloads.
 */
final class DiskChangeNotice implements IPartListener2 {

	private final EntityEditor editor;
	private boolean pending;

	DiskChangeNotice(EntityEditor editor) {
		this.editor = editor;
	}

	void install() {
		page().addPartListener(this);
	}

	void uninstall() {
		page().removePartListener(this);
	}

	/**
	 * The files of {@code current} changed on disk (on the UI thread): reload when nothing is unsaved, else ask now if
	 * the editor is the active part, or on its activation.
	 */
	void changed(ArticleSession current) {
		if (closed() || current != editor.session()) {
			return;
		}
		if (!current.isDirty()) {
			editor.reloadFromDisk();
		} else if (page().getActivePart() == editor) {
			pending = false;
			ask();
		} else {
			pending = true;
		}
	}

	/** Still unsaved (not saved or reverted meanwhile): reload if the analyst says so. */
	private void ask() {
		ArticleSession session = editor.session();
		if (!closed() && session != null && session.isDirty() && EntityEditor.reloadPrompt
				.apply(NLS.bind(Messages.Editor_changedOnDiskDirty, editor.file().getName()))) {
			editor.reloadFromDisk();
		}
	}

	/** Whether a change waits for the editor's activation. */
	boolean pending() {
		return pending;
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (pending && reference.getPart(false) == editor) {
			pending = false;
			// after the activation completes, so the dialog opens over the editor
			editor.getSite().getShell().getDisplay().asyncExec(this::ask);
		}
	}

	/** Whether the editor's controls are gone; it is installed once they exist. */
	private boolean closed() {
		return editor.textViewer().widget().isDisposed();
	}

	private IWorkbenchPage page() {
		return editor.getSite().getPage();
	}
}
