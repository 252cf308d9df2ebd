// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Control;

/**
 * What a {@link CorpusComputation} drives: the part (a view, the Overview editor) that shows one computed result
 * of a corpus, and says what it is doing meanwhile.
 *
 * @param <T> what its job computes
 */
interface InsightDisplay<T> {

	/** The control whose text tells what the part is doing (computing, failed, no corpus); null before it is made. */
	@Nullable Control statusControl();

	/** Shows {@code text} in the status control. */
	void status(String text);

	/** The job computing what the part shows for {@code project}, with the part's current choices. */
	CorpusInsightJob<T> newJob(IProject project);

	/** Shows a computed result (UI thread). */
	void show(T result);

	/** No corpus is chosen: clears what the part shows. */
	void showNoCorpus();
}
