// SPDX-License-Identifier: EPL-2.0
package dossier.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import dossier.ui.DossierUi;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectImports;

/**
 * Makes the {@value DossierUi#SAMPLES_PROJECT} corpus project from the shipped samples, once per workspace: the
 * sample articles are imported through the importers (so each is an article of the corpus, indexed by the build
 * that follows), and the samples' notices ({@code *.md}: README, ATTRIBUTION) are copied beside the corpus. An
 * existing project of that name is left as it is: the analyst's work is never overwritten.
 */
public class SamplesImportJob extends WorkspaceJob {

	private static final String NOTICE_EXTENSION = ".md"; //$NON-NLS-1$

	private final Path samplesFolder;

	public SamplesImportJob(Path samplesFolder) {
		super(Messages.SamplesImportJob_name);
		this.samplesFolder = samplesFolder;
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		setRule(root);
		setUser(false);
	}

	@Override
	public boolean belongsTo(@Nullable Object family) {
		return family == DossierUi.JOB_FAMILY;
	}

	@Override
	public IStatus runInWorkspace(@Nullable IProgressMonitor monitor) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(DossierUi.SAMPLES_PROJECT);
		if (project.exists()) {
			markImported();
			return Status.OK_STATUS;
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(samplesFolder)) {
			files = listing.filter(Files::isRegularFile).sorted().toList();
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.SamplesImportJob_cannotList, samplesFolder, e.getMessage()), e);
		}
		List<Path> notices = files.stream().filter(SamplesImportJob::isNotice).toList();
		List<Path> articles = files.stream().filter(file -> !isNotice(file)).toList();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.SamplesImportJob_name, 10 + articles.size() + notices.size());
		CorpusProjects.create(DossierUi.SAMPLES_PROJECT, null, progress.split(4));
		for (Path file : notices) {
			IFile target = project.getFile(file.getFileName().toString());
			try (InputStream contents = Files.newInputStream(file)) {
				target.create(contents, IResource.FORCE, progress.split(1));
			} catch (IOException e) {
				return Status.error(NLS.bind(Messages.SamplesImportJob_cannotRead, file, e.getMessage()), e);
			}
		}
		List<String> failures = ProjectImports.importInto(project, articles, progress.split(6 + articles.size()));
		markImported();
		for (String failure : failures) {
			ILog.of(SamplesImportJob.class).warn(NLS.bind(Messages.SamplesImportJob_failed, failure));
		}
		return Status.OK_STATUS;
	}

	private static boolean isNotice(Path file) {
		return file.getFileName().toString().endsWith(NOTICE_EXTENSION);
	}

	private static void markImported() {
		Preferences preferences = InstanceScope.INSTANCE.getNode("dossier.ui"); //$NON-NLS-1$
		preferences.putBoolean(SamplesStartup.PREF_SAMPLES_IMPORTED, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// Not remembered: the next start finds the project and marks it again.
		}
	}
}
