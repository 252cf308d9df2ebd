// SPDX-License-Identifier: EPL-2.0
/**
 * The lineage engine's view of a corpus project: {@link dossier.workspace.lineage.ProjectLineage} links a
 * project's articles (cancellably, from a job), applies the analysts' decisions of its {@code lineage.json},
 * gathers the chain of one article (its originals, the article, its translations and republications) with what a
 * reader needs of each article, and stores a decision. Headless: no SWT, no workbench.
 */
@NonNullByDefault
package dossier.workspace.lineage;

import org.eclipse.jdt.annotation.NonNullByDefault;
