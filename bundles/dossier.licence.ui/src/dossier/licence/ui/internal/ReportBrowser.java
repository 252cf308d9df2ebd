// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;
import org.eclipse.ui.ide.IDE;

/**
 * Opens an HTML licence report as a page, not as its source: in the workbench's internal browser where one is
 * installed (an Eclipse IDE with {@code org.eclipse.ui.browser}), else in the desktop's browser
 * ({@link Program#launch}). Only when neither is there does the report open in the text editor, so the user still
 * sees it.
 */
public final class ReportBrowser {

	/** The editor a report opens in when no browser can show it. */
	public static final String TEXT_EDITOR_ID = "org.eclipse.ui.DefaultTextEditor"; //$NON-NLS-1$

	private static final String BROWSER_ID = "dossier.licence.ui.report"; //$NON-NLS-1$

	/**
	 * Hands a file's path to the desktop's browser; false when the desktop has no program for it. Replaced by the
	 * tests, as the code base does for dialogs, so no browser starts.
	 */
	public static Predicate<String> desktopLauncher = Program::launch;

	private ReportBrowser() {
	}

	/** Opens {@code report} (an HTML file in the workspace) for reading. */
	static void open(IWorkbenchPage page, IFile report) {
		IPath location = report.getLocation();
		if (location == null) {
			openAsText(page, report);
			return;
		}
		IWorkbenchBrowserSupport browsers = PlatformUI.getWorkbench().getBrowserSupport();
		if (browsers.isInternalWebBrowserAvailable()) {
			try {
				URL url = location.toFile().toURI().toURL();
				browsers.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.NAVIGATION_BAR,
						BROWSER_ID, report.getProject().getName(), report.getFullPath().toString()).openURL(url);
				return;
			} catch (PartInitException | MalformedURLException e) {
				ILog.of(ReportBrowser.class).warn(e.getMessage(), e);
			}
		}
		if (!desktopLauncher.test(location.toOSString())) {
			openAsText(page, report);
		}
	}

	private static void openAsText(IWorkbenchPage page, IFile report) {
		try {
			IDE.openEditor(page, report, TEXT_EDITOR_ID, true);
		} catch (PartInitException e) {
			ILog.of(ReportBrowser.class).log(e.getStatus());
		}
	}
}
