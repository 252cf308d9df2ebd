// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dossier.licence.LicenceRule;
import dossier.licence.RuleDescriptor;
import dossier.licence.Severity;

/**
 * Reads the contributions to {@code dossier.licenceRules}. Loaded only inside OSGi (it needs the extension
 * registry); a contribution that cannot be created is skipped and logged (SLF4J, which the workbench routes to the
 * platform log) with the contributing bundle's id, never failing the check.
 */
public final class ExtensionReader {

	public static final String POINT = "dossier.licenceRules"; //$NON-NLS-1$

	private static final Logger LOG = LoggerFactory.getLogger("dossier.licence"); //$NON-NLS-1$

	private ExtensionReader() {
	}

	public static List<RuleDescriptor> contributedRules() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		List<RuleDescriptor> rules = new ArrayList<>();
		if (registry == null) {
			return rules;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
			if (!"rule".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String id = element.getAttribute("id"); //$NON-NLS-1$
			try {
				Object rule = element.createExecutableExtension("class"); //$NON-NLS-1$
				if (!(rule instanceof LicenceRule licenceRule)) {
					LOG.warn("licence rule {} from {} does not implement LicenceRule; skipped", id, element.getContributor().getName()); //$NON-NLS-1$
					continue;
				}
				Severity severity = Severity.parse(element.getAttribute("severity")); //$NON-NLS-1$
				Set<String> versions = new HashSet<>();
				String versionList = element.getAttribute("versions"); //$NON-NLS-1$
				if (versionList != null) {
					for (String version : versionList.split("[,\\s]+")) { //$NON-NLS-1$
						if (!version.isBlank()) {
							versions.add(version.trim());
						}
					}
				}
				String title = element.getAttribute("title"); //$NON-NLS-1$
				rules.add(new RuleDescriptor(id, title == null ? id : title, valueOr(element.getAttribute("reference"), ""), //$NON-NLS-1$ //$NON-NLS-2$
						valueOr(element.getAttribute("helpUri"), BuiltInRules.LEGAL_CODE_40), severity == null ? Severity.WARNING : severity, //$NON-NLS-1$
						versions, licenceRule));
			} catch (CoreException | RuntimeException e) {
				LOG.warn("licence rule {} from {} could not be created ({}); skipped", id, element.getContributor().getName(), e.getMessage()); //$NON-NLS-1$
			}
		}
		return rules;
	}

	private static String valueOr(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
