// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dossier.entities.EntityType;
import dossier.entities.Recognizer;
import dossier.entities.Recognizers;

/**
 * Reads the {@code dossier.recognizers} extension point. Loaded only when the Equinox registry is on the class
 * path, so the engine still runs in a plain JVM. A contribution that cannot be read is skipped and logged (SLF4J,
 * which the workbench routes to the platform log) with the contributing bundle's id.
 */
public final class ExtensionReader {

	/** The full id of the extension point. */
	public static final String POINT = "dossier.recognizers"; //$NON-NLS-1$

	private static final Logger LOG = LoggerFactory.getLogger("dossier.entities"); //$NON-NLS-1$

	private ExtensionReader() {
	}

	/** The contributed entity types, in the order contributed ({@link dossier.entities.EntityTypes} reads them once). */
	public static List<EntityType> types() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		List<EntityType> types = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
			if ("entityType".equals(element.getName())) { //$NON-NLS-1$
				String id = element.getAttribute("id"); //$NON-NLS-1$
				String label = element.getAttribute("label"); //$NON-NLS-1$
				if (id == null || id.isBlank()) {
					LOG.warn("entity type without an id from {} ignored", element.getContributor().getName()); //$NON-NLS-1$
					continue;
				}
				types.add(new EntityType(id, label == null || label.isBlank() ? id : label, element.getAttribute("colour"))); //$NON-NLS-1$
			}
		}
		return List.copyOf(types);
	}

	/**
	 * Reads the contributed recognisers, each created once; a recogniser whose id is a built-in one's is left out.
	 */
	public static List<Recognizer> read() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		List<Recognizer> recognizers = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
			try {
				if ("recognizer".equals(element.getName())) { //$NON-NLS-1$
					String id = element.getAttribute("id"); //$NON-NLS-1$
					if (Recognizers.builtIn().stream().anyMatch(builtIn -> builtIn.id().equals(id))) {
						continue;
					}
					Object created = element.createExecutableExtension("class"); //$NON-NLS-1$
					if (created instanceof Recognizer recognizer) {
						recognizers.add(recognizer);
					} else {
						LOG.warn("recogniser {} from {} does not implement Recognizer; skipped", id, element.getContributor().getName()); //$NON-NLS-1$
					}
				}
			} catch (CoreException | RuntimeException e) {
				LOG.warn("recogniser contribution from {} ignored: {}", element.getContributor().getName(), e.getMessage()); //$NON-NLS-1$
			}
		}
		return List.copyOf(recognizers);
	}
}
