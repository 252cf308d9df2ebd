// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * What the insight views share: the corpus they follow ({@link CorpusPicker}), its {@link CorpusComputation} (one
 * {@link CorpusInsightJob} at a time, recomputed after the corpus changes) and the {@link ExplorerLink} that
 * filters the Article Explorer; and, for the views that offer it, the "Selected articles" toggle that limits the
 * view to the articles selected in the Explorer ({@link ExplorerSelection}). The Overview editor hosts the
 * computation and the link on its input instead of a picker.
 *
 * @param <T> what the view's job computes
 */
abstract class CorpusInsightView<T> extends ViewPart implements ChartPart {

	/** The most article ids a click hands to the Explorer's search; more are searched by name. */
	static final int MOST_IDS = ExplorerLink.MOST_IDS;

	/** Quiet time after the corpus changed (a build changes many files) before the view recomputes. */
	static final int CHANGED_DELAY_MS = CorpusComputation.CHANGED_DELAY_MS;

	/** The corpus followed; set by the subclass's {@code createPartControl}. */
	protected CorpusPicker corpora;
	private @Nullable CorpusComputation<T> computation;
	private @Nullable ExplorerLink explorer;
	private @Nullable Button selectedButton;
	private @Nullable ExplorerSelection selection;
	private @Nullable Label summary;
	private String scopeNote = ""; //$NON-NLS-1$

	/**
	 * Lays {@code parent} out as a column, gives it {@code helpContext} (F1), and makes the view's top bar: the
	 * corpus picker, then room for the view's own {@code choices} controls.
	 */
	final Composite topBar(Composite parent, String helpContext, int choices) {
		return topBar(parent, helpContext, new GridLayout(CorpusPicker.COLUMNS + choices, false));
	}

	/** As {@link #topBar(Composite, String, int)}, for a view with many choices: they wrap onto more rows. */
	final Composite wrappingTopBar(Composite parent, String helpContext) {
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.center = true;
		row.wrap = true;
		return topBar(parent, helpContext, row);
	}

