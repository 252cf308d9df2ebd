// SPDX-License-Identifier: EPL-2.0
/**
 * Corpora as Eclipse projects: the corpus nature, the article content type, and the one incremental corpus
 * builder that other bundles hook into with {@link dossier.workspace.CorpusBuildParticipant}s (extension point
 * {@code dossier.buildParticipants}). Headless: no SWT, no workbench.
 */
@NonNullByDefault
package dossier.workspace;

import org.eclipse.jdt.annotation.NonNullByDefault;
