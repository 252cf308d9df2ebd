// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The explorer's virtual table of articles: one column per {@link Column}, its rows those of the {@link RowModel}
 * shown, each read when the table asks for it (by the table's {@link RowPagesJob}, its passages highlighted by its
 * {@link PassagesJob}). The table holds a step of rows at a time ({@link ExplorerView#rowsStep}) and grows as the
 * user scrolls near its end; another model replaces its rows ({@link #show}). Closing the view stops its jobs
 * ({@link #dispose}).
 */
final class ArticleTable {

	private final RowsViewer viewer;
	private final ExplorerState state;
	private final RowPagesJob rowLoader = new RowPagesJob();
	private final PassagesJob passageLoader = new PassagesJob();
	private volatile RowModel model;
	/** Articles to select again once their rows are loaded; empty when none (UI thread only). */
	private Set<String> reselecting = Set.of();
	/** Told when the table holds more rows of the model shown. */
	private Consumer<RowModel> rowsAdded = shown -> {
	};
	/** Told when the passage of the one article selected arrived. */
	private Consumer<ArticleRef> passageShown = ref -> {
	};
	/** More rows are about to be added to the table. */
	private boolean growing;
	/** The table's rows are being replaced (see {@link #show}). */
	private boolean relisting;

	ArticleTable(Composite parent, ExplorerState state, Consumer<Column> sortBy) {
		this.state = state;
		viewer = new RowsViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setUseHashlookup(true);
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		AccessibleRows.install(table);
		for (Column column : Column.values()) {
			addColumn(column, sortBy);
		}
		viewer.setContentProvider(new LazyRows());
		viewer.setInput(this);
		showSortIndicator();
	}

	private void addColumn(Column column, Consumer<Column> sortBy) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEAD);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.label());
		tableColumn.setData(column);
		tableColumn.setWidth(state.widths.getOrDefault(column, column.defaultWidth()));
		tableColumn.setMoveable(column != Column.STATUS);
		if (column == Column.STATUS) {
			viewerColumn.setLabelProvider(new StatusLabelProvider());
			tableColumn.setToolTipText(Messages.Column_statusTooltip);
		} else {
			viewerColumn.setLabelProvider(new DirectionalCellPainter(column,
					JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT), this::passageOf));
		}
		if (column == Column.ENTITIES) {
			tableColumn.setToolTipText(Messages.Column_entitiesTooltip);
		} else if (column == Column.COPIES) {
			tableColumn.setToolTipText(Messages.Column_copiesTooltip);
		}
		if (column.sorts()) {
			tableColumn.addListener(SWT.Selection, event -> sortBy.accept(column));
		}
		tableColumn.addListener(SWT.Resize, event -> {
			state.widths.put(column, tableColumn.getWidth());
			state.save();
		});
	}

	/** How close to the last row of the table a row asked for makes the table grow by a step. */
	private static int rowsAhead() {
		return Math.min(300, ExplorerView.rowsStep / 4);
	}

	TableViewer viewer() {
		return viewer;
	}

	Table table() {
		return viewer.getTable();
	}

	/** The model shown, null before the first. */
	RowModel model() {
		return model;
	}

	void onRowsAdded(Consumer<RowModel> listener) {
		rowsAdded = listener;
	}

	void onPassageShown(Consumer<ArticleRef> listener) {
		passageShown = listener;
	}

	/** The passage of {@code ref} in the search shown, null while it is highlighted. */
	String passageOf(ArticleRef ref) {
		RowModel shown = model;
		return shown == null ? ref.snippet() : shown.passageOf(ref);
	}

	/** Rows come from the current model; a row not loaded yet is filled in when its page arrives. */
	private final class LazyRows implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			RowModel current = model;
			if (current == null || index >= current.rowCount() || relisting) {
				// While the rows are replaced, GTK asks for the row its cursor is put on: not a row the user sees.
				return;
			}
			Table table = viewer.getTable();
			if (index >= table.getItemCount() - rowsAhead() && !growing && table.getItemCount() < current.rowCount()) {
				// Near the end of the rows shown: add more once this paint is over (not from inside it).
				growing = true;
				table.getDisplay().asyncExec(() -> showMoreRows(current));
			}
			Object row = current.rowAt(index);
			if (row != null) {
				viewer.replace(row, index);
			}
		}

		@Override
		public void inputChanged(Viewer changed, @Nullable Object oldInput, @Nullable Object newInput) {
			// The input is the table itself; rows come from the model.
		}
	}

	/** Adds the next step of rows of {@code shown} to the table. */
	private void showMoreRows(RowModel shown) {
		growing = false;
		Table table = viewer.getTable();
		if (table.isDisposed() || shown != model || table.getItemCount() >= shown.rowCount()) {
			return;
		}
		viewer.setItemCount(Math.min(shown.rowCount(), table.getItemCount() + ExplorerView.rowsStep));
		rowsAdded.accept(shown);
	}

	/**
	 * Shows {@code next} instead of the model shown: the same listing (after an index change) keeps the rows the
	 * user scrolled through, where they are; another starts with the first step of rows, at the top.
	 */
	void show(RowModel next) {
		RowModel previous = model;
		if (!next.sameListing(previous)) {
			reselecting = Set.of();
		}
		next.loadWith(rowLoader, passageLoader);
		model = next;
		if (previous != null) {
			previous.retire();
		}
		next.onPageLoaded(page -> viewer.getTable().getDisplay().asyncExec(() -> pageLoaded(next, page)));
		next.onPassagesLoaded(page -> viewer.getTable().getDisplay().asyncExec(() -> passagesLoaded(next, page)));
		Table table = viewer.getTable();
		table.setRedraw(false);
		relisting = true;
		try {
			viewer.setSelection(StructuredSelection.EMPTY);
			boolean sameListing = next.sameListing(previous);
			// Rows kept forget their elements and their content is read again when shown (GTK adds, empties and
			// removes rows one by one: keeping them is cheapest).
			int shown = table.getItemCount();
			int rows = Math.min(next.rowCount(), sameListing ? Math.max(shown, ExplorerView.rowsStep) : ExplorerView.rowsStep);
			int top = table.getTopIndex();
			if (rows < shown - (sameListing ? rowsAhead() : 0)) {
				// Fewer rows: emptying the table is linear, removing rows from its end is not. And GTK moves its
				// cursor to the next row each time the row under it goes, ten times the cost of the removal: the
				// cursor is put on the last row first, which goes last.
				table.setSelection(shown - 1);
				table.deselectAll();
				viewer.removeAllRows();
			} else {
				viewer.forgetElements();
			}
			viewer.setItemCount(rows);
			table.clearAll();
			if (!sameListing && rows > 0) {
				table.setTopIndex(0);
			} else if (sameListing && top > 0 && top < rows) {
				table.setTopIndex(top);
			}
		} finally {
			relisting = false;
			table.setRedraw(true);
		}
	}

	/** The rows read so far are read again when shown (their verdicts and entity counts changed). */
	void readRowsAgain() {
		RowModel current = model;
		if (current != null) {
			current.forgetRows();
			viewer.getTable().clearAll();
		}
	}

	/** Selects row {@code row} of {@code target} once it is loaded (unless another model is shown by then). */
	void selectWhenLoaded(RowModel target, int row, Runnable selected) {
		if (target.rowAt(row) != null) {
			viewer.getTable().setSelection(row);
			selected.run();
		} else if (target == model) {
			viewer.getTable().getDisplay().timerExec(50, () -> {
				if (target == model && !viewer.getTable().isDisposed()) {
					selectWhenLoaded(target, row, selected);
				}
			});
		}
	}

	void showSortIndicator() {
		Table table = viewer.getTable();
		Column sorted = state.query.byEntities() ? Column.ENTITIES
				: state.query.byCopies() ? Column.COPIES : Column.bySortKey(state.query.sort());
		TableColumn indicated = null;
		for (TableColumn tableColumn : table.getColumns()) {
			if (tableColumn.getData() == sorted) {
				indicated = tableColumn;
			}
		}
		table.setSortColumn(indicated);
		table.setSortDirection(indicated == null ? SWT.NONE : state.query.descending() ? SWT.DOWN : SWT.UP);
	}

	private void pageLoaded(RowModel loaded, int page) {
		if (loaded != model || viewer.getTable().isDisposed()) {
			return;
		}
		int[] range = loaded.rangeOf(page);
		if (range[1] >= range[0]) {
			viewer.getTable().clear(range[0], range[1]);
		}
	}

	/**
	 * Selects the articles {@code ids} again in {@code target} once their rows are loaded, then runs {@code selected}:
	 * after the same listing was shown anew (the corpus's index changed under it, when a build or a recognition
	 * finished), so that the articles the analyst selected stay selected — in the preview, the Properties view and
	 * the views that follow the Explorer's selection (the Map and the Entity network of the selected articles). Gives
	 * up when another model is shown or when the analyst selected a row meanwhile; when not every row is loaded
	 * within {@code attempts} tries 50 ms apart (an article left the listing, or its row is no longer read), the rows
	 * found by then are selected.
	 */
	void reselectWhenLoaded(RowModel target, Set<String> ids, int attempts, Runnable selected) {
		Table table = viewer.getTable();
		if (target != model || table.isDisposed()) {
			return; // a newer listing took over: it carries on with {@link #reselecting()}
		}
		if (table.getSelectionCount() > 0) {
			reselecting = Set.of(); // the analyst chose meanwhile
			return;
		}
		reselecting = ids;
		Map<String, Integer> rows = target.loadedRowsOf(ids);
		if (rows.size() == ids.size() || attempts <= 0 && !rows.isEmpty()) {
			reselecting = Set.of();
			table.setSelection(rows.values().stream().mapToInt(Integer::intValue).sorted().toArray());
			selected.run();
		} else if (attempts > 0) {
			table.getDisplay().timerExec(50, () -> reselectWhenLoaded(target, ids, attempts - 1, selected));
		} else {
			reselecting = Set.of();
		}
	}

	/**
	 * The articles still waiting to be selected again ({@link #reselectWhenLoaded}) when the listing was read once
	 * more before their rows were loaded (a build, then a recognition finishing): the next listing selects them.
	 */
	Set<String> reselecting() {
		return reselecting;
	}

	/** The passages of a page arrived: the selected article's is shown. */
	private void passagesLoaded(RowModel loaded, int page) {
		if (loaded != model || viewer.getTable().isDisposed()) {
			return;
		}
		int[] range = loaded.rangeOf(page);
		Table table = viewer.getTable();
		int selected = table.getSelectionCount() == 1 ? table.getSelectionIndex() : -1;
		if (selected >= range[0] && selected <= range[1] && loaded.loadedRow(selected) instanceof ArticleRef ref) {
			passageShown.accept(ref);
		}
	}

	/** The view closes: the rows and passages still queued are dropped, the jobs reading them cancelled. */
	void dispose() {
		RowModel shown = model;
		if (shown != null) {
			shown.retire();
		}
		rowLoader.stop();
		passageLoader.stop();
	}

	/** The table's jobs, for the tests. */
	PageQueueJob[] jobs() {
		return new PageQueueJob[] { rowLoader, passageLoader };
	}
}
