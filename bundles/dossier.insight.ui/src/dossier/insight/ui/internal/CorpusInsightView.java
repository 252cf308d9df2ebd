// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import dossier.explorer.ui.ExplorerFilters;

/**
 * What the insight views share: the corpus they follow ({@link CorpusPicker}), one computation at a time in a
 * {@link CorpusInsightJob} (a newer one cancels the older, whose result is then dropped), a recomputation a moment
 * after the corpus changes (a build changes many files at once), and filtering the Article Explorer.
 *
 * @param <T> what the view's job computes
 */
abstract class CorpusInsightView<T> extends ViewPart implements ChartPart {

	/** The most article ids a click hands to the Explorer's search; more are searched by name. */
	static final int MOST_IDS = 400;

	/** Quiet time after the corpus changed (a build changes many files) before the view recomputes. */
	static final int CHANGED_DELAY_MS = 500;

	/** The corpus followed; set by the subclass's {@code createPartControl}. */
	protected CorpusPicker corpora;
	private @Nullable CorpusInsightJob<T> job;
	private boolean changePending;
	private final Consumer<IProject> corpusChanged = this::corpusChanged;

	/**
	 * Lays {@code parent} out as a column, gives it {@code helpContext} (F1), and makes the view's top bar: the
	 * corpus picker, then room for the view's own {@code choices} controls.
	 */
	final Composite topBar(Composite parent, String helpContext, int choices) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, helpContext);
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(CorpusPicker.COLUMNS + choices, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		corpora = new CorpusPicker(bar, this::recompute);
		return bar;
	}

	/**
	 * The "Count each story once" check box, in {@code bar}, {@code selected} at first; toggling it tells
	 * {@code changed} and recomputes from the facts in memory.
	 */
	final Button onceButton(Composite bar, boolean selected, Consumer<Boolean> changed) {
		Button button = new Button(bar, SWT.CHECK);
		button.setText(Messages.CountOnce);
		button.setToolTipText(Messages.CountOnce_tooltip);
		button.setSelection(selected);
		button.addListener(SWT.Selection, event -> {
			changed.accept(button.getSelection());
			recomputeFromMemory();
		});
		return button;
	}

	/** A label across the view, wrapping (the summary, hints). */
	static Label wrappingLabel(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return label;
	}

	/** The control whose text tells what the view is doing (computing, failed, no corpus). */
	abstract Control statusControl();

	/** Shows {@code text} in the status control. */
	abstract void status(String text);

	/** The job computing what the view shows for {@code project}, with the view's current choices. */
	abstract CorpusInsightJob<T> newJob(IProject project);

	/** Shows a computed result (UI thread). */
	abstract void show(T result);

	/** No corpus is chosen: clears what the view shows. */
	void showNoCorpus() {
		status(Messages.NoCorpus);
	}

	/** Starts following the corpora's changes and computes for the chosen one; the last step of createPartControl. */
	final void start() {
		InsightCache.addListener(corpusChanged);
		corpora.fill();
		recompute();
	}

	/** Reads the corpus again (its facts may have changed) and recomputes. */
	@Override
	public void recompute() {
		IProject project = corpora.current();
		if (project != null) {
			InsightCache.forget(project);
		}
		recomputeFromMemory();
	}

	/** Recomputes from the corpus's facts as last read (only the view's choices changed). */
	final void recomputeFromMemory() {
		Control control = statusControl();
		if (control == null || control.isDisposed()) {
			return; // not created yet, or closed
		}
		CorpusInsightJob<T> previous = job;
		if (previous != null) {
			previous.cancel();
		}
		IProject project = corpora.current();
		if (project == null) {
			showNoCorpus();
			return;
		}
		status(Messages.Computing);
		CorpusInsightJob<T> next = newJob(project);
		job = next;
		next.onDone(outcome -> {
			if (job != next) {
				return; // a newer computation replaced this one
			}
			T result = outcome.result();
			if (result == null) {
				status(NLS.bind(Messages.Failed, outcome.problem()));
			} else {
				show(result);
			}
		});
		getSite().getService(IWorkbenchSiteProgressService.class).schedule(next);
	}

	private void corpusChanged(IProject project) {
		Control control = statusControl();
		control.getDisplay().asyncExec(() -> {
			if (control.isDisposed() || changePending || !project.equals(corpora.current())) {
				return;
			}
			changePending = true;
			control.getDisplay().timerExec(CHANGED_DELAY_MS, () -> {
				changePending = false;
				recomputeFromMemory();
			});
		});
	}

	/**
	 * The Explorer's search for the articles {@code ids} (of a place, an entity): their ids, or {@code byName} when
	 * there are more than {@link #MOST_IDS} (too long a query) or none.
	 */
	static String articlesQuery(List<String> ids, Supplier<String> byName) {
		return ids.isEmpty() || ids.size() > MOST_IDS ? byName.get() : "id:(" + String.join(" OR ", ids) + ')'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@code name} as a phrase of the Explorer's query syntax. */
	static String quoted(String name) {
		return '"' + name.replace("\"", "") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Shows the Article Explorer searched for {@code query} (in its query syntax) over the view's corpus. */
	final void searchInExplorer(String query) {
		IProject project = corpora.current();
		if (project == null) {
			return;
		}
		try {
			ExplorerFilters.search(getSite().getPage(), project, query);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("Article Explorer could not be shown", e); //$NON-NLS-1$
		}
	}

	/** A file name for the view's exports: {@code prefix}, then the corpus's name ({@code map-Samples}). */
	final String exportName(String prefix) {
		IProject project = corpora.current();
		return prefix + '-' + (project == null ? "corpus" : project.getName()); //$NON-NLS-1$
	}

	/** Shows the articles with {@code value} for the filter {@code key} in the Article Explorer. */
	final void showInExplorer(String key, String value) {
		IProject project = corpora.current();
		if (project == null) {
			return;
		}
		try {
			ExplorerFilters.filter(getSite().getPage(), project, key, value);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("Article Explorer could not be shown", e); //$NON-NLS-1$
		}
	}

	@Override
	public void dispose() {
		InsightCache.removeListener(corpusChanged);
		CorpusInsightJob<T> running = job;
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}

	// For the workbench tests.

	CorpusPicker corpora() {
		return corpora;
	}
}
