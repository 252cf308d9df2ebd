// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.ui.DialogParents;
import dossier.workspace.CorpusProjects;

/**
 * Corpus Licence Report: runs {@link LicenceReportJob} on the selected corpora, then opens each HTML report as a
 * page ({@link ReportBrowser}: the internal browser where one is installed, else the desktop's browser). The file
 * is beside the SARIF in the project's {@code reports} folder.
 */
public class ReportHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		List<IProject> projects = ArticleRef.corpora(HandlerUtil.getCurrentSelection(event));
		if (projects.isEmpty()) {
			projects = List.of(CorpusProjects.all());
		}
		if (projects.isEmpty()) {
			MessageDialog.openInformation(DialogParents.of(event), Messages.ReportJob_name, Messages.Report_noCorpus);
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
				: HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		LicenceReportJob job = new LicenceReportJob(projects);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent done) {
				if (!done.getResult().isOK() || page == null) {
					return;
				}
				page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> open(page, job.htmlReports()));
			}
		});
		job.schedule();
		return null;
	}

	static void open(IWorkbenchPage page, List<IFile> reports) {
		for (IFile report : reports) {
			ReportBrowser.open(page, report);
		}
	}
}
