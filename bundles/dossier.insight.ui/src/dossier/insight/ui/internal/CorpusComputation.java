// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

/**
 * The computation behind an insight part: one {@link CorpusInsightJob} at a time for the part's corpus (a newer
 * one cancels the older, whose result is then dropped), and a recomputation a moment after the corpus changes (a
 * build changes many files at once). The corpus is the view's chosen one, or the Overview editor's input.
 *
 * @param <T> what the part's job computes
 */
final class CorpusComputation<T> {

	/** Quiet time after the corpus changed (a build changes many files) before the part recomputes. */
	static final int CHANGED_DELAY_MS = 500;

	private final IWorkbenchPartSite site;
	private final Supplier<@Nullable IProject> corpus;
	private final InsightDisplay<T> display;
	private final Consumer<IProject> corpusChanged = this::corpusChanged;
	private @Nullable CorpusInsightJob<T> job;
	private boolean changePending;

	CorpusComputation(IWorkbenchPartSite site, Supplier<@Nullable IProject> corpus, InsightDisplay<T> display) {
		this.site = site;
		this.corpus = corpus;
		this.display = display;
	}

	/** Starts following the corpora's changes; call once the part's controls exist. */
	void start() {
		InsightCache.addListener(corpusChanged);
	}

	/** Reads the corpus again (its facts may have changed) and recomputes. */
	void recompute() {
		IProject project = corpus.get();
		if (project != null) {
			InsightCache.forget(project);
		}
		recomputeFromMemory();
	}

	/** Recomputes from the corpus's facts as last read (only the part's choices changed). */
	void recomputeFromMemory() {
		Control control = display.statusControl();
		if (control == null || control.isDisposed()) {
			return; // not created yet, or closed
		}
		CorpusInsightJob<T> previous = job;
		if (previous != null) {
			previous.cancel();
		}
		IProject project = corpus.get();
		if (project == null) {
			display.showNoCorpus();
			return;
		}
		display.status(Messages.Computing);
		CorpusInsightJob<T> next = display.newJob(project);
		job = next;
		next.onDone(outcome -> {
			if (job != next) {
				return; // a newer computation replaced this one
			}
			T result = outcome.result();
			if (result == null) {
				display.status(NLS.bind(Messages.Failed, outcome.problem()));
			} else {
				display.show(result);
			}
		});
		site.getService(IWorkbenchSiteProgressService.class).schedule(next);
	}

	private void corpusChanged(IProject project) {
		Control control = display.statusControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (control.isDisposed() || changePending || !project.equals(corpus.get())) {
				return;
			}
			changePending = true;
			control.getDisplay().timerExec(CHANGED_DELAY_MS, () -> {
				changePending = false;
				recomputeFromMemory();
			});
		});
	}

	/** Stops following the corpora and cancels the running job; the part is closing. */
	void dispose() {
		InsightCache.removeListener(corpusChanged);
		CorpusInsightJob<T> running = job;
		if (running != null) {
			running.cancel();
		}
	}
}
