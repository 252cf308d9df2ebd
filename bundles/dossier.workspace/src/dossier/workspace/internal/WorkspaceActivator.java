// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import dossier.workspace.ProjectIndexes;
import dossier.workspace.RemoteCorpora;

/**
 * Closes what the workspace layer holds open when the workbench shuts down: every corpus project's Lucene index
 * writer (committed by the last build), so that the next start finds the indexes closed cleanly, not locked.
 */
public final class WorkspaceActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		// nothing to start: indexes open on first use
	}

	@Override
	public void stop(BundleContext context) {
		ProjectIndexes.closeAll();
		RemoteCorpora.disconnectAll();
	}
}
