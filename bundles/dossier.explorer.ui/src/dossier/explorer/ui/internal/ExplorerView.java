package dossier.explorer.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.ViewPart;

import dossier.explorer.ui.ExplorerUi;
import dossier.index.CorpusIndex;
import dossier.index.QuerySyntaxException;
import dossier.index.SortKey;
import dossier.ui.DossierUi;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectIndexes;

/**
 * The Article Explorer: one corpus project at a time, its articles in a virtual table fed page by page from the
 * corpus index ({@link RowModel}), with the search field, facet filters, grouping, a snippet preview, and the
 * commands of its context menu. The view only wires these together; searches run in a job, rows load on a
 * background thread.
 */
public class ExplorerView extends ViewPart {

	/**
	 * Quiet time after the last keystroke before the search runs. Short: a search takes 10-20 ms on 100,000
	 * articles, an answer overtaken by a newer keystroke is dropped, and the user waits for results from the moment
	 * typing stops (the target is 200 ms in all).
	 */
	static final int SEARCH_DELAY_MS = 60;

	/** The corpora whose index was warmed up in this session. */
	private static final Set<IProject> WARMED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** Quiet time after marker or mentions changes (a build makes many) before the rows are read again. */
	static final int ROWS_CHANGED_DELAY_MS = 200;

	/**
	 * Rows the table holds at first, and adds each time the rows the user looks at come near its end. GTK adds and
	 * removes a virtual table's rows one at a time (about 3 µs each, and shrinking a table is quadratic), so a
	 * listing of 100,000 articles in one go would hold the UI thread for a third of a second at every search. The
	 * status line says how many rows are shown of how many articles. Not final: a test makes it small.
	 */
	static int rowsStep = 10_000;

	/** How close to the last row of the table a row asked for makes the table grow by {@link #rowsStep}. */
	private static int rowsAhead() {
		return Math.min(300, rowsStep / 4);
	}

	private ExplorerState state;
	private Combo corpusCombo;
	private Text searchText;
	private Combo groupingCombo;
	private FacetBar facets;
	private RowsViewer viewer;
	private SnippetPane preview;
	private Label status;
	private LoadingSelectionProvider selectionProvider;
	private volatile RowModel model;
	private IProject[] corpora = new IProject[0];
	/** The project shown, for the resource listener (which runs off the UI thread). */
	private volatile IProject currentProjectOffUi;
	private final AtomicInteger generation = new AtomicInteger();
	private final Runnable searchLater = this::refresh;
	private final ProjectIndexes.Listener indexListener = this::indexChanged;
	private final IResourceChangeListener projectsListener = this::projectsChanged;
	private IPartListener2 editorListener;
	private IAction linkAction;
	/** Rows the table asked for (the benchmark's probe reads it: a virtual table should ask for what it shows). */
	int rowsAsked;
	/** For the probe: how long the last query's job waited to start, and how long it took (nanoseconds). */
	volatile long[] lastAnswerTimes = { 0, 0 };
	/** More rows are about to be added to the table. */
	private boolean growing;
	/** The table's rows are being replaced (see {@link #apply}). */
	private boolean relisting;

