// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.ViewPart;

import dossier.explorer.ui.ExplorerUi;
import dossier.index.SortKey;
import dossier.workspace.RemoteCorpora;
import dossier.ui.DossierUi;
import dossier.ui.HelpContexts;

/**
 * The Article Explorer: one corpus project at a time, its articles in a virtual table fed page by page from the
 * corpus index ({@link ArticleTable}, {@link RowModel}), with the search field, facet filters, grouping, a snippet
 * preview, and the commands of its context menu. The view only wires these together: searches run in a
 * {@link SearchJob}, rows load in the table's jobs, and closing the view cancels them.
 */
public class ExplorerView extends ViewPart {

	/**
	 * Quiet time after the last keystroke before the search runs. Short: a search takes 10-20 ms on 100,000
	 * articles, an answer overtaken by a newer keystroke is dropped, and the user waits for results from the moment
	 * typing stops (the target is 200 ms in all).
	 */
	static final int SEARCH_DELAY_MS = 60;

	/** Quiet time after marker or mentions changes (a build makes many) before the rows are read again. */
	static final int ROWS_CHANGED_DELAY_MS = 200;

	/**
	 * How long (tries 50 ms apart: 10 s) the article being read is looked for after its listing was read again. Its
	 * row's page is read in a job, which a busy machine may hold back for seconds; the look stops at once when the
	 * analyst selects a row or another listing is shown.
	 */
	static final int RESELECT_ATTEMPTS = 200;

	/**
	 * The most selected articles kept selected when their listing is read again: a selection larger than this (a
	 * Select All over a large corpus) is a command's input, not what the analyst is reading, and its rows are
	 * mostly not loaded.
	 */
	static final int RESELECT_MOST = 1000;

	/**
	 * Rows the table holds at first, and adds each time the rows the user looks at come near its end. GTK adds and
	 * removes a virtual table's rows one at a time (about 3 µs each, and shrinking a table is quadratic), so a
	 * listing of 100,000 articles in one go would hold the UI thread for a third of a second at every search. The
	 * status line says how many rows are shown of how many articles. Not final: a test makes it small.
	 */
	static int rowsStep = 10_000;

	private ExplorerState state;
	private SearchBar bar;
	private FacetBar facets;
	private ArticleTable table;
	private SnippetPane preview;
	private Label status;
	private LoadingSelectionProvider selectionProvider;
	private ExplorerSearches searches;
	private CorpusChanges changes;
	private IPartListener2 editorListener;

	@Override
	public void createPartControl(Composite parent) {
		state = ExplorerState.load();
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, HelpContexts.EXPLORER_VIEW);
		parent.setLayout(new GridLayout(1, false));
		bar = new SearchBar(parent, state, this::refresh, this::updateQuery);
		facets = new FacetBar(parent, (dimension, value) -> updateQuery(state.query.withFilter(dimension, value)));
		facets.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new ArticleTable(sash, state, this::sortBy);
		preview = new SnippetPane(sash);
		sash.setWeights(4, 1);
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		searches = new ExplorerSearches(table.table());
		table.onRowsAdded(this::showCount);
		table.onPassageShown(ref -> preview.show(ref, table.passageOf(ref)));

