// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import org.eclipse.core.runtime.IProgressMonitor;

import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.model.ArticleSession;

/** Builds the corpus's entity engine in the background, so that seed entities' labels show and Recognise is quick. */
final class EngineWarmUpJob extends EditorJob {

	private final ArticleSession session;
	private final Runnable ready;

	EngineWarmUpJob(EntityEditor owner, ArticleSession session, Runnable ready) {
		super(Messages.Editor_warmUpJob, owner, false);
		this.session = session;
		this.ready = ready;
		setSystem(true);
	}

	@Override
	protected void work(IProgressMonitor monitor) {
		session.engine();
		showLater(monitor, ready);
	}
}
