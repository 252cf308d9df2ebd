// SPDX-License-Identifier: EPL-2.0
package dossier.workspace;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dossier.core.store.Corpus;
import dossier.core.store.CorpusLock;
import dossier.ingest.Importers;
import dossier.ingest.Ingest;
import dossier.ingest.IngestMonitor;
import dossier.ingest.IngestOptions;
import dossier.ingest.IngestSummary;

/**
 * Imports files, folders, archives, feeds and WARC files into a corpus project: the one way the workbench does it
 * (the Explorer's import, the first-start samples, the tests), headless. The corpus's writer lock is held while the
 * contributed importers read and store (waiting, cancellably, while a command-line import writes the same
 * folder); articles whose importer could not tell their language get the detected one; then the project is
 * refreshed and built, so that its index, entities and licence markers follow. The command line's
 * {@code dossier import} runs the same {@link Ingest} on a plain folder.
 */
public final class ProjectImports {

	private ProjectImports() {
	}

	/**
	 * Imports {@code sources} into {@code project} (a corpus project, opened), then refreshes and builds it.
	 * Cancelling stops between sources: what was stored stays, and is refreshed and built.
	 *
	 * @return what was stored, updated, found duplicate, and each failure with its reason
	 * @throws CoreException when the corpus cannot be opened or written (read-only)
	 */
	public static IngestSummary importInto(IProject project, List<Path> sources, IngestOptions options,
			IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		Corpus corpus = CorpusProjects.corpus(project);
		SubMonitor reading = progress.split(80);
		IngestSummary summary;
		try (CorpusLock lock = CorpusProjects.lockForWriting(project, reading)) {
			summary = new Ingest(Importers.available(), options).run(sources, corpus::put, new Progress(reading));
		}
		project.getFolder(Corpus.ARTICLES).refreshLocal(IResource.DEPTH_INFINITE, progress.split(5));
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, progress.split(15));
		return summary;
	}

	/**
	 * Imports {@code sources} into {@code project} with the default options, for callers that need no more than
	 * what failed (the first-start samples): as {@link #importInto(IProject, List, IngestOptions, IProgressMonitor)}.
	 *
	 * @return each failure, with its reason
	 * @throws OperationCanceledException when cancelled (what was stored stays, refreshed and built)
	 * @throws CoreException when the corpus cannot be opened or written (read-only)
	 */
	public static List<String> importInto(IProject project, List<Path> sources, IProgressMonitor monitor)
			throws CoreException {
		IngestSummary summary = importInto(project, sources, IngestOptions.defaults(), monitor);
		if (summary.cancelled()) {
			throw new OperationCanceledException();
		}
		return summary.failures();
	}

	/** One unit of work per source, its name as the sub-task; cancellation asked of the monitor. */
	private static final class Progress implements IngestMonitor {
		private final SubMonitor monitor;
		private int lastTotal = -1;

		Progress(SubMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void started(String name, int index, int total) {
			if (total != lastTotal) {
				monitor.setWorkRemaining(total - index);
				lastTotal = total;
			}
			monitor.subTask(name);
			monitor.worked(1);
		}

		@Override
		public boolean isCancelled() {
			return monitor.isCanceled();
		}
	}
}
