// SPDX-License-Identifier: EPL-2.0
package dossier.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;

import dossier.core.store.Corpus;
import dossier.core.store.CorpusBusyException;
import dossier.core.store.CorpusLock;

/**
 * Corpus projects: create them, recognise them, and get the {@link Corpus} behind one. One {@code Corpus} is kept
 * per project folder, so the builder, the views and the editors see the same instance and its listeners.
 */
public final class CorpusProjects {

	private static final Map<Path, Corpus> OPEN = new ConcurrentHashMap<>();

	private CorpusProjects() {
	}

	/** True when {@code project} is open and has the corpus nature. */
	public static boolean isCorpus(IProject project) {
		try {
			return project.isOpen() && project.hasNature(DossierWorkspace.NATURE_ID);
		} catch (CoreException e) {
			return false;
		}
	}

	/** The corpus projects of the workspace, in name order. */
	public static IProject[] all() {
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(CorpusProjects::isCorpus).toArray(IProject[]::new);
	}

	/**
	 * The corpus in {@code project}'s folder, opened (and its layout created) on first use.
	 *
	 * @throws CoreException when the folder is not a readable corpus
	 */
	public static Corpus corpus(IProject project) throws CoreException {
		if (RemoteCorpora.isRemote(project)) {
			// Nothing may write a corpus layout into a shared corpus's project, nor import, delete or check there.
			throw new CoreException(Status.error(project.getName()
					+ " is a shared corpus on a Solr server: searched there, read-only, with no articles here")); //$NON-NLS-1$
		}
		IPath location = project.getLocation();
		if (location == null) {
			throw new CoreException(Status.error("Corpus project " + project.getName() + " is not on the local file system")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Path folder = location.toPath().toAbsolutePath().normalize();
		try {
			return OPEN.computeIfAbsent(folder, key -> {
				try {
					return Corpus.open(key);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw new CoreException(Status.error("Cannot open the corpus of " + project.getName() + ": " //$NON-NLS-1$ //$NON-NLS-2$
					+ e.getCause().getMessage(), e.getCause()));
		}
	}

	/**
	 * Takes the writer lock of {@code project}'s corpus for a whole import (see {@link Corpus#lockForWriting}),
	 * waiting while another process (a command-line import) writes it: the monitor's sub-task says who, and
	 * cancelling stops the wait.
	 *
	 * @throws CoreException when the corpus cannot be written (read-only)
	 * @throws OperationCanceledException when cancelled while waiting
	 */
	public static CorpusLock lockForWriting(IProject project, IProgressMonitor monitor) throws CoreException {
		Corpus corpus = corpus(project);
		String purpose = "Dossier workbench, import into " + project.getName(); //$NON-NLS-1$
		while (true) {
			try {
				return corpus.lockForWriting(purpose, Duration.ofMillis(500));
			} catch (CorpusBusyException e) {
				if (monitor != null) {
					monitor.subTask(e.getMessage());
					if (monitor.isCanceled()) {
						throw new OperationCanceledException();
					}
				}
			} catch (IOException e) {
				throw new CoreException(Status.error(e.getMessage(), e));
			}
		}
	}

	/** Forgets the cached corpus of {@code project} (after it was closed, deleted or moved). */
	public static void forget(IProject project) {
		IPath location = project.getLocation();
		if (location != null) {
			OPEN.remove(location.toPath().toAbsolutePath().normalize());
		}
	}

	/**
	 * Creates and opens a corpus project named {@code name} in {@code location} (null: the workspace's default
	 * location), with the corpus nature and builder.
	 */
	public static IProject create(String name, @Nullable URI location, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		addNature(project, progress.split(1)); // configures the nature, which installs the builder
		corpus(project); // writes the corpus layout
		project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		return project;
	}

	/** Adds the corpus nature (and so the builder) to an existing project. */
	public static void addNature(IProject project, IProgressMonitor monitor) throws CoreException {
		if (project.hasNature(DossierWorkspace.NATURE_ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		String[] natures = description.getNatureIds();
		String[] withCorpus = Arrays.copyOf(natures, natures.length + 1);
		withCorpus[natures.length] = DossierWorkspace.NATURE_ID;
		description.setNatureIds(withCorpus);
		project.setDescription(description, monitor);
	}

	/**
	 * The workspace file of article {@code id} in a corpus project: where {@link Corpus#articleFile(String)}
	 * stores it ({@code articles/<shard>/<id>.json}), relative to the project.
	 */
	public static IFile articleFile(IProject project, String id) {
		IPath location = project.getLocation();
		if (location != null) {
			Path folder = location.toPath();
			Corpus corpus = OPEN.get(folder.toAbsolutePath().normalize());
			if (corpus != null) {
				return project.getFile(IPath.fromPath(folder.relativize(corpus.articleFile(id))));
			}
		}
		return project.getFolder(Corpus.ARTICLES).getFolder(id.substring(0, Math.min(2, id.length())))
				.getFile(id + Corpus.ARTICLE_EXTENSION);
	}

	/**
	 * The id of the article that {@code resource} holds, if it is an article file of a corpus project
	 * ({@code articles/<shard>/<id>.json}).
	 */
	public static Optional<String> articleId(IResource resource) {
		IPath path = resource.getProjectRelativePath();
		if (resource.getType() != IResource.FILE || path.segmentCount() != 3 || !Corpus.ARTICLES.equals(path.segment(0))
				|| !resource.getName().endsWith(Corpus.ARTICLE_EXTENSION)) {
			return Optional.empty();
		}
		String name = resource.getName();
		String id = name.substring(0, name.length() - Corpus.ARTICLE_EXTENSION.length());
		// "<id>.mentions.json", "<id>.attribution.json"... beside an article are its sidecars, not articles
		String folder = path.segment(1);
		return folder != null && id.startsWith(folder) && id.indexOf('.') < 0 ? Optional.of(id) : Optional.empty();
	}
}
