// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;

import dossier.insight.Insight;

/**
 * Finds the articles of a corpus whose DATE mentions name a day of a period (a brush over the Timeline's events
 * band): the index does not hold mentions, the corpus's facts do ({@link Insight#mentioning}).
 */
final class EventArticlesJob extends CorpusInsightJob<List<String>> {

	private final LocalDate first;
	private final LocalDate last;

	EventArticlesJob(IProject project, LocalDate first, LocalDate last, Object owner, Control control) {
		super(NLS.bind(Messages.Timeline_eventsJob_name, project.getName()), project, owner, control);
		this.first = first;
		this.last = last;
	}

	@Override
	List<String> compute(Insight insight, IProgressMonitor monitor) {
		return insight.mentioning(first, last);
	}
}
