// SPDX-License-Identifier: EPL-2.0
package dossier.logging.internal;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of a running Dossier: what the engines (and their libraries, Rome among them) log at WARN and
 * ERROR goes to the Eclipse platform log, so the workbench's Error Log view shows it with the logger's name as its
 * plug-in. A fragment of the {@code slf4j.api} bundle, so that SLF4J's own {@link java.util.ServiceLoader} lookup finds
 * it in the bundle's class loader; no service-loader mediator is needed.
 */
public final class PlatformLogProvider implements SLF4JServiceProvider {

	private final ILoggerFactory loggers = PlatformLogger::new;
	private final IMarkerFactory markers = new BasicMarkerFactory();
	private final MDCAdapter mdc = new NOPMDCAdapter();

	@Override
	public ILoggerFactory getLoggerFactory() {
		return loggers;
	}

	@Override
	public IMarkerFactory getMarkerFactory() {
		return markers;
	}

	@Override
	public MDCAdapter getMDCAdapter() {
		return mdc;
	}

	@Override
	public String getRequestedApiVersion() {
		return "2.0.99"; //$NON-NLS-1$
	}

	@Override
	public void initialize() {
		// nothing to set up: every message goes to the log the platform has at that moment
	}
}
