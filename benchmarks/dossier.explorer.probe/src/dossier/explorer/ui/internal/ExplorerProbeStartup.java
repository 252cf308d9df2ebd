// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dossier.explorer.ui.ExplorerUi;

/**
 * Starts the {@link ExplorerProbe} once the workbench is up, when the system property
 * {@value ExplorerProbe#PROPERTY} asks for it: shows the Article Explorer and measures it two seconds later (what
 * the view needs to settle on a fresh workspace).
 */
public final class ExplorerProbeStartup implements IStartup {

	@Override
	public void earlyStartup() {
		if (!ExplorerProbe.isAsked()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window == null && workbench.getWorkbenchWindowCount() > 0) {
				window = workbench.getWorkbenchWindows()[0];
			}
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			try {
				if (page == null) {
					throw new PartInitException("no workbench page to show the explorer in"); //$NON-NLS-1$
				}
				ExplorerProbe.start((ExplorerView) page.showView(ExplorerUi.VIEW_ID));
			} catch (PartInitException e) {
				ExplorerProbe.fail(e);
			}
		});
	}
}
