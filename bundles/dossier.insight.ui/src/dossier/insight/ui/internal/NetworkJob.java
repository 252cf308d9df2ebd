// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;

import dossier.insight.ArticleFacts;
import dossier.insight.Insight;
import dossier.insight.Network;
import dossier.insight.NetworkOptions;

/**
 * Computes the Entity network view's {@link Network} of a corpus: the entities, their links, groups and centrality,
 * and the force-directed layout, all off the UI thread (the canvas only scales the layout to its size).
 */
final class NetworkJob extends CorpusInsightJob<Network> {

	private final boolean once;
	private final Set<String> types;
	private final int minWeight;
	private final boolean largestOnly;
	private final int newestDays;

	/** @param newestDays the days of publication taken, up to the newest article's; 0 for every article */
	NetworkJob(IProject project, boolean once, Set<String> types, int minWeight, boolean largestOnly, int newestDays,
			Object owner, Control control) {
		super(NLS.bind(Messages.NetworkJob_name, project.getName()), project, owner, control);
		this.once = once;
		this.types = types;
		this.minWeight = minWeight;
		this.largestOnly = largestOnly;
		this.newestDays = newestDays;
	}

	@Override
	Network compute(Insight insight, IProgressMonitor monitor) {
		LocalDate from = null;
		LocalDate to = null;
		if (newestDays > 0) {
			to = insight.articles().stream().map(ArticleFacts::published).filter(Objects::nonNull)
					.max(LocalDate::compareTo).orElse(null);
			from = to == null ? null : to.minusDays(newestDays - 1L);
		}
		return insight.network(new NetworkOptions(once, types, minWeight, NetworkOptions.DEFAULT_MAX_NODES, from, to,
				largestOnly), monitor::isCanceled);
	}
}
