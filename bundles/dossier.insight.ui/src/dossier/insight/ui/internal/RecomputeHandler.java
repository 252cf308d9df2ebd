// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.handlers.HandlerUtil;

/** Reads the corpus of the active chart again and recomputes it. */
public class RecomputeHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof ChartPart chart) {
			chart.recompute();
		}
		return null;
	}
}
