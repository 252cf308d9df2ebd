package dossier.ingest;

import java.util.ArrayList;
import java.util.List;

import dossier.ingest.internal.ExtensionReader;
import dossier.ingest.internal.text.PlainTextImporter;

/**
 * The importers Dossier knows. {@link #builtIn()} works in any JVM; {@link #available()} adds the contributions
 * to the extension point {@code dossier.importers} when running inside Eclipse/OSGi.
 */
public final class Importers {

	private Importers() {
	}

	/** The importers this bundle ships, as plain Java (the same ones its plugin.xml contributes). */
	public static List<ImporterDescriptor> builtIn() {
		List<ImporterDescriptor> list = new ArrayList<>();
		list.add(new ImporterDescriptor(PlainTextImporter.ID, "Plain text article", List.of("txt", "text"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of("text/plain"), 0, PlainTextImporter::new)); //$NON-NLS-1$
		return List.copyOf(list);
	}

	/**
	 * Inside OSGi, every contribution to {@code dossier.importers} (the built-in ones included, as this bundle
	 * contributes them); in a plain JVM, {@link #builtIn()}.
	 */
	public static List<ImporterDescriptor> available() {
		try {
			List<ImporterDescriptor> contributed = ExtensionReader.importers();
			if (contributed != null && !contributed.isEmpty()) {
				return contributed;
			}
		} catch (LinkageError e) {
			// no extension registry on the class path: a plain JVM
		}
		return builtIn();
	}
}
