// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import dossier.ingest.IngestOptions;
import dossier.workspace.CorpusProjects;

/**
 * File > Import > Dossier > Articles: files, folders, .zip archives, feeds and WARC files into a corpus project,
 * as an {@link ImportArticlesJob}. The wizard's model (target, sources, size limit) can be set without showing
 * it, which is how the tests drive it.
 */
public class ImportArticlesWizard extends Wizard implements IImportWizard {

	private IProject target;
	private final List<Path> sources = new ArrayList<>();
	private int maxMegabytes = (int) (IngestOptions.defaults().maxBytes() >> 20);
	private boolean showSummary = true;
	private ImportArticlesJob job;

	public ImportArticlesWizard() {
		setWindowTitle(Messages.Import_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof ArticleRef ref) {
			target = ref.project();
		} else if (first instanceof IResource resource && CorpusProjects.isCorpus(resource.getProject())) {
			target = resource.getProject();
		} else {
			IProject[] corpora = CorpusProjects.all();
			target = corpora.length == 0 ? null : corpora[0];
		}
	}

	@Override
	public void addPages() {
		addPage(new ImportArticlesPage(this));
	}

	@Override
	public boolean canFinish() {
		return target != null && !sources.isEmpty();
	}

	@Override
	public boolean performFinish() {
		if (!canFinish()) {
			return false;
		}
		IngestOptions options = IngestOptions.defaults().withMaxBytes((long) maxMegabytes << 20);
		job = ImportArticlesJob.start(target, sources, options, showSummary);
		return true;
	}

	public IProject target() {
		return target;
	}

	public void setTarget(IProject project) {
		target = project;
	}

	public List<Path> sources() {
		return sources;
	}

	public void setSources(List<Path> paths) {
		sources.clear();
		sources.addAll(paths);
	}

	public int maxMegabytes() {
		return maxMegabytes;
	}

	public void setMaxMegabytes(int value) {
		maxMegabytes = Math.max(1, value);
	}

	/** Whether the job shows its summary in a dialog at the end (the tests read {@link ImportArticlesJob#summary()}). */
	public void setShowSummary(boolean value) {
		showSummary = value;
	}

	/** The job the last finish started. */
	public ImportArticlesJob job() {
		return job;
	}
}
