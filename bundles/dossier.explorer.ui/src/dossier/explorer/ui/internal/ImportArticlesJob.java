// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import dossier.explorer.ui.ExplorerUi;
import dossier.ingest.IngestOptions;
import dossier.ingest.IngestSummary;
import dossier.ui.Counts;
import dossier.workspace.DossierWorkspace;
import dossier.workspace.ProjectImports;

/**
 * Imports files, folders, archives, feeds and WARC files into a corpus project in the background, through
 * {@link ProjectImports} (the same driver as {@code dossier import}, then a refresh and a build, so its index and
 * the explorer show the new articles). Cancellable between sources; at the end, a summary lists each failure
 * with its reason.
 */
public final class ImportArticlesJob extends Job {

	private final IProject project;
	private final List<Path> sources;
	private final IngestOptions options;
	private final boolean showSummary;
	private volatile IngestSummary summary;

	public ImportArticlesJob(IProject project, List<Path> sources, IngestOptions options, boolean showSummary) {
		super(NLS.bind(Messages.Import_job, project.getName()));
		this.project = project;
		this.sources = List.copyOf(sources);
		this.options = options;
		this.showSummary = showSummary;
		// No scheduling rule while reading: the corpus writes its own files; the refresh and the build that
		// follow take the rules they need, so the workspace stays usable during a long import.
		setUser(true);
	}

	/** Schedules an import of {@code sources} into {@code project}. */
	public static ImportArticlesJob start(IProject project, List<Path> sources, IngestOptions options,
			boolean showSummary) {
		ImportArticlesJob job = new ImportArticlesJob(project, sources, options, showSummary);
		job.schedule();
		return job;
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == ExplorerUi.JOB_FAMILY || family == DossierWorkspace.JOB_FAMILY;
	}

	/** What the import did, once it has run; null before. */
	public IngestSummary summary() {
		return summary;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			return importAndBuild(monitor);
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	private IStatus importAndBuild(IProgressMonitor monitor) throws CoreException {
		IngestSummary result = ProjectImports.importInto(project, sources, options, monitor);
		summary = result;
		if (showSummary) {
			showSummary(result);
		}
		return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** The summary as a status: OK when everything was read, a warning listing each failure otherwise. */
	public static IStatus statusOf(IngestSummary summary, String corpusName) {
		String headline = Counts.format(Messages.Import_summary, new Object[] { summary.imported(), summary.updated(),
				summary.duplicates(), summary.failures().size(), corpusName });
		if (summary.failures().isEmpty()) {
			return Status.info(headline);
		}
		MultiStatus status = new MultiStatus(ExplorerUi.VIEW_ID, 0, headline);
		for (String failure : summary.failures()) {
			status.add(Status.warning(failure));
		}
		return status;
	}

	private void showSummary(IngestSummary result) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IStatus status = statusOf(result, project.getName());
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			var shell = window == null ? null : window.getShell();
			if (status.isMultiStatus()) {
				ErrorDialog.openError(shell, Messages.Import_summaryTitle, null, status);
			} else {
				MessageDialog.openInformation(shell, Messages.Import_summaryTitle, status.getMessage());
			}
		});
	}
}
