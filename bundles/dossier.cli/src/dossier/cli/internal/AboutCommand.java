// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.Command;

import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.UsageException;

/**
 * {@code dossier about}: the runtime, every Dossier bundle with its state, and what is contributed to each
 * Dossier extension point. Exits 1 when a Dossier bundle did not resolve, so an install can be checked from a
 * script.
 */
@Command(name = "about", header = "show the installed Dossier bundles and the contributions to its extension points", //$NON-NLS-1$ //$NON-NLS-2$
		synopsisHeading = "usage: ", descriptionHeading = "%n", optionListHeading = "%n", exitCodeListHeading = "%nExit status:%n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		description = "Lists the Java runtime, each bundle whose name starts with \"dossier\" and its state, and every contribution " //$NON-NLS-1$
				+ "to an extension point declared by a Dossier bundle (importers, recognisers, licence rules, build participants...).", //$NON-NLS-1$
		exitCodeList = { "0:every Dossier bundle resolved", "1:a Dossier bundle is not resolved", "2:usage error" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
public class AboutCommand extends ParsedCommand {

	@Override
	protected int execute(Console console) throws UsageException {
		console.out().printf("Java %s (%s), %s %s%n", System.getProperty("java.version"), //$NON-NLS-1$ //$NON-NLS-2$
				System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Bundle self = FrameworkUtil.getBundle(AboutCommand.class);
		if (self == null) {
			console.out().println("Not running inside OSGi: no bundles or extensions to list."); //$NON-NLS-1$
			return ExitCode.OK;
		}
		int unresolved = Osgi.printBundles(self.getBundleContext().getBundles(), console);
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry != null) {
			Osgi.printContributions(registry, console);
		}
		if (unresolved > 0) {
			console.error(unresolved + " Dossier bundle(s) did not resolve"); //$NON-NLS-1$
			return ExitCode.PROBLEMS;
		}
		return ExitCode.OK;
	}

	/**
	 * What needs OSGi's types in its signatures, apart: picocli reflects on the command's own methods, and in a
	 * plain JVM ({@code dossier.cli.Main}) there is no {@code org.osgi.framework} to load.
	 */
	private static final class Osgi {

		private Osgi() {
		}

		private static int printBundles(Bundle[] bundles, Console console) {
			console.out().println();
			console.out().println("Bundles:"); //$NON-NLS-1$
			int unresolved = 0;
			List<Bundle> dossier = Arrays.stream(bundles).filter(bundle -> bundle.getSymbolicName() != null
					&& bundle.getSymbolicName().startsWith("dossier")) //$NON-NLS-1$
					.sorted(Comparator.comparing(Bundle::getSymbolicName)).toList();
			for (Bundle bundle : dossier) {
				String state = state(bundle.getState());
				if (bundle.getState() == Bundle.INSTALLED || bundle.getState() == Bundle.UNINSTALLED) {
					unresolved++;
				}
				console.out().printf("  %-40s %-24s %s%n", bundle.getSymbolicName(), bundle.getVersion(), state); //$NON-NLS-1$
			}
			return unresolved;
		}

		private static void printContributions(IExtensionRegistry registry, Console console) {
			List<IExtensionPoint> points = Arrays.stream(registry.getExtensionPoints())
					.filter(point -> point.getNamespaceIdentifier().startsWith("dossier")) //$NON-NLS-1$
					.sorted(Comparator.comparing(IExtensionPoint::getUniqueIdentifier)).toList();
			for (IExtensionPoint point : points) {
				console.out().println();
				console.out().printf("%s (declared by %s):%n", point.getUniqueIdentifier(), point.getNamespaceIdentifier()); //$NON-NLS-1$
				IExtension[] extensions = point.getExtensions();
				if (extensions.length == 0) {
					console.out().println("  (no contributions)"); //$NON-NLS-1$
				}
				for (IExtension extension : extensions) {
					for (IConfigurationElement element : extension.getConfigurationElements()) {
						String id = element.getAttribute("id"); //$NON-NLS-1$
						String label = element.getAttribute("name"); //$NON-NLS-1$
						console.out().printf("  %-12s %-44s %s  [%s]%n", element.getName(), id == null ? "" : id, //$NON-NLS-1$ //$NON-NLS-2$
								label == null ? "" : label, extension.getContributor().getName()); //$NON-NLS-1$
					}
				}
			}
		}

		private static String state(int state) {
			return switch (state) {
			case Bundle.INSTALLED -> "INSTALLED (not resolved)"; //$NON-NLS-1$
			case Bundle.RESOLVED -> "RESOLVED"; //$NON-NLS-1$
			case Bundle.STARTING -> "STARTING (lazy)"; //$NON-NLS-1$
			case Bundle.ACTIVE -> "ACTIVE"; //$NON-NLS-1$
			case Bundle.STOPPING -> "STOPPING"; //$NON-NLS-1$
			default -> String.format(Locale.ROOT, "state %d", state); //$NON-NLS-1$
			};
		}
	}
}
