// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Display;

import dossier.licence.ui.LicenceUi;
import dossier.workspace.licence.ArticleLicenceChecks;

/**
 * Checks one article for the Attribution view (the build's check: same rules, the project's preferences, the
 * attribution record) and hands the result, or the failure in words, to the UI thread.
 */
final class AttributionCheckJob extends Job {

	private final Object owner;
	private final ArticleRef ref;
	private final Consumer<ArticleLicenceChecks.Checked> checked;
	private final Consumer<String> failed;

	/** A job of {@code owner}'s family (the view, which cancels it when it closes) and of {@link LicenceUi#JOB_FAMILY}. */
	AttributionCheckJob(Object owner, ArticleRef ref, Consumer<ArticleLicenceChecks.Checked> checked, Consumer<String> failed) {
		super(Messages.AttributionView_checking);
		this.owner = owner;
		this.ref = ref;
		this.checked = checked;
		this.failed = failed;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		try {
			ArticleLicenceChecks.Checked result = ArticleLicenceChecks.check(ref.project(), ref.id());
			Display.getDefault().asyncExec(() -> checked.accept(result));
		} catch (Exception e) {
			String message = e.getMessage();
			String failure = message == null ? e.toString() : message;
			Display.getDefault().asyncExec(() -> failed.accept(failure));
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == owner || family == LicenceUi.JOB_FAMILY;
	}
}
