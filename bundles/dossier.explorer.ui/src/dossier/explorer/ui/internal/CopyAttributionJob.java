// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.HTMLTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;

import dossier.explorer.ui.ExplorerUi;
import dossier.licence.SuggestedAttribution;
import dossier.ui.DossierUi;
import dossier.workspace.licence.ArticleLicenceChecks;

/**
 * Generates the credit of each chosen article (the licence check with the analyst's attribution record applied,
 * exactly what the Attribution view shows) and puts them on the clipboard, as plain text (one credit a line) and
 * as HTML (one paragraph each).
 */
final class CopyAttributionJob extends Job {

	private final ArticleTargets targets;
	private final Display display;
	private volatile String text = ""; //$NON-NLS-1$
	private volatile String html = ""; //$NON-NLS-1$

	CopyAttributionJob(ArticleTargets targets, Display display) {
		super(Messages.CopyAttribution_job);
		this.targets = targets;
		this.display = display;
		setUser(true);
	}

	static CopyAttributionJob start(ArticleTargets targets, Display display) {
		CopyAttributionJob job = new CopyAttributionJob(targets, display);
		job.schedule();
		return job;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<SuggestedAttribution> credits = new ArrayList<>();
		try {
			Map<IProject, List<String>> articles = targets.resolve();
			SubMonitor progress = SubMonitor.convert(monitor, articles.values().stream().mapToInt(List::size).sum());
			for (Map.Entry<IProject, List<String>> entry : articles.entrySet()) {
				var checker = ArticleLicenceChecks.checker(entry.getKey());
				for (String id : entry.getValue()) {
					progress.checkCanceled();
					credits.add(ArticleLicenceChecks.check(entry.getKey(), id, checker).report().attribution());
					progress.worked(1);
				}
			}
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | CoreException | RuntimeException e) {
			return Status.error(NLS.bind(Messages.CopyAttribution_failed, e.getMessage()), e);
		}
		text = joinText(credits);
		html = joinHtml(credits);
		if (!text.isEmpty()) {
			display.syncExec(() -> {
				Clipboard clipboard = new Clipboard(display);
				try {
					clipboard.setContents(new Object[] { text, html },
							new Transfer[] { TextTransfer.getInstance(), HTMLTransfer.getInstance() });
				} finally {
					clipboard.dispose();
				}
			});
		}
		return Status.OK_STATUS;
	}

	static String joinText(List<SuggestedAttribution> credits) {
		StringBuilder joined = new StringBuilder();
		for (SuggestedAttribution credit : credits) {
			if (credit != null && !credit.text().isBlank()) {
				joined.append(joined.length() == 0 ? "" : "\n").append(credit.text()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return joined.toString();
	}

	static String joinHtml(List<SuggestedAttribution> credits) {
		StringBuilder joined = new StringBuilder();
		for (SuggestedAttribution credit : credits) {
			if (credit != null && !credit.html().isBlank()) {
				joined.append(joined.length() == 0 ? "" : "\n").append(paragraph(credit.html())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return joined.toString();
	}

	private static String paragraph(String html) {
		String trimmed = html.strip();
		return trimmed.regionMatches(true, 0, "<p", 0, 2) || trimmed.regionMatches(true, 0, "<div", 0, 4) ? trimmed //$NON-NLS-1$ //$NON-NLS-2$
				: "<p>" + trimmed + "</p>"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The plain-text credits put on the clipboard (tests). */
	String text() {
		return text;
	}

	/** The HTML credits put on the clipboard (tests). */
	String html() {
		return html;
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == ExplorerUi.JOB_FAMILY || family == DossierUi.JOB_FAMILY;
	}
}
