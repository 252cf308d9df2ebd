// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import org.eclipse.jface.viewers.ISelection;

import dossier.ui.SelectionProviderBase;

/** The editor's selection for the workbench: the mention at the caret (for the Properties view) or the text selection. */
final class EditorSelectionProvider extends SelectionProviderBase {

	@Override
	public void setSelection(ISelection newSelection) {
		if (!newSelection.equals(getSelection())) {
			announce(newSelection);
		}
	}
}
