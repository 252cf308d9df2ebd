// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui;

/** Identifiers of the Lineage view that other bundles (and tests) refer to. */
public final class LineageUi {

	/** The Lineage view: the chain of the selected article, as a graph. */
	public static final String VIEW_ID = "dossier.lineage.view"; //$NON-NLS-1$

	/** Family of the view's jobs (computing a chain, storing a decision), so tests and shutdown can join them. */
	public static final Object JOB_FAMILY = LineageUi.class;

	private LineageUi() {
	}
}
