// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** The set-up every dialog of the licence tools shares: its window title and its F1 help page. */
final class DialogShells {

	private DialogShells() {
	}

	/** Titles {@code shell} and attaches the help context {@code helpContext} (F1) to it. */
	static void configure(Shell shell, String title, String helpContext) {
		shell.setText(title);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(shell, helpContext);
	}
}
