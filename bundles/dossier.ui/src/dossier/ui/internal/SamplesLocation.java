// SPDX-License-Identifier: EPL-2.0
package dossier.ui.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Where the shipped sample articles are: the folder named by the system property {@code dossier.samples}
 * (set by {@code ./dossier} to the repository's {@code samples/}), else {@code samples/} in the product's
 * install folder.
 */
final class SamplesLocation {

	static final String PROPERTY = "dossier.samples"; //$NON-NLS-1$

	private SamplesLocation() {
	}

	static Optional<Path> find() {
		String property = System.getProperty(PROPERTY);
		if (property != null && !property.isBlank()) {
			Path folder = Path.of(property);
			return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
		}
		Location install = Platform.getInstallLocation();
		if (install == null || install.getURL() == null) {
			return Optional.empty();
		}
		try {
			URL url = install.getURL();
			Path folder = Path.of(url.toURI()).resolve("samples"); //$NON-NLS-1$
			return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
