// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.licence.internal.BuiltInRules;
import dossier.licence.internal.ExtensionReader;

/**
 * The rules the checker runs: the built-in ones (plain Java, no OSGi needed), and inside OSGi also every
 * contribution to the extension point {@code dossier.licenceRules}.
 */
public final class LicenceRules {

	private LicenceRules() {
	}

	/** The built-in rules, in report order. */
	public static List<RuleDescriptor> builtIn() {
		return BuiltInRules.all();
	}

	/**
	 * The built-in rules plus the contributions to {@code dossier.licenceRules} when the extension registry is
	 * available; a contribution with the id of a built-in rule replaces it.
	 */
	public static List<RuleDescriptor> available() {
		Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
		for (RuleDescriptor rule : builtIn()) {
			byId.put(rule.id(), rule);
		}
		for (RuleDescriptor rule : contributed()) {
			byId.put(rule.id(), rule);
		}
		return new ArrayList<>(byId.values());
	}

	private static List<RuleDescriptor> contributed() {
		try {
			// RegistryFactory (org.eclipse.equinox.registry, an optional requirement of this bundle), not Platform: this
			// bundle does not require org.eclipse.core.runtime, so Platform is never visible and contributions were
			// never read, in the CLI or the workbench.
			Class.forName("org.eclipse.core.runtime.RegistryFactory", false, LicenceRules.class.getClassLoader()); //$NON-NLS-1$
		} catch (ClassNotFoundException | LinkageError e) {
			return List.of(); // plain JVM: no extension registry
		}
		return ExtensionReader.contributedRules();
	}
}
