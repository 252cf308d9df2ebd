// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Writes the explorer's saved state ({@link ExplorerState}) to disk, shortly after the last change: typing a
 * search saves the state at every keystroke, and the disk is written once, off the UI thread. Not in the explorer's
 * job family: the tests joining it would wait for every keystroke's write. Cancelled, it writes nothing; the view
 * closing writes at once ({@link ExplorerState#flush()}).
 */
final class SaveStateJob extends Job {

	SaveStateJob() {
		super(Messages.View_saveStateJob);
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		flushNow();
		return Status.OK_STATUS;
	}

	/** Writes the state now, on the caller's thread. */
	static void flushNow() {
		try {
			InstanceScope.INSTANCE.getNode(ExplorerState.NODE).flush();
		} catch (BackingStoreException e) {
			// Kept for this session; the next change tries again.
		}
	}
}
