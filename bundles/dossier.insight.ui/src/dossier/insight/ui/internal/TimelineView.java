// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;

import dossier.explorer.ui.ExplorerFilters;
import dossier.insight.Dimension;
import dossier.insight.Granularity;
import dossier.insight.InsightCsv;
import dossier.insight.Timeline;
import dossier.ui.Counts;
import dossier.ui.HelpContexts;

/**
 * The Timeline view: the chosen corpus's articles per day, week or month, stacked by language, publisher,
 * licence or licence check, with the dated events they mention below ({@link TimelineCanvas}). Computed in a
 * {@link TimelineJob}; recomputed when the corpus changes. A brush over bars shows their articles in the Article
 * Explorer ({@link ExplorerFilters#PERIOD}); a brush over the events band, the articles that mention a day of the
 * period (found by an {@link EventArticlesJob}, searched by id).
 */
public class TimelineView extends CorpusInsightView<Timeline> {

	private static final String KEY_GRANULARITY = "granularity"; //$NON-NLS-1$
	private static final String KEY_DIMENSION = "dimension"; //$NON-NLS-1$
	private static final String KEY_ONCE = "once"; //$NON-NLS-1$

	private Granularity granularity = Granularity.MONTH;
	private Dimension dimension = Dimension.LANGUAGE;
	private boolean once;
	private ComboViewer granularities;
	private ComboViewer dimensions;
	private Button onceButton;
	private TimelineCanvas chart;
	private Label status;
	private String summary = ""; //$NON-NLS-1$
	/** The Explorer search the last brush over the events band set; lifted by a brush over the bars. */
	private @Nullable String eventsSearch;

	@Override
	public void init(@Nullable IViewSite site, @Nullable IMemento memento) throws PartInitException {
		super.init(site, memento);
		if (memento != null) {
			granularity = parse(Granularity.class, memento.getString(KEY_GRANULARITY), granularity);
			dimension = parse(Dimension.class, memento.getString(KEY_DIMENSION), dimension);
			once = Boolean.TRUE.equals(memento.getBoolean(KEY_ONCE));
		}
	}

	@Override
	public void saveState(@Nullable IMemento memento) {
		memento.putString(KEY_GRANULARITY, granularity.name());
		memento.putString(KEY_DIMENSION, dimension.name());
		memento.putBoolean(KEY_ONCE, once);
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite bar = topBar(parent, HelpContexts.TIMELINE_VIEW, 5);
		new Label(bar, SWT.NONE).setText(Messages.Granularity);
		granularities = combo(bar, Granularity.values(), granularity, value -> {
			granularity = (Granularity) value;
			recomputeFromMemory();
		});
		new Label(bar, SWT.NONE).setText(Messages.Stack);
		dimensions = combo(bar, Dimension.values(), dimension, value -> {
			dimension = (Dimension) value;
			recomputeFromMemory();
		});
		onceButton = onceButton(bar, once, selected -> once = selected);
		chart = new TimelineCanvas(parent, this::brushed, this::eventsBrushed);
		chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		start();
	}

