// SPDX-License-Identifier: EPL-2.0
/**
 * The Article Explorer: the analyst's view of the corpora in the workspace, fed from each corpus's index. This
 * package holds only the identifiers other bundles need; everything else is internal.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, TYPE_BOUND, TYPE_ARGUMENT })
package dossier.explorer.ui;

import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_ARGUMENT;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_BOUND;

import org.eclipse.jdt.annotation.NonNullByDefault;
