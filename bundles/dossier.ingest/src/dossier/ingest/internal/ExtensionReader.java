// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dossier.ingest.ImportContext;
import dossier.ingest.Importer;
import dossier.ingest.ImporterDescriptor;
import dossier.ingest.Source;

/**
 * Reads the contributions to {@code dossier.importers} from the Eclipse extension registry. Only loaded when
 * running in OSGi: {@link dossier.ingest.Importers#available()} falls back to the built-in list when the
 * registry classes are missing or no registry runs.
 */
public final class ExtensionReader {

	public static final String EXTENSION_POINT = "dossier.importers"; //$NON-NLS-1$

	private static final Logger LOG = LoggerFactory.getLogger("dossier.ingest"); //$NON-NLS-1$

	private ExtensionReader() {
	}

	/** The contributed importers, or null when no extension registry is running. */
	public static @Nullable List<ImporterDescriptor> importers() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return null;
		}
		List<ImporterDescriptor> result = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"importer".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String id = element.getAttribute("id"); //$NON-NLS-1$
			if (id == null || element.getAttribute("class") == null) { //$NON-NLS-1$
				continue;
			}
			result.add(new ImporterDescriptor(id, element.getAttribute("name"), list(element.getAttribute("extensions")), //$NON-NLS-1$ //$NON-NLS-2$
					list(element.getAttribute("contentTypes")), priority(element.getAttribute("priority")), //$NON-NLS-1$ //$NON-NLS-2$
					() -> create(element, id)));
		}
		return result;
	}

	private static Importer create(IConfigurationElement element, String id) {
		try {
			return (Importer) element.createExecutableExtension("class"); //$NON-NLS-1$
		} catch (CoreException | ClassCastException e) {
			LOG.warn("cannot create importer {} from {}: {}", id, element.getContributor().getName(), e.getMessage()); //$NON-NLS-1$
			return new BrokenImporter(id);
		}
	}

	private static List<String> list(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
	}

	private static int priority(String value) {
		try {
			return value == null ? 0 : Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** Stands in for a contribution whose class cannot be created: it never claims a source. */
	private record BrokenImporter(String id) implements Importer {
		@Override
		public int sniff(Source source, byte[] head) {
			return 0;
		}

		@Override
		public void read(Source source, ImportContext context) {
			// never chosen
		}
	}
}
