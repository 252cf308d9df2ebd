// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;
import dossier.workspace.RemoteCorpora;

/**
 * A shared corpus on a Solr server, as the Article Explorer lists it beside the local corpora. A real server is
 * exercised by the Solr integration test ({@code solr/dossier.solr.tests}: the same listings, ids, facets, passages and
 * texts on a two-node SolrCloud as in the local index); here, what the workbench does with one, and with a server
 * that does not answer: a one-line message, never a frozen window or a project half made.
 */
class SharedCorpusTest {

	private IProject shared;

	@AfterEach
	void deleteProject() throws CoreException {
		if (shared != null && shared.exists()) {
			shared.delete(true, true, null);
		}
	}

	@Test
	void theWizardRefusesAServerThatDoesNotAnswerInOneLineAndMakesNothing() throws Exception {
		NewSharedCorpusWizard wizard = new NewSharedCorpusWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			NewSharedCorpusWizard.SharedCorpusPage page = wizard.page();
			page.fill("", "http://localhost:8983/solr", "articles"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(Messages.NewShared_nameMissing, page.getErrorMessage());
			assertFalse(page.isPageComplete());
			page.fill("TeamArchive", "localhost:8983", "articles"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(Messages.NewShared_urlInvalid, page.getErrorMessage());
			page.fill("TeamArchive", "http://127.0.0.1:" + closedPort() + "/solr", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertEquals(Messages.NewShared_collectionMissing, page.getErrorMessage());
			page.fill("TeamArchive", "http://127.0.0.1:" + closedPort() + "/solr", "articles"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertNull(page.getErrorMessage());
			assertTrue(page.isPageComplete());

			assertFalse(wizard.performFinish(), "a server that does not answer is not a corpus");
			String problem = page.getErrorMessage();
			assertTrue(problem != null && problem.startsWith("cannot reach Solr at http://127.0.0.1:"), problem); //$NON-NLS-1$
			assertFalse(problem.contains("\n"), problem); //$NON-NLS-1$
			assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject("TeamArchive").exists(), "no project half made"); //$NON-NLS-1$
		} finally {
			dialog.close();
		}
	}

	@Test
	void aSharedCorpusIsListedBesideTheLocalOnesAndAnUnreachableServerIsOneLine() throws Exception {
		IProject local = ExplorerFixture.newCorpus("SharedBesideLocal"); //$NON-NLS-1$
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, local);

		// As a team member's checkout brings it: the nature and the descriptor naming a server that is down now.
		shared = sharedProject("TeamArchiveDown", "http://127.0.0.1:" + closedPort() + "/solr", "articles"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(RemoteCorpora.isRemote(shared));
		assertFalse(CorpusProjects.isCorpus(shared), "not a local corpus: no builder, import or check runs on it");
		Workbench.waitUntil("the explorer lists the shared corpus", () -> {
			Workbench.processEvents();
			return view.corpusNames().contains(shared.getName());
		});
		assertTrue(view.corpusNames().contains(local.getName()), "the local corpora stay listed: " + view.corpusNames());
		assertEquals("TeamArchiveDown (shared: articles on Solr)", CorpusChooser.label(shared)); //$NON-NLS-1$
		// The descriptor is read once per change: the label follows an edit of it (a pull bringing another collection).
		String renamed = "url=http\\://127.0.0.1\\:" + closedPort() + "/solr\ncollection=archive\n"; //$NON-NLS-1$ //$NON-NLS-2$
		shared.getFile(RemoteCorpora.DESCRIPTOR).setContents(new ByteArrayInputStream(renamed.getBytes(StandardCharsets.ISO_8859_1)), true, false, null);
		assertEquals("TeamArchiveDown (shared: archive on Solr)", CorpusChooser.label(shared)); //$NON-NLS-1$
		shared.getFile(RemoteCorpora.DESCRIPTOR).setContents(new ByteArrayInputStream(
				("url=http\\://127.0.0.1\\:" + closedPort() + "/solr\ncollection=articles\n").getBytes(StandardCharsets.ISO_8859_1)), true, false, null); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("TeamArchiveDown (shared: articles on Solr)", CorpusChooser.label(shared)); //$NON-NLS-1$
		assertEquals(local, view.currentProject(), "a corpus appearing never replaces the one shown");

		view.showCorpus(shared);
		Workbench.waitUntil("the explorer says the server cannot be reached", () -> {
			Workbench.processEvents();
			return view.statusText().startsWith("cannot reach Solr at http://127.0.0.1:"); //$NON-NLS-1$
		});
		assertFalse(view.statusText().contains("\n"), view.statusText()); //$NON-NLS-1$
		assertEquals(shared, view.model().project(), "the local corpus's rows are not shown for the shared one");
		assertEquals(0, view.model().rowCount());

		// Read-only: nothing may import into it, check it or write a corpus layout there.
		CoreException refused = assertThrows(CoreException.class, () -> CorpusProjects.corpus(shared));
		assertTrue(refused.getStatus().getMessage().contains("read-only"), refused.getStatus().getMessage()); //$NON-NLS-1$
		shared.refreshLocal(IResource.DEPTH_INFINITE, null);
		// (the platform's own project settings aside)
		List<String> members = Arrays.stream(shared.members()).map(IResource::getName).filter(name -> !name.equals(".settings")) //$NON-NLS-1$
				.sorted().toList();
		assertEquals(List.of(".project", RemoteCorpora.DESCRIPTOR), members, "no corpus layout written into the shared corpus"); //$NON-NLS-1$

		// Back to the local corpus: it answers as before.
		ExplorerFixture.show(view, local);
		assertEquals(local, view.model().project());
	}

	/** A shared corpus project as a checkout brings it: no server is asked. */
	private static IProject sharedProject(String name, String url, String collection) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		String descriptor = "url=" + url.replace(":", "\\:") + "\ncollection=" + collection + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		project.getFile(RemoteCorpora.DESCRIPTOR).create(new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.ISO_8859_1)), true, null);
		IProjectDescription description = project.getDescription();
		description.setNatureIds(new String[] { RemoteCorpora.NATURE_ID });
		project.setDescription(description, null);
		return project;
	}

	/** A local port nothing listens on (bound, then released). */
	private static int closedPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
