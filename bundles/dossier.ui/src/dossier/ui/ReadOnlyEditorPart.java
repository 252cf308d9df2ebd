// SPDX-License-Identifier: EPL-2.0
package dossier.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor that shows and never changes what it is opened on (the Corpus Overview's dashboard, an article side by
 * side with its original): never dirty, so the workbench never offers to save it, and Save and Save As do nothing.
 */
public abstract class ReadOnlyEditorPart extends EditorPart {

	@Override
	public final void doSave(@Nullable IProgressMonitor monitor) {
		// nothing to save
	}

	@Override
	public final void doSaveAs() {
		// nothing to save
	}

	@Override
	public final boolean isDirty() {
		return false;
	}

	@Override
	public final boolean isSaveAsAllowed() {
		return false;
	}
}
