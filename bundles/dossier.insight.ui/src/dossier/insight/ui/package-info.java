// SPDX-License-Identifier: EPL-2.0
/**
 * The corpus seen whole: the Timeline view and the Corpus Overview, drawn in SWT from what the insight engine
 * ({@code dossier.insight}) computes in jobs, each chart linked to the Article Explorer's filters.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, TYPE_BOUND, TYPE_ARGUMENT })
package dossier.insight.ui;

import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_ARGUMENT;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_BOUND;

import org.eclipse.jdt.annotation.NonNullByDefault;
