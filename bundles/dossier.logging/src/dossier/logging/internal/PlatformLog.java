// SPDX-License-Identifier: EPL-2.0
package dossier.logging.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The Eclipse platform log, when there is one: {@code org.eclipse.core.runtime} is an optional requirement, so this
 * class is only touched after checking that it resolved and the platform runs.
 */
final class PlatformLog {

	private static final boolean AVAILABLE = available();

	private PlatformLog() {
	}

	private static boolean available() {
		try {
			Class.forName("org.eclipse.core.runtime.Platform", false, PlatformLog.class.getClassLoader()); //$NON-NLS-1$
			return true;
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	/** Logs the message with {@code pluginId}; false when no platform runs to take it. */
	static boolean log(String pluginId, boolean error, String message, @Nullable Throwable throwable) {
		if (!AVAILABLE || !Platform.isRunning()) {
			return false;
		}
		ILog.of(PlatformLog.class).log(new Status(error ? IStatus.ERROR : IStatus.WARNING, pluginId, message, throwable));
		return true;
	}
}
