// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

import dossier.core.store.Corpus;
import dossier.licence.LicenceId;
import dossier.licence.ui.LicenceUi;
import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.AttributedCheck;
import dossier.workspace.licence.LicencePreferences;

/**
 * Writes {@code reports/licence-report.html} and {@code reports/licence-report.sarif} in each corpus project,
 * checking every article as the build does; the HTML opens with charts of those checks ({@link ReportCharts}). The
 * outgoing licence and use come from the project's licence settings (CC BY-SA 4.0, non-commercial, when none is
 * set).
 */
public class LicenceReportJob extends WorkspaceJob {

	public static final String HTML = "licence-report.html"; //$NON-NLS-1$
	public static final String SARIF = "licence-report.sarif"; //$NON-NLS-1$
	static final String DEFAULT_OUTGOING = "CC-BY-SA-4.0"; //$NON-NLS-1$

	private final List<IProject> projects;
	private final List<IFile> written = new ArrayList<>();

	public LicenceReportJob(List<IProject> projects) {
		super(Messages.ReportJob_name);
		this.projects = List.copyOf(projects);
		setUser(true);
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == LicenceUi.JOB_FAMILY;
	}

	/** The HTML reports written by the last run. */
	public List<IFile> htmlReports() {
		return List.copyOf(written);
	}

	@Override
	public IStatus runInWorkspace(@Nullable IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, projects.size() * 10);
		for (IProject project : projects) {
			Corpus corpus = CorpusProjects.corpus(project);
			List<String> ids = corpus.ids();
			SubMonitor articles = progress.split(7).setWorkRemaining(ids.size());
			articles.setTaskName(NLS.bind(Messages.ReportJob_task, project.getName()));
			AttributedCheck checker = ArticleLicenceChecks.checker(project);
			List<LicenceReportWriter.Entry> entries = new ArrayList<>();
			for (String id : ids) {
				if (articles.isCanceled()) {
					throw new OperationCanceledException();
				}
				articles.split(1);
				IFile file = CorpusProjects.articleFile(project, id);
				try {
					entries.add(new LicenceReportWriter.Entry(file.getProjectRelativePath().toString(),
							ArticleLicenceChecks.check(project, id, checker)));
				} catch (IOException e) {
					ILog.of(LicenceReportJob.class).warn(id + ": " + e.getMessage()); //$NON-NLS-1$
				}
			}
			LicenceId outgoing = LicencePreferences.outgoingLicence(project);
			if (outgoing == null) {
				outgoing = Objects.requireNonNull(LicenceId.parse(DEFAULT_OUTGOING));
			}
			String charts = ReportCharts.of(project, entries.stream().map(LicenceReportWriter.Entry::checked).toList(),
					progress.split(2));
			String html = LicenceReportWriter.html(project.getName(), entries, outgoing, LicencePreferences.commercialUse(project),
					charts);
			String sarif;
			try {
				sarif = LicenceReportWriter.sarif(entries, checker.rules());
			} catch (IOException e) {
				return Status.error(e.getMessage(), e);
			}
			IFolder folder = project.getFolder(LicenceUi.REPORT_FOLDER);
			if (!folder.exists()) {
				folder.create(true, true, null);
			}
			write(folder.getFile(SARIF), sarif);
			IFile htmlFile = folder.getFile(HTML);
			write(htmlFile, html);
			written.add(htmlFile);
			progress.split(1);
		}
		return Status.OK_STATUS;
	}

	private static void write(IFile file, String content) throws CoreException {
		ByteArrayInputStream bytes = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(bytes, IResource.FORCE, null);
		} else {
			file.create(bytes, IResource.FORCE, null);
		}
		file.setCharset("UTF-8", null); //$NON-NLS-1$
	}
}
