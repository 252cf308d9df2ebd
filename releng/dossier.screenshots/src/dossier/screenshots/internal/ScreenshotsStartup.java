// SPDX-License-Identifier: EPL-2.0
package dossier.screenshots.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Does nothing unless the system property {@value #OUTPUT} names a folder: then takes every README screenshot into
 * it ({@link Shots}), writes {@value #FAILED} there instead should one fail, and closes the workbench. Runs on the
 * background thread the workbench gives startup contributions, and drives the UI thread from there.
 */
public final class ScreenshotsStartup implements IStartup {

	/** The system property naming the folder the PNG files are written to. */
	static final String OUTPUT = "dossier.screenshots"; //$NON-NLS-1$

	/** The system property naming the repository the corpora are read from (its benchmarks/ and tests/ folders). */
	static final String SOURCES = "dossier.screenshots.sources"; //$NON-NLS-1$

	/** Written instead of the last screenshot when a shot fails: what failed, with its stack trace. */
	static final String FAILED = "FAILED.txt"; //$NON-NLS-1$

	@Override
	public void earlyStartup() {
		String output = System.getProperty(OUTPUT, ""); //$NON-NLS-1$
		if (output.isBlank()) {
			return;
		}
		Path folder = Path.of(output);
		Path sources = Path.of(System.getProperty(SOURCES, ".")); //$NON-NLS-1$
		IWorkbench workbench = PlatformUI.getWorkbench();
		try {
			Files.createDirectories(folder);
			new Shots(new Ui(workbench.getDisplay()), new Corpora(sources), folder).takeAll();
		} catch (Throwable e) { // whatever failed, say so in the folder and close the workbench: nobody watches it
			ILog.of(ScreenshotsStartup.class).error("README screenshots failed", e); //$NON-NLS-1$
			StringWriter trace = new StringWriter();
			e.printStackTrace(new PrintWriter(trace));
			try {
				Files.writeString(folder.resolve(FAILED), trace.toString(), StandardCharsets.UTF_8);
			} catch (Exception ignored) {
				// the log has it
			}
		} finally {
			workbench.getDisplay().asyncExec(() -> {
				if (workbench.getActiveWorkbenchWindow() != null && workbench.getActiveWorkbenchWindow().getActivePage() != null) {
					workbench.getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
				}
				workbench.close();
			});
		}
	}
}
