// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.views;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import dossier.entities.ui.EntityEditorIds;
import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.Messages;
import dossier.workspace.CorpusProjects;

/** Reads a corpus project's catalogue with the articles of each entity, and shows the rows on the UI thread. */
final class CatalogueReadJob extends Job {

	private final Object owner;
	private final IProject project;
	private final Consumer<List<CatalogueView.Row>> show;

	/** A job of {@code owner}'s family (the view: it cancels the reading it no longer needs). */
	CatalogueReadJob(Object owner, IProject project, Consumer<List<CatalogueView.Row>> show) {
		super(NLS.bind(Messages.Catalogue_job, project.getName()));
		this.owner = owner;
		this.project = project;
		this.show = show;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			List<CatalogueView.Row> rows = CatalogueView.read(CorpusProjects.corpus(project).folder(), monitor);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Display.getDefault().asyncExec(() -> show.accept(rows));
			return Status.OK_STATUS;
		} catch (CoreException | IOException e) {
			return EntitiesUiPlugin.error(e.getMessage(), e);
		}
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == owner || family == EntityEditorIds.JOB_FAMILY;
	}
}
