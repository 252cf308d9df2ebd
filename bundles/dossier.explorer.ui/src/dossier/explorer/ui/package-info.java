// SPDX-License-Identifier: EPL-2.0
/**
 * The Article Explorer: the analyst's view of the corpora in the workspace, fed from each corpus's index. This
 * package holds only the identifiers other bundles need; everything else is internal.
 */
package dossier.explorer.ui;
