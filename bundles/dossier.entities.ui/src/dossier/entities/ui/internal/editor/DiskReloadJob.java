// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.model.ArticleSession;
import dossier.entities.ui.internal.model.EditorState;

/** Reads the article and its mentions again from disk (a revert, or files changed under the editor). */
final class DiskReloadJob extends EditorJob {

	private final ArticleSession session;
	private final Consumer<EditorState> reloaded;

	DiskReloadJob(EntityEditor owner, IFile file, ArticleSession session, Consumer<EditorState> reloaded) {
		super(NLS.bind(Messages.Editor_loadJob, file.getName()), owner, false);
		this.session = session;
		this.reloaded = reloaded;
	}

	@Override
	protected void work(IProgressMonitor monitor) {
		try {
			EditorState fromDisk = session.readFromDisk();
			showLater(monitor, () -> reloaded.accept(fromDisk));
		} catch (IOException e) {
			EntitiesUiPlugin.log(e.getMessage(), e);
		}
	}
}
