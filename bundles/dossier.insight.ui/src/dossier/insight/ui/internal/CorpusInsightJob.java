// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Control;

import dossier.insight.Insight;
import dossier.insight.ui.InsightUi;
import dossier.ui.ViewJob;

/**
 * Reads a corpus's facts (or takes them from {@link InsightCache}) and computes one result from them, off the UI
 * thread, then hands it to the view on the UI thread ({@link ViewJob}), from every article or from the articles it
 * is {@linkplain #limitTo limited to}. Belongs to {@link InsightUi#JOB_FAMILY} and to its owner's family.
 *
 * @param <T> what it computes
 */
abstract class CorpusInsightJob<T> extends ViewJob<T> {

	private final IProject project;
	private volatile @Nullable Set<String> articles;

	CorpusInsightJob(String name, IProject project, Object owner, Control control) {
		super(name, InsightUi.JOB_FAMILY, owner, control);
		this.project = project;
	}

	/** Computes from the articles {@code ids} only (those selected in the Explorer); null for every article. */
	final void limitTo(@Nullable Set<String> ids) {
		articles = ids;
	}

	/** The result, computed from {@code insight}; checks {@code monitor} for cancellation. */
	abstract T compute(Insight insight, IProgressMonitor monitor);

	@Override
	protected final T compute(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		Insight insight = InsightCache.get(project, progress.split(8));
		Set<String> only = articles;
		return compute(only == null ? insight : insight.only(only), progress.split(2));
	}
}
