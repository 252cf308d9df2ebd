// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;

import dossier.insight.Geography;
import dossier.insight.Insight;
import dossier.insight.PlaceMap;

/** Computes the Map view's {@link PlaceMap} of a corpus (reading the geography, on first use, too). */
final class MapJob extends CorpusInsightJob<PlaceMap> {

	private final boolean once;

	MapJob(IProject project, boolean once, Object owner, Control control) {
		super(NLS.bind(Messages.MapJob_name, project.getName()), project, owner, control);
		this.once = once;
	}

	@Override
	PlaceMap compute(Insight insight, IProgressMonitor monitor) {
		Geography.get();
		return insight.map(once, monitor::isCanceled);
	}
}
