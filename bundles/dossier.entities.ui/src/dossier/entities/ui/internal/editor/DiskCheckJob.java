// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.model.ArticleSession;

/**
 * Tells whether the files a resource change touched now differ from what the editor shows (a save of the editor's
 * own writes the same content), and if so says so on the UI thread. One check at a time: {@code pending} is set by
 * whoever schedules it and cleared when it starts.
 */
final class DiskCheckJob extends EditorJob {

	private final IFile file;
	private final ArticleSession session;
	private final AtomicBoolean pending;
	private final Runnable changed;

	DiskCheckJob(EntityEditor owner, IFile file, ArticleSession session, AtomicBoolean pending, Runnable changed) {
		super(NLS.bind(Messages.Editor_loadJob, file.getName()), owner, false);
		this.file = file;
		this.session = session;
		this.pending = pending;
		this.changed = changed;
		setSystem(true);
	}

	@Override
	protected void work(IProgressMonitor monitor) {
		pending.set(false);
		if (session.changedOnDisk() && file.exists()) {
			showLater(monitor, changed);
		}
	}
}