	@Override
	public void createPartControl(Composite parent) {
		state = ExplorerState.load();
		parent.setLayout(new GridLayout(1, false));
		createTopBar(parent);
		facets = new FacetBar(parent, (dimension, value) -> updateQuery(state.query.withFilter(dimension, value)));
		facets.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createTable(sash);
		preview = new SnippetPane(sash);
		sash.setWeights(4, 1);
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		selectionProvider = new LoadingSelectionProvider(viewer);
		getSite().setSelectionProvider(selectionProvider);
		viewer.addSelectionChangedListener(event -> selectionChanged(event.getStructuredSelection()));
		viewer.addOpenListener(event -> OpenArticles.open(getSite().getPage(), articlesIn((IStructuredSelection) event.getSelection())));
		createContextMenu();
		createActions();
		addDropSupport();
		ProjectIndexes.addListener(indexListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(projectsListener, IResourceChangeEvent.POST_CHANGE);
		editorListener = new EditorLinker();
		getSite().getPage().addPartListener(editorListener);
		fillCorpora();
		refresh();
		getSite().getService(org.eclipse.ui.contexts.IContextService.class).activateContext(ExplorerUi.CONTEXT_ID);
		ExplorerProbe.startIfAsked(this);
	}

	private void createTopBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout layout = new GridLayout(3, false);
		layout.marginHeight = 0;
		layout.marginWidth = 0;
		bar.setLayout(layout);
		corpusCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		corpusCombo.setToolTipText(Messages.View_corpusTooltip);
		corpusCombo.addListener(SWT.Selection, event -> {
			int index = corpusCombo.getSelectionIndex();
			if (index >= 0 && index < corpora.length) {
				state.corpus = corpora[index].getName();
				state.save();
				refresh();
			}
		});
		searchText = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		searchText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		searchText.setMessage(Messages.View_searchHint);
		searchText.setText(state.query.text());
		searchText.setToolTipText(Messages.View_searchTooltip);
		searchText.addModifyListener(event -> {
			// Typing in Arabic: the field follows the text's direction.
			String text = searchText.getText();
			int orientation = Directions.isRightToLeft(text) ? SWT.RIGHT_TO_LEFT : getDefaultOrientation();
			if (searchText.getOrientation() != orientation) {
				searchText.setOrientation(orientation);
			}
			state.query = state.query.withText(text);
			searchText.getDisplay().timerExec(-1, searchLater);
			searchText.getDisplay().timerExec(SEARCH_DELAY_MS, searchLater);
		});
		searchText.addListener(SWT.DefaultSelection, event -> refresh());
		groupingCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		groupingCombo.setToolTipText(Messages.View_groupingTooltip);
		for (Grouping grouping : Grouping.values()) {
			groupingCombo.add(NLSBind.groupBy(grouping));
		}
		groupingCombo.select(state.query.grouping().ordinal());
		groupingCombo.addListener(SWT.Selection,
				event -> updateQuery(state.query.groupedBy(Grouping.values()[groupingCombo.getSelectionIndex()])));
	}

	private int getDefaultOrientation() {
		return (getSite().getShell().getStyle() & SWT.RIGHT_TO_LEFT) != 0 ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT;
	}