		TableViewer viewer = table.viewer();
		selectionProvider = new LoadingSelectionProvider(viewer);
		getSite().setSelectionProvider(selectionProvider);
		viewer.addSelectionChangedListener(event -> selectionChanged(event.getStructuredSelection()));
		viewer.addOpenListener(event -> OpenArticles.open(getSite().getPage(), ArticleRef.allIn((IStructuredSelection) event.getSelection())));
		ExplorerMenus.contribute(getViewSite(), table.table(), selectionProvider, state);
		ExplorerMenus.importDroppedFiles(table.table(), this::currentProject);
		changes = new CorpusChanges(table.table(), this::indexChanged, this::rowsChanged, this::corporaChanged);
		changes.start();
		editorListener = new EditorLinker(this);
		getSite().getPage().addPartListener(editorListener);
		bar.corpora().fill();
		refresh();
		getSite().getService(IContextService.class).activateContext(ExplorerUi.CONTEXT_ID);
	}

	private void showCount(RowModel shown) {
		status.setText(NLSBind.shown(shown, table.table().getItemCount()));
	}

	private void sortBy(Column column) {
		updateQuery(state.query.sortedByColumn(column));
		table.showSortIndicator();
	}

	private void updateQuery(ExplorerQuery query) {
		state.query = query;
		state.save();
		refresh();
	}

	/** Runs the current query in a job; the table is refilled when it answers (unless a newer query came). */
	public void refresh() {
		if (table == null || table.table().isDisposed()) {
			return;
		}
		state.save();
		IProject project = currentProject();
		changes.shown(project);
		searches.search(project, state.query, answered -> apply(answered.answer(), answered.problem()));
	}

	private void apply(RowModel next, String problem) {
		if (next == null) {
			RowModel shown = model();
			IProject chosen = currentProject();
			if (shown != null && chosen != null && !chosen.equals(shown.project())) {
				// Another corpus was chosen and cannot be read (a shared corpus whose server is down): its rows are
				// not the last corpus's. A query that does not parse keeps the rows of the corpus it was typed for.
				RowModel empty = RowModel.empty(chosen);
				table.show(empty);
				facets.show(empty);
			}
			status.setText(problem == null ? "" : problem); //$NON-NLS-1$
			return;
		}
		RowModel shown = model();
		List<ArticleRef> selected = ArticleRef.allIn(table.viewer().getStructuredSelection());
		Set<String> reading = shown == null || !next.sameListing(shown) || selected.size() > RESELECT_MOST ? Set.of()
				: selected.isEmpty() ? table.reselecting() : selected.stream().map(ArticleRef::id).collect(Collectors.toSet());
		table.show(next);
		if (!reading.isEmpty()) {
			// the same listing, read again after its corpus changed: the articles being read stay selected
			table.reselectWhenLoaded(next, reading, RESELECT_ATTEMPTS, this::selectedByView);
		}
		facets.show(next);
		if (next.statusCounts() == null) {
			countStatuses(next);
		}
		if (next.project() != null && !RemoteCorpora.isRemote(next.project())) {
			IndexWarmUpJob.warmOnce(next.project());
		}
		showCount(next);
		if (!state.sampleShown && next.project() != null && DossierUi.SAMPLES_PROJECT.equals(next.project().getName())
				&& next.rowCount() > 0) {
			state.sampleShown = true;
			state.save();
			table.selectWhenLoaded(next, next.query().grouping() == Grouping.NONE ? 0 : 1, this::selectedByView);
		}
	}

	/** Counts the licence check verdicts of the shown articles in a job, then shows them in the facet. */
	private void countStatuses(RowModel shown) {
		searches.countStatuses(shown, counted -> {
			if (counted == model()) {
				facets.show(counted);
			}
		});
	}

	/**
	 * Licence markers or mentions files of the shown corpus changed: the rows read so far are read again (their
	 * verdicts and entity counts), or, when every row was read up front, the query runs again.
	 */
	private void rowsChanged() {
		RowModel current = model();
		if (current == null || table.table().isDisposed()) {
			return;
		}
		if (current.hasAllRows() || current.query().filtersOnMarkers()) {
			// Which articles are listed may change with the verdicts: the query runs again.
			refresh();
			return;
		}
		table.readRowsAgain();
		countStatuses(current);
	}

	private void indexChanged(IProject project) {
		if (project.equals(currentProject())) {
			refresh();
		}
	}

	/** Corpus projects came, went, opened or closed: the corpus chooser lists them again. */
	private void corporaChanged() {
		IProject before = currentProject();
		bar.corpora().fill();
		if (!Objects.equals(before, currentProject())) {
			refresh();
		}
	}

	/** The corpus project shown, or null when there is none. */
	public @Nullable IProject currentProject() {
		return bar == null ? null : bar.corpora().current();
	}

	/**
	 * Shows {@code project} with {@code dimension} filtered on {@code value} (null lifts the filter); the search
	 * text and the other filters stay. See {@code dossier.explorer.ui.ExplorerFilters}.
	 */
	public void filter(IProject project, String dimension, @Nullable String value) {
		bar.corpora().choose(project);
		updateQuery(state.query.withFilter(dimension, value));
	}

	/**
	 * Shows {@code project} searched for {@code text} (as if typed in the search field); the filters stay. See
	 * {@code dossier.explorer.ui.ExplorerFilters#search}.
	 */
	public void search(IProject project, String text) {
		bar.corpora().choose(project);
		bar.searchField().setText(text); // its listener takes the text into the query and searches a moment later
		updateQuery(state.query.withText(text));
	}

	/** The search text in force. */
	public String searchText() {
		return state.query.text();
	}

	/** The filters in force (dimension to value). */
	public Map<String, String> filters() {
		return state.query.filters();
	}

	/** Shows {@code project} (a corpus project). */
	public void showCorpus(IProject project) {
		if (bar.corpora().choose(project)) {
			refresh();
		}
	}

	private void selectionChanged(IStructuredSelection selection) {
		List<ArticleRef> articles = ArticleRef.allIn(selection);
		ArticleRef one = articles.size() == 1 ? articles.get(0) : null;
		preview.show(one, one == null ? null : table.passageOf(one));
		if (state.linking && one != null) {
			IEditorPart editor = getSite().getPage().findEditor(new FileEditorInput(one.file()));
			if (editor != null) {
				getSite().getPage().bringToTop(editor);
			}
		}
	}

	/** The rows the view selected (not the user): the preview and the workbench's selection follow. */
	private void selectedByView() {
		selectionChanged(table.viewer().getStructuredSelection());
		selectionProvider.fireFromViewer();
	}

	/** Selects the row of article {@code id} if it is loaded; returns whether it was. */
	public boolean reveal(String id) {
		RowModel current = model();
		Optional<Integer> row = current == null ? Optional.empty() : current.loadedRowOf(id);
		row.ifPresent(index -> {
			table.table().setSelection(index);
			table.table().showSelection();
			selectedByView();
		});
		return row.isPresent();
	}

	@Override
	public void setFocus() {
		table.table().setFocus();
	}

	@Override
	public void dispose() {
		if (changes != null) {
			changes.stop();
		}
		if (editorListener != null) {
			getSite().getPage().removePartListener(editorListener);
		}
		if (searches != null) {
			searches.cancel();
		}
		if (selectionProvider != null) {
			selectionProvider.dispose();
		}
		if (table != null) {
			table.dispose();
		}
		ExplorerState.flush();
		super.dispose();
	}

	// For the workbench tests.

	String statusText() {
		return status.getText();
	}

	List<String> corpusNames() {
		return bar.corpora().names();
	}

	TableViewer viewer() {
		return table.viewer();
	}

	@Nullable RowModel model() {
		return table == null ? null : table.model();
	}

	Text searchField() {
		return bar.searchField();
	}

	Combo groupingCombo() {
		return bar.groupingCombo();
	}

	FacetBar facetBar() {
		return facets;
	}

	SnippetPane preview() {
		return preview;
	}

	ExplorerState state() {
		return state;
	}

	ArticleTable table() {
		return table;
	}

	void resetQueryForTest() {
		state.query = ExplorerQuery.initial();
		bar.searchField().setText(""); //$NON-NLS-1$
		bar.groupingCombo().select(Grouping.NONE.ordinal());
		state.query = ExplorerQuery.initial();
		table.showSortIndicator();
		refresh();
	}

	void sortByForTest(Column column) {
		sortBy(column);
	}

	SortKey sort() {
		return state.query.sort();
	}
}
