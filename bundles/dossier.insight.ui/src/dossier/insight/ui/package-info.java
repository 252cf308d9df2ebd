// SPDX-License-Identifier: EPL-2.0
/**
 * The corpus seen whole: the Timeline view and the Corpus Overview, drawn in SWT from what the insight engine
 * ({@code dossier.insight}) computes in jobs, each chart linked to the Article Explorer's filters.
 */
package dossier.insight.ui;
