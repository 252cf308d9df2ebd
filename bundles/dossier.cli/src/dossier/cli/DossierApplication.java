// SPDX-License-Identifier: EPL-2.0
package dossier.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The headless Eclipse application {@code dossier.cli.app}: hands the command line to {@link CommandLine}
 * and returns its exit code to the launcher.
 */
public class DossierApplication implements IApplication {

	/**
	 * Lucene announces through java.util.logging how it maps index files and whether it can use the vector API
	 * of the Java it runs on (on Java 21 and newer, on every command that opens an index): facts about the JVM, not
	 * about the user's work, which would otherwise print on standard error. Its errors still print. Held in a
	 * field because java.util.logging keeps loggers only weakly.
	 */
	private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene"); //$NON-NLS-1$

	@Override
	public Object start(@Nullable IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		// what the engines log (a contribution that cannot be created...) goes to standard error too, as the
		// command line's other diagnostics do, not only to the platform log (dossier.logging)
		System.setProperty("dossier.log.stderr", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		LUCENE_LOG.setLevel(Level.SEVERE);
		Console console = Console.system();
		int code = new CommandLine(console, productVersion()).run(args == null ? new String[0] : args);
		console.out().flush();
		return code;
	}

	@Override
	public void stop() {
		// Subcommands run to completion on the calling thread; nothing to interrupt.
	}

	private static String productVersion() {
		Bundle bundle = FrameworkUtil.getBundle(DossierApplication.class);
		Version version = bundle.getVersion();
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro() //$NON-NLS-1$ //$NON-NLS-2$
				+ (version.getQualifier().isEmpty() ? "" : " (" + version.getQualifier() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