	private Composite topBar(Composite parent, String helpContext, Layout layout) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, helpContext);
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(layout);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		corpora = new CorpusPicker(bar, this::recompute);
		return bar;
	}

	/** The view's computation, made on first use (a view may lay out its own bar instead of {@link #topBar}). */
	private CorpusComputation<T> computation() {
		CorpusComputation<T> made = computation;
		if (made == null) {
			made = new CorpusComputation<>(getSite(), this::current, new InsightDisplay<T>() {
				@Override
				public @Nullable Control statusControl() {
					return CorpusInsightView.this.statusControl();
				}

				@Override
				public void status(String text) {
					CorpusInsightView.this.status(text);
				}

				@Override
				public CorpusInsightJob<T> newJob(IProject project) {
					CorpusInsightJob<T> job = CorpusInsightView.this.newJob(project);
					job.limitTo(scope(project));
					return job;
				}

				@Override
				public void show(T result) {
					CorpusInsightView.this.show(result);
				}

				@Override
				public void showNoCorpus() {
					CorpusInsightView.this.showNoCorpus();
				}
			});
			computation = made;
		}
		return made;
	}

	private @Nullable IProject current() {
		return corpora == null ? null : corpora.current();
	}

	/**
	 * The "Count each story once" check box, in {@code bar}, {@code selected} at first; toggling it tells
	 * {@code changed} and recomputes from the facts in memory.
	 */
	final Button onceButton(Composite bar, boolean selected, Consumer<Boolean> changed) {
		return onceButton(bar, selected, changed, this::recomputeFromMemory);
	}

	/** {@link #onceButton(Composite, boolean, Consumer)} for any part: toggling it runs {@code recompute}. */
	static Button onceButton(Composite bar, boolean selected, Consumer<Boolean> changed, Runnable recompute) {
		Button button = new Button(bar, SWT.CHECK);
		button.setText(Messages.CountOnce);
		button.setToolTipText(Messages.CountOnce_tooltip);
		button.setSelection(selected);
		button.addListener(SWT.Selection, event -> {
			changed.accept(button.getSelection());
			recompute.run();
		});
		return button;
	}

	/**
	 * The "Selected articles" check box, in {@code bar}: ticked, the view shows only the articles of its corpus
	 * selected in the Article Explorer, and follows that selection; the whole corpus, and says so
	 * ({@link #scopeNote()}), when none is selected.
	 */
	final Button selectedButton(Composite bar) {
		Button button = new Button(bar, SWT.CHECK);
		button.setText(Messages.Selected);
		button.setToolTipText(Messages.Selected_tooltip);
		button.addListener(SWT.Selection, event -> recomputeFromMemory());
		selection = new ExplorerSelection(getSite().getWorkbenchWindow(), () -> {
			if (!button.isDisposed() && button.getSelection()) {
				recomputeFromMemory();
			}
		});
		selectedButton = button;
		return button;
	}

	/** The articles the next job is limited to: null for the whole corpus. Sets {@link #scopeNote()}. */
	private @Nullable Set<String> scope(IProject project) {
		Button button = selectedButton;
		ExplorerSelection followed = selection;
		if (button == null || followed == null || !button.getSelection()) {
			scopeNote = ""; //$NON-NLS-1$
			return null;
		}
		Set<String> ids = followed.ids(project);
		scopeNote = ids.isEmpty() ? Messages.Selected_none : Messages.Selected_some;
		return ids.isEmpty() ? null : ids;
	}

	/**
	 * What the result shown was computed from, to put before the view's summary: the articles selected in the
	 * Explorer, or the whole corpus for want of any; empty when the view was not asked to follow the Explorer.
	 */
	final String scopeNote() {
		return scopeNote;
	}

	/** A label across the view, wrapping (the summary, hints). */
	static Label wrappingLabel(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return label;
	}

	/**
	 * Makes the view's summary, a {@link #wrappingLabel} in {@code parent}: what the view shows, and its status
	 * control unless the view has another.
	 */
	final Label summaryLabel(Composite parent) {
		Label label = wrappingLabel(parent);
		summary = label;
		return label;
	}

	/** The summary made by {@link #summaryLabel(Composite)}. */
	final Label summary() {
		Label label = summary;
		if (label == null) {
			throw new IllegalStateException("The view made no summary label"); //$NON-NLS-1$
		}
		return label;
	}

	/** The control whose text tells what the view is doing (computing, failed, no corpus): its summary. */
	Control statusControl() {
		return summary();
	}

	/** Shows {@code text} in the status control. */
	void status(String text) {
		summary().setText(text);
	}

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
		computation().start();
		corpora.fill();
		recompute();
	}

	/** Focuses the corpus picker. */
	@Override
	public void setFocus() {
		corpora.combo().setFocus();
	}

	/** Reads the corpus again (its facts may have changed) and recomputes. */
	@Override
	public void recompute() {
		computation().recompute();
	}

	/** Recomputes from the corpus's facts as last read (only the view's choices changed). */
	final void recomputeFromMemory() {
		computation().recomputeFromMemory();
	}

	/** See {@link ExplorerLink#articlesQuery}. */
	static String articlesQuery(List<String> ids, Supplier<String> byName) {
		return ExplorerLink.articlesQuery(ids, byName);
	}

	/** {@code name} as a phrase of the Explorer's query syntax. */
	static String quoted(String name) {
		return ExplorerLink.quoted(name);
	}

	/** Shows the Article Explorer searched for {@code query} (in its query syntax) over the view's corpus. */
	final void searchInExplorer(String query) {
		explorer().search(query);
	}

	/** A file name for the view's exports: {@code prefix}, then the corpus's name ({@code map-Samples}). */
	final String exportName(String prefix) {
		return explorer().exportName(prefix);
	}

	/** Shows the articles with {@code value} for the filter {@code key} in the Article Explorer (null lifts it). */
	final void showInExplorer(String key, @Nullable String value) {
		explorer().filter(key, value);
	}

	/** How the view shows articles in the Explorer, made on first use. */
	final ExplorerLink explorer() {
		ExplorerLink link = explorer;
		if (link == null) {
			link = new ExplorerLink(getSite(), this::current);
			explorer = link;
		}
		return link;
	}

	@Override
	public void dispose() {
		CorpusComputation<T> running = computation;
		if (running != null) {
			running.dispose();
		}
		ExplorerSelection followed = selection;
		if (followed != null) {
			followed.dispose();
		}
		super.dispose();
	}

	// For the workbench tests.

	CorpusPicker corpora() {
		return corpora;
	}

	@Nullable Button selectedButton() {
		return selectedButton;
	}

	String summaryText() {
		return summary().getText();
	}
}
