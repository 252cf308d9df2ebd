package dossier.explorer.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import dossier.core.language.LanguageDetector;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusLock;
import dossier.explorer.ui.ExplorerUi;
import dossier.ingest.Importers;
import dossier.ingest.Ingest;
import dossier.ingest.IngestMonitor;
import dossier.ingest.IngestOptions;
import dossier.ingest.IngestSummary;
import dossier.workspace.CorpusProjects;
import dossier.workspace.DossierWorkspace;

/**
 * Imports files, folders, archives, feeds and WARC files into a corpus project with the {@code dossier.importers}
 * (the same driver as {@code dossier import}), then refreshes and builds the project so its index (and the
 * explorer) shows the new articles. Cancellable between sources; at the end, a summary lists each failure with
 * its reason.
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
	public boolean belongsTo(Object family) {
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
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		Corpus corpus = CorpusProjects.corpus(project);
		SubMonitor reading = progress.split(80);
		IngestMonitor ingestMonitor = new IngestMonitor() {
			private int lastTotal = -1;

			@Override
			public void started(String name, int index, int total) {
				if (total != lastTotal) {
					reading.setWorkRemaining(total - index);
					lastTotal = total;
				}
				reading.subTask(name);
				reading.worked(1);
			}

			@Override
			public boolean isCancelled() {
				return reading.isCanceled();
			}
		};
		LanguageDetector detector = LanguageDetector.standard();
		IngestSummary result;
		// one writer at a time: a command-line import into the same folder is waited for
		try (CorpusLock lock = CorpusProjects.lockForWriting(project, reading)) {
			result = new Ingest(Importers.available(), options)
					.withLanguageDetection(text -> detector.detect(text)).run(sources, corpus::put, ingestMonitor);
		}
		summary = result;
		project.getFolder(Corpus.ARTICLES).refreshLocal(IResource.DEPTH_INFINITE, progress.split(5));
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, progress.split(15));
		if (showSummary) {
			showSummary(result);
		}
		return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** The summary as a status: OK when everything was read, a warning listing each failure otherwise. */
	public static IStatus statusOf(IngestSummary summary, String corpusName) {
		String headline = NLS.bind(Messages.Import_summary, new Object[] { summary.imported(), summary.updated(),
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
