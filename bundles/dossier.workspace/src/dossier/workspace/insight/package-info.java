// SPDX-License-Identifier: EPL-2.0
/**
 * The insight engine's view of a corpus project: {@link dossier.workspace.insight.ProjectInsight} gathers each
 * article's facts (its metadata, the entities and dates its mentions link to, its licence markers) and the
 * lineage links between copies, for the workbench's timeline and overview and for anything else that needs them.
 */
@NonNullByDefault
package dossier.workspace.insight;

import org.eclipse.jdt.annotation.NonNullByDefault;
