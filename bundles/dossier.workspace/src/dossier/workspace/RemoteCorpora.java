// SPDX-License-Identifier: EPL-2.0
package dossier.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import dossier.solr.SolrCollection;
import dossier.solr.SolrUnavailableException;

/**
 * Shared corpora: a team's collection on a Solr server (made with {@code dossier index push} or the Spark job's
 * {@code --solr}), shown in the Article Explorer beside the local corpus projects and searched, faceted and
 * highlighted on the server, read-only. In the workspace such a corpus is a project with the remote corpus nature
 * and a {@value #DESCRIPTOR} file that names the server and the collection (a file, so it can be shared with the
 * rest of a team's project set); it has no builder and no local articles. The connections are opened on first use
 * and closed when the project is closed or deleted, or the workbench stops.
 */
public final class RemoteCorpora {

	/** The nature of a shared corpus project. */
	public static final String NATURE_ID = "dossier.workspace.remoteCorpusNature"; //$NON-NLS-1$

	/** The project file naming the server ({@code url}) and the collection ({@code collection}). */
	public static final String DESCRIPTOR = "solr-collection.properties"; //$NON-NLS-1$

	private static final Map<IProject, SolrCollection> OPEN = new ConcurrentHashMap<>();
	/** Descriptors read, each with the modification stamp of the file it was read from. */
	private static final Map<IProject, Read> READ = new ConcurrentHashMap<>();

	private record Read(long stamp, Properties descriptor) {
	}
	private static volatile boolean watching;

	private RemoteCorpora() {
	}

	/** True for an open shared corpus project. */
	public static boolean isRemote(IProject project) {
		try {
			return project.isOpen() && project.hasNature(NATURE_ID);
		} catch (CoreException e) {
			return false;
		}
	}

	/** The open shared corpus projects of the workspace. */
	public static IProject[] all() {
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(RemoteCorpora::isRemote)
				.toArray(IProject[]::new);
	}

	/**
	 * Creates and opens a shared corpus project named {@code name} for {@code collection} at {@code url}, after
	 * checking that the server answers and holds the collection. Call from a background thread (it asks the server).
	 *
	 * @throws CoreException when the server cannot be reached or has no such collection (one line), or the project
	 *                       cannot be made
	 */
	public static IProject create(String name, String url, String collection, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		try (SolrCollection checked = SolrCollection.open(url, collection)) {
			progress.worked(1);
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(progress.split(1));
		project.open(progress.split(1));
		Properties descriptor = new Properties();
		descriptor.setProperty("url", url.strip()); //$NON-NLS-1$
		descriptor.setProperty("collection", collection.strip()); //$NON-NLS-1$
		StringWriter text = new StringWriter();
		try {
			descriptor.store(text, "A shared Dossier corpus on Solr, searched read-only (see docs/scale-out.md)"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		project.getFile(DESCRIPTOR).create(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.ISO_8859_1)),
				true, null);
		IProjectDescription description = project.getDescription();
		description.setNatureIds(new String[] { NATURE_ID });
		project.setDescription(description, progress.split(1));
		return project;
	}

	/**
	 * The server and collection of a shared corpus project, as its descriptor names them. The file is read once
	 * per change (its modification stamp, which the workspace keeps in memory, says when): labels asked for on the UI
	 * thread, each time the corpora are listed, are answered from memory.
	 */
	public static Properties descriptor(IProject project) throws CoreException {
		watchProjects();
		IFile file = project.getFile(DESCRIPTOR);
		if (!file.exists()) {
			READ.remove(project);
			throw new CoreException(Status.error(project.getName() + " has no " + DESCRIPTOR + " naming its Solr server")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		long stamp = file.getModificationStamp();
		Read read = READ.get(project);
		if (read == null || read.stamp() != stamp) {
			Properties descriptor = new Properties();
			try (InputStream in = file.getContents(true)) {
				descriptor.load(in);
			} catch (IOException e) {
				throw new CoreException(Status.error(project.getName() + ": cannot read " + DESCRIPTOR + ": " + e.getMessage(), e)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			read = new Read(stamp, descriptor);
			READ.put(project, read);
		}
		Properties copy = new Properties();
		copy.putAll(read.descriptor());
		return copy;
	}

	/**
	 * The collection of a shared corpus project, connected on first use (it asks the server: call from a background
	 * thread).
	 *
	 * @throws CoreException when the descriptor is missing or the server cannot be reached (one line)
	 */
	public static SolrCollection collection(IProject project) throws CoreException {
		watchProjects();
		SolrCollection open = OPEN.get(project);
		if (open != null) {
			return open;
		}
		synchronized (OPEN) {
			open = OPEN.get(project);
			if (open == null) {
				Properties descriptor = descriptor(project);
				try {
					open = SolrCollection.open(descriptor.getProperty("url", ""), descriptor.getProperty("collection", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				} catch (SolrUnavailableException e) {
					throw new CoreException(Status.error(e.getMessage(), e));
				}
				OPEN.put(project, open);
			}
			return open;
		}
	}

	/**
	 * The text of article {@code id} of a shared corpus, as the collection stores it; empty when it has no such
	 * article. It asks the server: call from a background thread.
	 */
	public static Optional<String> text(IProject project, String id) throws CoreException {
		try {
			return collection(project).text(id);
		} catch (SolrUnavailableException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}

	/** Closes the connection of {@code project}, if open; the next use connects again. */
	public static void disconnect(IProject project) {
		SolrCollection open;
		synchronized (OPEN) {
			open = OPEN.remove(project);
		}
		if (open != null) {
			try {
				open.close();
			} catch (IOException e) {
				ILog.of(RemoteCorpora.class).warn("Closing the Solr connection of " + project.getName() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** Closes every connection: the workbench is shutting down (called when this bundle stops). */
	public static void disconnectAll() {
		for (IProject project : List.copyOf(OPEN.keySet())) {
			disconnect(project);
		}
	}

	/** Drops the connection (and the descriptor read) of a project that is closed or deleted, or whose descriptor changed. */
	private static void watchProjects() {
		if (watching) {
			return;
		}
		synchronized (OPEN) {
			if (watching) {
				return;
			}
			watching = true;
		}
		ResourcesPlugin.getWorkspace().addResourceChangeListener(event -> {
			if (event.getResource() instanceof IProject project) {
				disconnect(project);
				READ.remove(project);
			} else if (event.getDelta() != null) {
				for (IProject project : List.copyOf(OPEN.keySet())) {
					if (event.getDelta().findMember(project.getFile(DESCRIPTOR).getFullPath()) != null) {
						disconnect(project);
					}
				}
			}
		}, IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE | IResourceChangeEvent.POST_CHANGE);
	}
}
