// SPDX-License-Identifier: EPL-2.0
package dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.tests.common.Workbench;
import dossier.ui.DossierUi;
import dossier.ui.HelpContexts;

/**
 * F1 where no help user interface is installed, as in the standalone product (and this test runtime): the page of
 * the part in focus opens in the browser, from the help bundle's files with their style sheet beside them; Help
 * Contents opens the guide's first page.
 */
class GuideHelpUITest {

	private final List<URL> shown = new ArrayList<>();
	private Consumer<URL> browser;

	@BeforeEach
	void recordWhatTheBrowserIsAsked() {
		browser = GuideHelpUI.browser;
		GuideHelpUI.browser = shown::add;
	}

	@AfterEach
	void restoreTheBrowser() {
		GuideHelpUI.browser = browser;
	}

	@Test
	void f1OnTheArticleExplorerOpensItsPage() throws Exception {
		Workbench.page().showView(DossierUi.VIEW_EXPLORER);
		Workbench.processEvents();
		List<Control> carriers = Workbench.findAll(Workbench.window().getShell(), Control.class,
				control -> HelpContexts.EXPLORER_VIEW.equals(control.getData("org.eclipse.ui.help"))); //$NON-NLS-1$
		assertFalse(carriers.isEmpty(), "the Explorer carries its context id");
		// F1: SWT sends Help to the control in focus, the workbench's help listener asks the help system
		carriers.get(0).notifyListeners(SWT.Help, new Event());
		Workbench.processEvents();
		assertEquals(1, shown.size(), "one page opened: " + shown);
		URL page = shown.get(0);
		assertEquals("file", page.getProtocol(), page.toString());
		assertTrue(page.getPath().endsWith("/html/explorer.html"), page.toString());
		Path file = Path.of(page.getPath());
		assertTrue(Files.readString(file).contains("Article Explorer"), "the page is there to read: " + file);
		assertTrue(Files.list(file.getParent()).anyMatch(f -> f.toString().endsWith(".css")), "its style sheet beside it");
	}

	@Test
	void helpContentsOpensTheGuide() {
		PlatformUI.getWorkbench().getHelpSystem().displayHelp();
		assertEquals(1, shown.size(), "one page opened: " + shown);
		assertTrue(shown.get(0).getPath().endsWith("/html/index.html"), "the guide's front page: " + shown.get(0));
		assertTrue(Files.exists(Path.of(shown.get(0).getPath())), shown.get(0).toString());
	}

	@Test
	void aPageOfAnotherBundleOrNoneIsRefusedQuietly() {
		assertEquals(null, GuideHelpUI.pageUrl("/no.such.bundle/html/x.html"));
		assertEquals(null, GuideHelpUI.pageUrl("nobundle"));
	}
}
