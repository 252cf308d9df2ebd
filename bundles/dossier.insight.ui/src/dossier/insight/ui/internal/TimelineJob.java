// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;

import dossier.insight.Dimension;
import dossier.insight.Granularity;
import dossier.insight.Insight;
import dossier.insight.Timeline;

/** Computes the Timeline view's {@link Timeline} of a corpus. */
final class TimelineJob extends CorpusInsightJob<Timeline> {

	private final Granularity granularity;
	private final Dimension dimension;
	private final boolean once;

	TimelineJob(IProject project, Granularity granularity, Dimension dimension, boolean once, Object owner,
			Control control) {
		super(NLS.bind(Messages.TimelineJob_name, project.getName()), project, owner, control);
		this.granularity = granularity;
		this.dimension = dimension;
		this.once = once;
	}

	@Override
	Timeline compute(Insight insight, IProgressMonitor monitor) {
		return insight.timeline(granularity, dimension, once, monitor::isCanceled);
	}
}
