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
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import dossier.ui.DossierUi;

/**
 * Copies the sample articles into the {@value DossierUi#SAMPLES_PROJECT} project, once per workspace. An
 * existing project of that name is left as it is: the analyst's work is never overwritten.
 */
public class SamplesImportJob extends WorkspaceJob {

	private final Path samplesFolder;

	public SamplesImportJob(Path samplesFolder) {
		super(Messages.SamplesImportJob_name);
		this.samplesFolder = samplesFolder;
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		setRule(root);
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == DossierUi.JOB_FAMILY;
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
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
		SubMonitor progress = SubMonitor.convert(monitor, Messages.SamplesImportJob_name, files.size() + 2);
		project.create(progress.split(1));
		project.open(progress.split(1));
		for (Path file : files) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			IFile target = project.getFile(file.getFileName().toString());
			try (InputStream contents = Files.newInputStream(file)) {
				target.create(contents, IResource.FORCE, progress.split(1));
			} catch (IOException e) {
				return Status.error(NLS.bind(Messages.SamplesImportJob_cannotRead, file, e.getMessage()), e);
			}
		}
		markImported();
		return Status.OK_STATUS;
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
