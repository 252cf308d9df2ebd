// SPDX-License-Identifier: EPL-2.0
/**
 * Importing articles: an {@link dossier.ingest.Importer} reads one format (contributed through the extension
 * point {@code dossier.importers}, listed by {@link dossier.ingest.Importers}); {@link dossier.ingest.Ingest}
 * drives a run over files, folders and zip archives into a {@link dossier.core.store.Corpus}, reporting each
 * source's articles or one-line failure reasons. Plain Java: runs in a test, on the command line and in the
 * workbench.
 */
@NonNullByDefault
package dossier.ingest;

import org.eclipse.jdt.annotation.NonNullByDefault;