	private void createTable(Composite parent) {
		viewer = new RowsViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setUseHashlookup(true);
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		for (Column column : Column.values()) {
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
				viewerColumn.setLabelProvider(
						new DirectionalCellPainter(column, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT),
								this::passageOf));
			}
			if (column == Column.ENTITIES) {
				tableColumn.setToolTipText(Messages.Column_entitiesTooltip);
			}
			if (column.sorts()) {
				tableColumn.addListener(SWT.Selection, event -> sortBy(column));
			}
			tableColumn.addListener(SWT.Resize, event -> {
				state.widths.put(column, tableColumn.getWidth());
				state.save();
			});
		}
		viewer.setContentProvider(new LazyRows());
		viewer.setInput(this);
		showSortIndicator();
	}

	/** The passage of {@code ref} in the search shown, null while it is highlighted. */
	private String passageOf(ArticleRef ref) {
		RowModel shown = model;
		return shown == null ? ref.snippet() : shown.passageOf(ref);
	}

	/**
	 * The explorer's table viewer: it can make its rows forget their elements (a cleared row keeps its element,
	 * which a selection of rows not read yet would still return), and empty its table in one call.
	 */
	private static final class RowsViewer extends TableViewer {
		/** The rows given an element so far (those painted): a few screenfuls, not the whole table. */
		private final Set<Item> associated = new HashSet<>();

		RowsViewer(Composite parent, int style) {
			super(parent, style);
		}

		@Override
		protected void associate(Object element, Item item) {
			super.associate(element, item);
			associated.add(item);
		}

		@Override
		protected void disassociate(Item item) {
			super.disassociate(item);
			associated.remove(item);
		}

		/** The rows forget their elements; the viewer forgets which row each element was in. */
		void forgetElements() {
			for (Item item : new ArrayList<>(associated)) {
				if (!item.isDisposed()) {
					disassociate(item);
				}
			}
			associated.clear();
			unmapAllElements();
		}

		/** Empties the table in one call (GTK removes rows one by one otherwise). */
		void removeAllRows() {
			forgetElements();
			getTable().removeAll();
		}
	}

	/** Rows come from the current model; a row not loaded yet is filled in when its page arrives. */
	private final class LazyRows implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			rowsAsked++;
			RowModel current = model;
			if (current == null || index >= current.rowCount() || relisting) {
				// While the rows are replaced, GTK asks for the row its cursor is put on: not a row the user sees.
				return;
			}
			if (index >= viewer.getTable().getItemCount() - rowsAhead() && !growing
					&& viewer.getTable().getItemCount() < current.rowCount()) {
				// Near the end of the rows shown: add more once this paint is over (not from inside it).
				growing = true;
				viewer.getTable().getDisplay().asyncExec(() -> showMoreRows(current));
			}
			Object row = current.rowAt(index);
			if (row != null) {
				viewer.replace(row, index);
			}
		}

		@Override
		public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
			// The input is the view itself; rows come from the model.
		}
	}

	/** Adds the next {@link #rowsStep} rows of {@code shown} to the table. */
	private void showMoreRows(RowModel shown) {
		growing = false;
		Table table = viewer.getTable();
		if (table.isDisposed() || shown != model || table.getItemCount() >= shown.rowCount()) {
			return;
		}
		viewer.setItemCount(Math.min(shown.rowCount(), table.getItemCount() + rowsStep));
		showCount(shown);
	}

	private void showCount(RowModel shown) {
		if (shown.project() == null) {
			status.setText(Messages.View_noCorpus);
		} else {
			int rows = viewer.getTable().getItemCount();
			status.setText(rows < shown.rowCount() ? NLSBind.countShown(shown.total(), shown.project().getName(), rows)
					: NLSBind.count(shown.total(), shown.project().getName()));
		}
	}

	private void sortBy(Column column) {
		ExplorerQuery query = state.query;
		if (column == Column.ENTITIES) {
			// Most entities first on the first click.
			updateQuery(query.sortedByEntities(query.byEntities() ? !query.descending() : true));
		} else {
			boolean descending = !query.byEntities() && query.sort() == column.sortKey() ? !query.descending()
					: column == Column.DATE;
			updateQuery(query.sortedBy(column.sortKey(), descending));
		}
		showSortIndicator();
	}

	private void showSortIndicator() {
		Table table = viewer.getTable();
		Column sorted = state.query.byEntities() ? Column.ENTITIES : Column.bySortKey(state.query.sort());
		TableColumn indicated = null;
		for (TableColumn tableColumn : table.getColumns()) {
			if (tableColumn.getData() == sorted) {
				indicated = tableColumn;
			}
		}
		table.setSortColumn(indicated);
		table.setSortDirection(indicated == null ? SWT.NONE : state.query.descending() ? SWT.DOWN : SWT.UP);
	}

	private void updateQuery(ExplorerQuery query) {
		state.query = query;
		state.save();
		refresh();
	}

	/** Runs the current query in a job; the table is refilled when it answers (unless a newer query came). */
	public void refresh() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		state.save();
		int ticket = generation.incrementAndGet();
		IProject project = currentProject();
		currentProjectOffUi = project;
		ExplorerQuery query = state.query;
		long scheduled = System.nanoTime();
		inBackground(Job.LONG, () -> {
			RowModel next;
			String problem = null;
			long started = System.nanoTime();
			try {
				if (project == null) {
					next = RowModel.empty(null);
				} else {
					CorpusIndex index = ProjectIndexes.index(project);
					next = RowModel.build(project, index, query);
				}
				lastAnswerTimes = new long[] { started - scheduled, System.nanoTime() - started };
			} catch (QuerySyntaxException e) {
				next = null;
				problem = e.getMessage();
			} catch (CoreException | java.io.IOException | RuntimeException | LinkageError e) {
				next = null;
				problem = e.getMessage() == null ? e.toString() : e.getMessage();
			}
			RowModel answer = next;
			String message = problem;
			viewer.getTable().getDisplay().asyncExec(() -> {
				if (ticket == generation.get()) {
					apply(answer, message);
				}
			});
		});
	}

	private void apply(RowModel next, String problem) {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		if (next == null) {
			status.setText(problem == null ? "" : problem); //$NON-NLS-1$
			return;
		}
		RowModel previous = model;
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
			boolean sameListing = previous != null && java.util.Objects.equals(previous.project(), next.project())
					&& previous.query().equals(next.query());
			// The same listing after an index change keeps the rows the user scrolled through, where they are;
			// another starts with the first step of rows, at the top. Rows kept forget their elements and their
			// content is read again when shown (GTK adds, empties and removes rows one by one: keeping them is
			// cheapest).
			int shown = table.getItemCount();
			int rows = Math.min(next.rowCount(), sameListing ? Math.max(shown, rowsStep) : rowsStep);
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
		showFacets(next);
		if (next.statusCounts() == null) {
			countStatuses(next);
		}
		if (next.project() != null && WARMED.add(next.project())) {
			warmUp(next.project());
		}
		showCount(next);
		if (!state.sampleShown && next.project() != null && DossierUi.SAMPLES_PROJECT.equals(next.project().getName())
				&& next.rowCount() > 0) {
			state.sampleShown = true;
			state.save();
			selectRowWhenLoaded(next, next.query().grouping() == Grouping.NONE ? 0 : 1);
		}
	}

	private void showFacets(RowModel shown) {
		Map<String, Map<String, Integer>> all = new LinkedHashMap<>(shown.facets());
		Map<String, Integer> statuses = shown.statusCounts();
		all.put(ExplorerQuery.STATUS, statuses == null ? Map.of() : statuses);
		facets.show(all, shown.query().filters());
	}

	/**
	 * Warms the corpus's index up in a job of low priority, once per session, when the corpus is first shown: the
	 * first searches a user types then take their usual time, not several times it (CorpusIndex#warmUp).
	 */
	private static void warmUp(IProject project) {
		inBackground(Job.DECORATE, () -> {
			try {
				ProjectIndexes.index(project).warmUp();
			} catch (CoreException | java.io.IOException | RuntimeException e) {
				// Only the first searches' speed depends on it.
			}
		});
	}

	/** Counts the licence check verdicts of the shown articles in a job, then shows them in the facet. */
	private void countStatuses(RowModel shown) {
		inBackground(Job.LONG, () -> {
			if (shown != model) {
				return; // another query came meanwhile
			}
			try {
				if (shown.countStatuses() != null) {
					viewer.getTable().getDisplay().asyncExec(() -> {
						if (shown == model && !viewer.getTable().isDisposed()) {
							showFacets(shown);
						}
					});
				}
			} catch (CoreException | java.io.IOException | QuerySyntaxException | RuntimeException e) {
				// No counts then: the facet still lists the verdicts chosen.
			}
		});
	}

	/** Runs {@code work} in a system job of the explorer's family (the tests wait for them) at {@code priority}. */
	private static void inBackground(int priority, Runnable work) {
		Job job = new Job(Messages.View_searchJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				work.run();
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ExplorerUi.JOB_FAMILY;
			}
		};
		job.setSystem(true);
		job.setPriority(priority);
		job.schedule();
	}

	/**
	 * Licence markers or mentions files of the shown corpus changed: the rows read so far are read again (their
	 * verdicts and entity counts), or, when every row was read up front, the query runs again.
	 */
	private void rowsChanged() {
		RowModel current = model;
		if (current == null || viewer.getTable().isDisposed()) {
			return;
		}
		if (current.hasAllRows() || current.query().statusFilter() != null) {
			// Which articles are listed may change with the verdicts: the query runs again.
			refresh();
			return;
		}
		current.forgetRows();
		viewer.getTable().clearAll();
		countStatuses(current);
	}

	private final Runnable rowsChangedLater = this::rowsChanged;

	private void selectRowWhenLoaded(RowModel target, int row) {
		Object loaded = target.rowAt(row);
		if (loaded != null) {
			viewer.getTable().setSelection(row);
			selectionChanged(viewer.getStructuredSelection());
			selectionProvider.fireFromViewer();
		} else if (target == model) {
			viewer.getTable().getDisplay().timerExec(50, () -> {
				if (target == model && !viewer.getTable().isDisposed()) {
					selectRowWhenLoaded(target, row);
				}
			});
		}
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

	/** The passages of a page arrived: the preview shows the selected article's. */
	private void passagesLoaded(RowModel loaded, int page) {
		if (loaded != model || viewer.getTable().isDisposed()) {
			return;
		}
		int[] range = loaded.rangeOf(page);
		int selected = viewer.getTable().getSelectionCount() == 1 ? viewer.getTable().getSelectionIndex() : -1;
		if (selected >= range[0] && selected <= range[1] && loaded.loadedRow(selected) instanceof ArticleRef ref) {
			preview.show(ref, loaded.passageOf(ref));
		}
	}

	private void indexChanged(IProject project) {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		viewer.getTable().getDisplay().asyncExec(() -> {
			if (!viewer.getTable().isDisposed() && project.equals(currentProject())) {
				refresh();
			}
		});
	}

	private void projectsChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null || event.getDelta().getAffectedChildren().length == 0) {
			return;
		}
		IProject shown = currentProjectOffUi;
		if (shown != null && RowChanges.affect(event, shown) && viewer != null && !viewer.getTable().isDisposed()) {
			viewer.getTable().getDisplay().asyncExec(() -> {
				if (!viewer.getTable().isDisposed()) {
					viewer.getTable().getDisplay().timerExec(-1, rowsChangedLater);
					viewer.getTable().getDisplay().timerExec(ROWS_CHANGED_DELAY_MS, rowsChangedLater);
				}
			});
		}
		boolean projectsChanged = Arrays.stream(event.getDelta().getAffectedChildren())
				.anyMatch(child -> child.getKind() != org.eclipse.core.resources.IResourceDelta.CHANGED
						|| (child.getFlags() & (org.eclipse.core.resources.IResourceDelta.OPEN
								| org.eclipse.core.resources.IResourceDelta.DESCRIPTION)) != 0);
		if (projectsChanged && viewer != null && !viewer.getTable().isDisposed()) {
			viewer.getTable().getDisplay().asyncExec(() -> {
				if (!corpusCombo.isDisposed()) {
					IProject before = currentProject();
					fillCorpora();
					if (!java.util.Objects.equals(before, currentProject())) {
						refresh();
					}
				}
			});
		}
	}

	private void fillCorpora() {
		IProject shown = currentProject();
		corpora = CorpusProjects.all();
		String[] names = Arrays.stream(corpora).map(IProject::getName).toArray(String[]::new);
		corpusCombo.setItems(names);
		int selected = state.corpus == null ? -1 : Arrays.asList(names).indexOf(state.corpus);
		if (selected < 0 && shown != null) {
			// A corpus appearing (the Samples on first start, a new one) never takes the place of the one shown.
			selected = Arrays.asList(names).indexOf(shown.getName());
		}
		if (selected < 0) {
			selected = Arrays.asList(names).indexOf(DossierUi.SAMPLES_PROJECT);
		}
		if (selected < 0 && names.length > 0) {
			selected = 0;
		}
		if (selected >= 0) {
			corpusCombo.select(selected);
		}
		corpusCombo.getParent().layout(true);
	}

	/** The corpus project shown, or null when there is none. */
	public IProject currentProject() {
		int index = corpusCombo == null || corpusCombo.isDisposed() ? -1 : corpusCombo.getSelectionIndex();
		return index >= 0 && index < corpora.length ? corpora[index] : null;
	}

	/** Shows {@code project} (a corpus project). */
	public void showCorpus(IProject project) {
		fillCorpora();
		int index = Arrays.asList(corpora).indexOf(project);
		if (index >= 0) {
			// Remembered even when it was shown already (as the only corpus, say): another corpus appearing later
			// must not take its place.
			state.corpus = project.getName();
			state.save();
			if (index != corpusCombo.getSelectionIndex()) {
				corpusCombo.select(index);
				refresh();
			}
		}
	}

	private void selectionChanged(IStructuredSelection selection) {
		List<ArticleRef> articles = articlesIn(selection);
		ArticleRef one = articles.size() == 1 ? articles.get(0) : null;
		RowModel shown = model;
		preview.show(one, one == null ? null : shown == null ? one.snippet() : shown.passageOf(one));
		if (state.linking && articles.size() == 1) {
			IEditorPart editor = getSite().getPage().findEditor(new FileEditorInput(articles.get(0).file()));
			if (editor != null) {
				getSite().getPage().bringToTop(editor);
			}
		}
	}

	static List<ArticleRef> articlesIn(IStructuredSelection selection) {
		List<ArticleRef> articles = new ArrayList<>();
		for (Object element : selection.toList()) {
			if (element instanceof ArticleRef ref) {
				articles.add(ref);
			}
		}
		return articles;
	}

	/** Selects the row of article {@code id} if it is loaded; returns whether it was. */
	public boolean reveal(String id) {
		RowModel current = model;
		Optional<Integer> row = current == null ? Optional.empty() : current.loadedRowOf(id);
		row.ifPresent(index -> {
			viewer.getTable().setSelection(index);
			viewer.getTable().showSelection();
			selectionChanged(viewer.getStructuredSelection());
			selectionProvider.fireFromViewer();
		});
		return row.isPresent();
	}

	/** Follows the active editor when linking: its article is selected here. */
	private final class EditorLinker implements IPartListener2 {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (!state.linking || !(reference.getPart(false) instanceof IEditorPart editor)) {
				return;
			}
			IEditorInput input = editor.getEditorInput();
			if (input instanceof IFileEditorInput fileInput) {
				IFile file = fileInput.getFile();
				CorpusProjects.articleId(file).ifPresent(id -> {
					if (!file.getProject().equals(currentProject())) {
						showCorpus(file.getProject());
					} else {
						reveal(id);
					}
				});
			}
		}
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Separator("open")); //$NON-NLS-1$
		menu.add(new Separator("run")); //$NON-NLS-1$
		menu.add(new Separator("edit")); //$NON-NLS-1$
		menu.add(new Separator("show")); //$NON-NLS-1$
		menu.add(new Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(menu, selectionProvider);
	}

	private void createActions() {
		linkAction = new Action(Messages.View_link, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				state.linking = isChecked();
				state.save();
			}
		};
		linkAction.setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_ELCL_SYNCED));
		linkAction.setChecked(state.linking);
		getViewSite().getActionBars().getToolBarManager().add(linkAction);
		new UndoRedoActionGroup(getSite(), org.eclipse.ui.PlatformUI.getWorkbench().getOperationSupport().getUndoContext(),
				true).fillActionBars(getViewSite().getActionBars());
	}

	private void addDropSupport() {
		DropTarget target = new DropTarget(viewer.getTable(), DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = currentProject() == null ? DND.DROP_NONE : DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				IProject project = currentProject();
				if (project != null && event.data instanceof String[] files) {
					ImportArticlesJob.start(project,
							Arrays.stream(files).map(java.nio.file.Path::of).toList(),
							dossier.ingest.IngestOptions.defaults(), true);
				}
			}
		});
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		ProjectIndexes.removeListener(indexListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(projectsListener);
		if (editorListener != null) {
			getSite().getPage().removePartListener(editorListener);
		}
		ExplorerState.flush();
		super.dispose();
	}

	// For the workbench tests.

	String statusText() {
		return status.getText();
	}

	List<String> corpusNames() {
		return Arrays.asList(corpusCombo.getItems());
	}

	TableViewer viewer() {
		return viewer;
	}

	RowModel model() {
		return model;
	}

	Text searchField() {
		return searchText;
	}

	Combo groupingCombo() {
		return groupingCombo;
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

	void resetQueryForTest() {
		state.query = ExplorerQuery.initial();
		searchText.setText(""); //$NON-NLS-1$
		groupingCombo.select(Grouping.NONE.ordinal());
		state.query = ExplorerQuery.initial();
		showSortIndicator();
		refresh();
	}

	void sortByForTest(Column column) {
		sortBy(column);
	}

	SortKey sort() {
		return state.query.sort();
	}
}
