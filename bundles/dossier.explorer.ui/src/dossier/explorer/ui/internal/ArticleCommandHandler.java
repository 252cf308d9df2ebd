// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The explorer's commands that run an engine over the selected articles (or corpora) in a job: Check Licence,
 * Recognise Entities, Copy Attribution. Enablement is declared in plugin.xml (a selection of articles or corpus
 * projects); the handler only starts the job.
 */
public abstract class ArticleCommandHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		ArticleTargets targets = ArticleTargets.of(HandlerUtil.getCurrentSelection(event));
		return targets.isEmpty() ? null : start(targets, event);
	}

	abstract Job start(ArticleTargets targets, ExecutionEvent event);

	/** {@code dossier.explorer.checkLicence}. */
	public static class CheckLicence extends ArticleCommandHandler {
		@Override
		Job start(ArticleTargets targets, ExecutionEvent event) {
			return CheckLicenceJob.start(targets);
		}
	}

	/** {@code dossier.explorer.recogniseEntities}. */
	public static class RecogniseEntities extends ArticleCommandHandler {
		@Override
		Job start(ArticleTargets targets, ExecutionEvent event) {
			return RecogniseEntitiesJob.start(targets);
		}
	}

	/** {@code dossier.explorer.copyAttribution}. */
	public static class CopyAttribution extends ArticleCommandHandler {
		@Override
		Job start(ArticleTargets targets, ExecutionEvent event) {
			// the workbench's display, not the active shell's: the context may still name a shell already closed
			return CopyAttributionJob.start(targets, PlatformUI.getWorkbench().getDisplay());
		}
	}
}
