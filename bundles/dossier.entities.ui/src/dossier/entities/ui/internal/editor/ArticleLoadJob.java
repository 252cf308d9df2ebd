// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;

import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.model.ArticleSession;
import dossier.entities.ui.internal.text.ProblemAnnotation;

/** Reads the editor's article, its mentions and its licence problems; hands them (or the failure) to the UI thread. */
final class ArticleLoadJob extends EditorJob {

	private final IFile file;
	private final BiConsumer<ArticleSession, List<ProblemAnnotation>> loaded;
	private final Consumer<IStatus> failed;

	ArticleLoadJob(EntityEditor owner, IFile file, BiConsumer<ArticleSession, List<ProblemAnnotation>> loaded, Consumer<IStatus> failed) {
		super(NLS.bind(Messages.Editor_loadJob, file.getName()), owner, true);
		this.file = file;
		this.loaded = loaded;
		this.failed = failed;
		setPriority(INTERACTIVE);
	}

	@Override
	protected void work(IProgressMonitor monitor) {
		try {
			ArticleSession session = ArticleSession.load(file);
			List<ProblemAnnotation> problems = LicenceProblems.read(file);
			showLater(monitor, () -> loaded.accept(session, problems));
		} catch (IOException | RuntimeException e) {
			IStatus problem = EntitiesUiPlugin.error(NLS.bind(Messages.Editor_cannotOpen, file.getName(), e.getMessage()), e);
			showLater(monitor, () -> failed.accept(problem));
		}
	}
}
