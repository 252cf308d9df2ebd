// SPDX-License-Identifier: EPL-2.0
package dossier.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The shell a handler opens its dialog on. A command's evaluation context can still name a shell that is already
 * closed (a dialog or a detached window that went away while the command was queued, as the Explorer's Copy
 * Attribution once met): opening a dialog on it fails with "Widget is disposed". Use {@link #of(ExecutionEvent)} in
 * place of {@link HandlerUtil#getActiveShell(ExecutionEvent)}.
 */
public final class DialogParents {

	private DialogParents() {
	}

	/**
	 * The event's active shell while it is open; otherwise the active workbench window's shell, or any open workbench
	 * window's; null (a dialog without a parent) when none is open.
	 */
	public static @Nullable Shell of(@Nullable ExecutionEvent event) {
		Shell active = event == null ? null : HandlerUtil.getActiveShell(event);
		if (open(active)) {
			return active;
		}
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window != null && open(window.getShell())) {
			return window.getShell();
		}
		for (IWorkbenchWindow any : workbench.getWorkbenchWindows()) {
			if (open(any.getShell())) {
				return any.getShell();
			}
		}
		return null;
	}

	private static boolean open(@Nullable Shell shell) {
		return shell != null && !shell.isDisposed();
	}
}
