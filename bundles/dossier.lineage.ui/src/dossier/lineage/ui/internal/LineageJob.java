// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import org.eclipse.swt.widgets.Control;

import dossier.lineage.ui.LineageUi;
import dossier.ui.ViewJob;

/**
 * The Lineage view's background work ({@link ViewJob}), in {@link LineageUi#JOB_FAMILY} and in the view's family
 * (the view cancels its jobs when it closes).
 *
 * @param <T> what it computes
 */
abstract class LineageJob<T> extends ViewJob<T> {

	LineageJob(String name, Object owner, Control control) {
		super(name, LineageUi.JOB_FAMILY, owner, control);
	}
}
