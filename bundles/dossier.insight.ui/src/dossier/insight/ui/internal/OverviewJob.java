// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;

import dossier.insight.Insight;
import dossier.insight.Overview;

/** Computes the Corpus Overview's {@link Overview} of a corpus. */
final class OverviewJob extends CorpusInsightJob<Overview> {

	/** How many entities of each type the overview lists. */
	static final int TOP = 10;

	private final boolean once;

	OverviewJob(IProject project, boolean once, Object owner, Control control) {
		super(NLS.bind(Messages.OverviewJob_name, project.getName()), project, owner, control);
		this.once = once;
	}

	@Override
	Overview compute(Insight insight, IProgressMonitor monitor) {
		return insight.overview(once, TOP, monitor::isCanceled);
	}
}