	private ComboViewer combo(Composite parent, Object[] values, Object selected, Consumer<@Nullable Object> onChange) {
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Granularity g ? Labels.granularity(g) : Labels.dimension((Dimension) element);
			}
		});
		viewer.setInput(values);
		viewer.setSelection(new StructuredSelection(selected));
		viewer.addSelectionChangedListener(event -> onChange.accept(event.getStructuredSelection().getFirstElement()));
		return viewer;
	}

	@Override
	Control statusControl() {
		return status;
	}

	@Override
	void status(String text) {
		status.setText(text);
	}

	@Override
	void showNoCorpus() {
		chart.show(null);
		super.showNoCorpus();
	}

	@Override
	CorpusInsightJob<Timeline> newJob(IProject project) {
		return new TimelineJob(project, granularity, dimension, once, this, chart.control());
	}

	@Override
	void show(Timeline timeline) {
		chart.show(timeline);
		summary = NLS.bind(Messages.Timeline_status, new Object[] { Labels.count(timeline.dated(), once),
				timeline.buckets().size(), timeline.undated(), timeline.eventsOutside() });
		status.setText(summary);
		status.getParent().layout(true);
	}

	private void brushed(LocalDate first, LocalDate last) {
		String lastEventsSearch = eventsSearch;
		if (lastEventsSearch != null && lastEventsSearch.equals(ExplorerFilters.searchText(getSite().getPage()))) {
			searchInExplorer(""); //$NON-NLS-1$
		}
		eventsSearch = null;
		showInExplorer(ExplorerFilters.PERIOD, ExplorerFilters.period(first, last));
	}

	/** Finds the articles that mention a day from {@code first} to {@code last}, then shows them in the Explorer. */
	private void eventsBrushed(LocalDate first, LocalDate last) {
		IProject project = corpora.current();
		if (project == null) {
			return;
		}
		EventArticlesJob job = new EventArticlesJob(project, first, last, this, status);
		job.onDone(outcome -> {
			List<String> ids = outcome.result();
			if (ids == null) {
				status.setText(NLS.bind(Messages.Failed, outcome.problem()));
			} else {
				showEventArticles(ids, first, last);
			}
		});
		job.schedule();
	}

	/**
	 * Shows the articles {@code ids} in the Explorer, without the publication period a brush over the bars set: the
	 * first {@link #MOST_IDS} when there are more (one search holds no more).
	 */
	private void showEventArticles(List<String> ids, LocalDate first, LocalDate last) {
		if (ids.isEmpty()) {
			status.setText(summary + '\n' + NLS.bind(Messages.Timeline_eventsNone, first, last));
			return;
		}
		List<String> shown = ids.subList(0, Math.min(MOST_IDS, ids.size()));
		String query = articlesQuery(shown, () -> ""); //$NON-NLS-1$
		if (ExplorerFilters.current(getSite().getPage()).containsKey(ExplorerFilters.PERIOD)) {
			showInExplorer(ExplorerFilters.PERIOD, null);
		}
		eventsSearch = query;
		searchInExplorer(query);
		status.setText(summary + '\n' + (shown.size() == ids.size()
				? Counts.format(Messages.Timeline_eventsShown, ids.size(), first.toString(), last.toString())
				: Counts.format(Messages.Timeline_eventsFirst, shown.size(), ids.size(), first.toString(),
						last.toString())));
		status.getParent().layout(true);
	}

	@Override
	public String exportName() {
		return exportName("timeline") + '-' + granularity.id() + '-' + dimension.id(); //$NON-NLS-1$
	}

	@Override
	public byte @Nullable [] export(String format) {
		// What is drawn now, at the canvas's size: its layout is exported as it is.
		return new ChartExport<TimelineLayout, TimelineLayout>(layout -> InsightCsv.timeline(layout.timeline()),
				(layout, area) -> layout, TimelineSvg::of,
				(gc, layout, area) -> TimelinePainter.paint(gc, Ink.PAPER, layout, area, -1, -1, -1))
				.export(chart.layout(), format, chart.control().getDisplay(), chart.control().getClientArea());
	}

	@Override
	public void setFocus() {
		chart.control().setFocus();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
		try {
			return name == null ? fallback : Enum.valueOf(type, name);
		} catch (IllegalArgumentException e) {
			return fallback;
		}
	}

	// For the workbench tests.

	TimelineCanvas chart() {
		return chart;
	}

	String statusText() {
		return status.getText();
	}

	@Nullable String eventsSearch() {
		return eventsSearch;
	}

	void choose(Granularity value, Dimension stack, boolean countOnce) {
		granularity = value;
		dimension = stack;
		once = countOnce;
		granularities.setSelection(new StructuredSelection(value));
		dimensions.setSelection(new StructuredSelection(stack));
		onceButton.setSelection(countOnce);
		recomputeFromMemory();
	}
}
