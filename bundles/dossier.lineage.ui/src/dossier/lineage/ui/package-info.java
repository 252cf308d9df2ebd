// SPDX-License-Identifier: EPL-2.0
/**
 * The Lineage view: the chain of the selected article (its originals, the article, its translations and
 * republications) drawn as a graph in SWT from what the lineage engine ({@code dossier.lineage}) computes in a
 * job, with the evidence of each link and the analyst's decisions on it.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, TYPE_BOUND, TYPE_ARGUMENT })
package dossier.lineage.ui;

import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_ARGUMENT;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_BOUND;

import org.eclipse.jdt.annotation.NonNullByDefault;
