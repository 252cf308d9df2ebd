// SPDX-License-Identifier: EPL-2.0
package dossier.logging.internal;

import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * A logger that writes WARN and ERROR messages to the Eclipse platform log ({@link PlatformLog}), with its name as
 * the plug-in id ({@code dossier.entities}, {@code com.rometools.rome...}); lower levels are off. Where no platform
 * runs, and wherever the system property {@value #STDERR} is {@code true} (the command line sets it), the message is
 * also written to standard error as one line, {@code dossier: message}.
 */
final class PlatformLogger extends LegacyAbstractLogger {

	private static final long serialVersionUID = 1L;

	/** The system property that also sends messages to standard error. */
	static final String STDERR = "dossier.log.stderr"; //$NON-NLS-1$

	PlatformLogger(@Nullable String name) {
		this.name = name;
	}

	@Override
	public boolean isTraceEnabled() {
		return false;
	}

	@Override
	public boolean isDebugEnabled() {
		return false;
	}

	@Override
	public boolean isInfoEnabled() {
		return false;
	}

	@Override
	public boolean isWarnEnabled() {
		return true;
	}

	@Override
	public boolean isErrorEnabled() {
		return true;
	}

	@Override
	protected @Nullable String getFullyQualifiedCallerName() {
		return null;
	}

	@Override
	protected void handleNormalizedLoggingCall(@Nullable Level level, @Nullable Marker marker, @Nullable String messagePattern, Object @Nullable [] arguments,
			@Nullable Throwable throwable) {
		String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
		boolean logged = PlatformLog.log(name, level == Level.ERROR, message, throwable);
		if (!logged || Boolean.getBoolean(STDERR)) {
			System.err.println("dossier: " + message); //$NON-NLS-1$
		}
	}
}
