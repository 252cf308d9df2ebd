// SPDX-License-Identifier: EPL-2.0
package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.junit.jupiter.api.Test;

import dossier.tests.common.Workbench;
import dossier.ui.DialogParents;

/** The shell a handler's dialog opens on is never one already closed. */
class DialogParentsTest {

	@Test
	void anOpenActiveShellIsTheParent() {
		Shell dialog = new Shell(Workbench.window().getShell());
		try {
			assertSame(dialog, DialogParents.of(event(dialog)));
		} finally {
			dialog.dispose();
		}
	}

	@Test
	void aClosedActiveShellGivesWayToTheWorkbenchWindow() {
		// the context of a command queued while a dialog was open still names that dialog once it has closed:
		// MessageDialog.openConfirm on it failed with "Widget is disposed"
		Shell closed = new Shell(Workbench.window().getShell());
		closed.dispose();
		assertSame(Workbench.window().getShell(), DialogParents.of(event(closed)));
	}

	@Test
	void noShellInTheContextGivesTheWorkbenchWindow() {
		assertSame(Workbench.window().getShell(), DialogParents.of(new ExecutionEvent(null, Map.of(), null, new EvaluationContext(null, new Object()))));
		assertSame(Workbench.window().getShell(), DialogParents.of(null));
	}

	private static ExecutionEvent event(Shell shell) {
		EvaluationContext context = new EvaluationContext(null, new Object());
		context.addVariable(ISources.ACTIVE_SHELL_NAME, shell);
		return new ExecutionEvent(null, Map.of(), null, context);
	}
}
