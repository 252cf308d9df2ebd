// SPDX-License-Identifier: EPL-2.0
package dossier.ingest;

import java.util.ArrayList;
import java.util.List;

import dossier.ingest.internal.ExtensionReader;
import dossier.ingest.internal.feed.FeedImporter;
import dossier.ingest.internal.html.HtmlImporter;
import dossier.ingest.internal.jsonl.JsonLinesImporter;
import dossier.ingest.internal.text.PlainTextImporter;
import dossier.ingest.internal.warc.WarcImporter;

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
		list.add(new ImporterDescriptor(HtmlImporter.ID, "HTML page", List.of("html", "htm", "xhtml"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				List.of("text/html", "application/xhtml+xml"), 0, HtmlImporter::new)); //$NON-NLS-1$ //$NON-NLS-2$
		list.add(new ImporterDescriptor(FeedImporter.ID, "RSS or Atom feed", List.of("rss", "atom", "xml"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				List.of("application/rss+xml", "application/atom+xml", "application/xml", "text/xml"), 0, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				FeedImporter::new));
		list.add(new ImporterDescriptor(WarcImporter.ID, "WARC web archive", List.of("warc", "warc.gz"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of("application/warc"), 0, WarcImporter::new)); //$NON-NLS-1$
		list.add(new ImporterDescriptor(JsonLinesImporter.ID, "JSON Lines of Dossier articles", //$NON-NLS-1$
				List.of("jsonl", "ndjson"), List.of("application/x-ndjson", "application/jsonl"), 0, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				JsonLinesImporter::new));
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
