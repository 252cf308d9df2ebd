// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import dossier.core.model.Article;
import dossier.entities.Entity;
import dossier.entities.Mention;
import dossier.entities.ui.EntityEditorIds;
import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.model.ArticleSession;
import dossier.entities.ui.internal.model.EditorState;
import dossier.entities.ui.internal.model.StateChangeOperation;
import dossier.entities.ui.internal.text.MentionTextViewer;
import dossier.entities.ui.internal.text.ProblemAnnotation;
import dossier.ui.HelpContexts;

/**
 * The Entity Editor: an article's text with its mentions (Text page), its entities (Entities page) and its
 * source metadata (Source page). The article is read in a Job; every edit is an undoable operation in the
 * workbench history under this editor's undo context; saving writes atomically.
 */
public final class EntityEditor extends MultiPageEditorPart implements ArticleSession.Listener {

	/** Answers "reload and lose your edits?" when the file changes on disk under unsaved edits; tests replace it. */
	public static Function<String, Boolean> reloadPrompt = message -> MessageDialog.open(MessageDialog.QUESTION,
			Display.getCurrent().getActiveShell(), Messages.Editor_changedOnDiskTitle, message, SWT.NONE,
			Messages.Editor_reload, Messages.Editor_keepMine) == 0;

	private ArticleSession session;
	private IStatus loadProblem;
	private Composite textStack;
	private Label loadingLabel;
	private MentionTextViewer text;
	private EntitiesPage entitiesPage;
	private SourcePage sourcePage;
	private EntityOutlinePage outline;
	private final EditorSelectionProvider selectionProvider = new EditorSelectionProvider();
	private final AtomicBoolean checkingDisk = new AtomicBoolean();
	private final DiskChangeNotice diskChange = new DiskChangeNotice(this);
	/** Set once a marker change has delivered problems: the load job's (older) reading must not replace them. */
	private volatile boolean problemsUpdated;
	private LicenceQuickFixes quickFixes;
	/** What the load job read, when it finished before the pages were created. */
	private Runnable pendingLoad;
	private final IResourceChangeListener resourceListener = this::resourceChanged;
	private final IPropertyChangeListener preferenceListener = event -> {
		if (event.getProperty().startsWith("mention.") && session != null && !textStack.isDisposed()) { //$NON-NLS-1$
			if (EntitiesUiPlugin.THRESHOLD_KEY.equals(event.getProperty())) {
				text.setMentions(EntitiesUiPlugin.shown(session.state().mentions()));
				entitiesPage.refresh();
			}
			text.restyle(EntitiesUiPlugin.styles(), EntitiesUiPlugin.shown(session.state().mentions()));
		}
	};

	@Override
	public void init(@Nullable IEditorSite site, @Nullable IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException("The Entity Editor opens article files of a workspace"); //$NON-NLS-1$
		}
		super.init(site, input);
		setPartName(input.getName());
		site.setSelectionProvider(selectionProvider);
		load(); // reading overlaps the creation of the pages
	}

	public IFile file() {
		return ((IFileEditorInput) getEditorInput()).getFile();
	}

	@Override
	protected void createPages() {
		textStack = new Composite(getContainer(), SWT.NONE);
		StackLayout stack = new StackLayout();
		textStack.setLayout(stack);
		loadingLabel = new Label(textStack, SWT.WRAP);
		loadingLabel.setText(NLS.bind(Messages.Editor_loading, file().getName()));
		Composite textHolder = new Composite(textStack, SWT.NONE);
		textHolder.setLayout(new FillLayout());
		text = new MentionTextViewer(textHolder, EntitiesUiPlugin.styles(), EditorsUI.getSharedTextColors());
		text.setDescriber(mention -> MentionItem.describe(session, mention));
		stack.topControl = loadingLabel;
		setPageText(addPage(textStack), Messages.Editor_textPage);
		entitiesPage = new EntitiesPage(getContainer(), this);
		setPageText(addPage(entitiesPage.control()), Messages.Editor_entitiesPage);
		sourcePage = new SourcePage(getContainer(), this);
		setPageText(addPage(sourcePage.control()), Messages.Editor_sourcePage);

		text.viewer().addPostSelectionChangedListener(event -> updateSelection());
		text.widget().addListener(SWT.FocusIn, event -> updateSelection());
		MenuManager menu = new MenuManager("#PopupMenu", EntityEditorIds.TEXT_MENU); //$NON-NLS-1$
		menu.add(new Separator("mentions")); //$NON-NLS-1$
		menu.add(new Separator("additions")); //$NON-NLS-1$
		quickFixes = new LicenceQuickFixes(text);
		quickFixes.install(menu, () -> textSelection().getOffset());
		text.widget().setMenu(menu.createContextMenu(text.widget()));
		getSite().registerContextMenu(EntityEditorIds.TEXT_MENU, menu, selectionProvider);

		PlatformUI.getWorkbench().getHelpSystem().setHelp(getContainer(), HelpContexts.ENTITY_EDITOR);
		EditorHandlers.activate(this);
		getSite().getService(IContextService.class).activateContext(EntityEditorIds.CONTEXT);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
		diskChange.install();
		EntitiesUiPlugin.getDefault().getPreferenceStore().addPropertyChangeListener(preferenceListener);
		if (pendingLoad != null) {
			Runnable show = pendingLoad;
			pendingLoad = null;
			show.run();
		}
	}

	/** Shows what the load job read: now if the pages exist, else once they do. On the UI thread. */
	private void deliver(Runnable show) {
		if (textStack == null) {
			pendingLoad = show;
		} else if (!textStack.isDisposed()) {
			show.run();
		}
	}

	/**
	 * The undo context exists before the session does, so undo/redo handlers can be made in createPages: the
	 * session adopts it when it is loaded.
	 */
	private final ObjectUndoContext undoContext = new ObjectUndoContext(this);
	/** The entity whose first mention {@link #revealEntity} selects once the article has loaded. */
	private @Nullable String pendingEntity;

	private void load() {
		new ArticleLoadJob(this, file(), (loaded, problems) -> deliver(() -> {
			if (!problemsUpdated) {
				text.setProblems(problems);
			}
			loaded(loaded, null);
		}), problem -> deliver(() -> loaded(null, problem))).schedule();
	}

	private void loaded(@Nullable ArticleSession loaded, @Nullable IStatus problem) {
		if (textStack.isDisposed()) {
			return;
		}
		if (loaded == null) {
			loadProblem = problem;
			loadingLabel.setText(problem.getMessage());
			return;
		}
		session = loaded;
		session.adoptUndoContext(undoContext);
		session.addListener(this);
		Article article = session.state().article();
		text.setInput(article.text(), article.direction(), EntitiesUiPlugin.shown(session.state().mentions()));
		((StackLayout) textStack.getLayout()).topControl = text.viewer().getControl().getParent();
		textStack.layout(true, true);
		if (!article.title().isBlank()) {
			setPartName(article.title().length() > 40 ? article.title().substring(0, 40) + "…" : article.title()); //$NON-NLS-1$
			setTitleToolTip(article.title() + "\n" + file().getFullPath()); //$NON-NLS-1$
		}
		entitiesPage.refresh();
		sourcePage.refresh();
		if (outline != null) {
			outline.refresh();
		}
		firePropertyChange(PROP_DIRTY);
		warmUpEngine();
		String pending = pendingEntity;
		if (pending != null) {
			pendingEntity = null;
			revealEntity(pending);
		}
	}

	/**
	 * Shows the Text page with the first mention of the entity {@code entityId} selected: now, or as soon as the
	 * article has loaded (another view opening an article on an entity does not wait for the load). Nothing
	 * happens when the article does not mention it.
	 */
	public void revealEntity(String entityId) {
		ArticleSession current = session;
		if (current == null) {
			pendingEntity = entityId;
			return;
		}
		current.state().mentions().stream().filter(mention -> mention.entityId().equals(entityId))
				.min(Comparator.comparingInt(Mention::start)).ifPresent(mention -> reveal(mention.start(), mention.end()));
	}

	/** Builds the corpus's entity engine in the background, so labels of seed entities show and Recognise is quick. */
	private void warmUpEngine() {
		if (session.engineIfReady() != null) {
			return;
		}
		new EngineWarmUpJob(this, session, () -> {
			if (!textStack.isDisposed()) {
				entitiesPage.refresh();
				if (outline != null) {
					outline.refresh();
				}
			}
		}).schedule();
	}

	/** Whether a change on disk under unsaved edits waits for the editor's activation to be asked about. */
	public boolean diskChangePending() {
		return diskChange.pending();
	}

	/** True once the article is shown. */
	public boolean isLoaded() {
		return session != null;
	}

	/** The reason the article could not be opened, or null. */
	public IStatus loadProblem() {
		return loadProblem;
	}

	public ArticleSession session() {
		return session;
	}

	public MentionTextViewer textViewer() {
		return text;
	}

	public EntitiesPage entitiesPage() {
		return entitiesPage;
	}

	public SourcePage sourcePage() {
		return sourcePage;
	}

	@Override
	public void stateChanged(EditorState previous, EditorState current) {
		if (textStack.isDisposed()) {
			return;
		}
		if (previous.mentions() != current.mentions()) {
			text.setMentions(EntitiesUiPlugin.shown(current.mentions()));
		}
		entitiesPage.refresh();
		if (previous.article() != current.article()) {
			sourcePage.refresh();
		}
		if (outline != null) {
			outline.refresh();
		}
		updateSelection();
		firePropertyChange(PROP_DIRTY);
	}

	/**
	 * Runs an edit as an undoable operation. {@code coalesceKey}, when not null, merges it with the operation
	 * before it if that one had the same key (typing in one Source field).
	 */
	public void apply(String label, UnaryOperator<EditorState> edit, @Nullable String coalesceKey) {
		if (session == null) {
			return;
		}
		EditorState before = session.state();
		EditorState after = edit.apply(before);
		if (after == before) {
			return;
		}
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		if (coalesceKey != null && history.getUndoOperation(undoContext) instanceof StateChangeOperation last
				&& last.extend(coalesceKey, after)) {
			return;
		}
		IUndoableOperation operation = new StateChangeOperation(label, session, before, after, coalesceKey);
		try {
			history.execute(operation, null, null);
		} catch (ExecutionException e) {
			EntitiesUiPlugin.log(label, e);
		}
	}

	public void apply(String label, UnaryOperator<EditorState> edit) {
		apply(label, edit, null);
	}

	public IUndoContext undoContext() {
		return undoContext;
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	@Override
	public void doSave(@Nullable IProgressMonitor monitor) {
		if (session == null) {
			return;
		}
		try {
			session.save();
			new ArticleFiles(file()).refreshAfterSave(session);
		} catch (IOException | RuntimeException e) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			IStatus status = EntitiesUiPlugin.error(NLS.bind(Messages.Editor_cannotSave, file().getName(), e.getMessage()), e);
			EntitiesUiPlugin.log(status.getMessage(), e);
			if (Display.getCurrent() != null && !Boolean.getBoolean("dossier.tests")) { //$NON-NLS-1$
				ErrorDialog.openError(getSite().getShell(), null, null, status);
			}
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		// an article is saved where it is stored
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** Discards unsaved edits: reads the files again (in a Job) and forgets this editor's undo history. */
	public void revert() {
		if (session == null) {
			return;
		}
		reloadFromDisk();
	}

	/** Reads the files again (in a Job) and shows them, forgetting this editor's undo history. */
	void reloadFromDisk() {
		ArticleSession current = session;
		new DiskReloadJob(this, file(), current, fromDisk -> {
			if (!textStack.isDisposed()) {
				PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().dispose(undoContext, true, true, false);
				boolean articleChanged = !fromDisk.article().text().equals(current.state().article().text());
				current.reloaded(fromDisk);
				if (articleChanged) {
					Article article = fromDisk.article();
					text.setInput(article.text(), article.direction(), EntitiesUiPlugin.shown(fromDisk.mentions()));
				}
			}
		}).schedule();
	}

	private void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		if (LicenceProblems.changed(event, file())) {
			// read now (markers are cheap to read, and this is not the UI thread's time), show when the UI is free
			List<ProblemAnnotation> problems = LicenceProblems.read(file());
			problemsUpdated = true;
			Display.getDefault().asyncExec(() -> {
				if (textStack != null && !textStack.isDisposed()) {
					text.setProblems(problems);
				}
			});
		}
		if (session == null) {
			return;
		}
		boolean touched = new ArticleFiles(file()).touchedBy(event, session);
		if (touched && checkingDisk.compareAndSet(false, true)) {
			ArticleSession current = session;
			new DiskCheckJob(this, file(), current, checkingDisk, () -> diskChange.changed(current)).schedule(100);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new EntityOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	void outlineDisposed() {
		outline = null;
	}

	/** Shows the Entities page. */
	public void showEntitiesPage() {
		setActivePage(1);
	}

	/** Shows the Text page and selects {@code [start, end)}, leaving the focus where it is (the outline). */
	public void show(int start, int end) {
		if (getActivePage() != 0) {
			setActivePage(0);
		}
		text.reveal(start, end);
		updateSelection();
	}

	/** Shows the Text page and selects {@code [start, end)}. */
	public void reveal(int start, int end) {
		setActivePage(0);
		text.reveal(start, end);
		text.widget().setFocus();
	}

	/** The text selection of the Text page, in article offsets. */
	public ITextSelection textSelection() {
		Point range = text.viewer().getSelectedRange();
		return new TextSelection(range.x, range.y);
	}

	/** The mention at the caret or selection start on the Text page, or null. */
	public @Nullable Mention mentionAtCaret() {
		if (session == null) {
			return null;
		}
		ITextSelection selection = textSelection();
		Mention mention = text.mentionAt(selection.getOffset());
		if (mention == null && selection.getLength() > 0) {
			mention = text.mentionAt(selection.getOffset() + selection.getLength() - 1);
		}
		return mention;
	}

	private void updateSelection() {
		if (session == null) {
			return;
		}
		Mention mention = mentionAtCaret();
		ISelection selection = mention != null ? new StructuredSelection(new MentionItem(session, mention))
				: textSelection();
		selectionProvider.setSelection(selection);
	}

	/** The menu the last Ctrl+1 showed, or null (tests read it). */
	public @Nullable Menu quickFixMenu() {
		return quickFixes.lastMenu();
	}

	/** The quick fixes of the problems at {@code offset} of the Text page, else of the problems on its line. */
	public List<LicenceQuickFixes.Fix> quickFixesAt(int offset) {
		return quickFixes.at(offset);
	}

	/** The quick fixes the vertical ruler's menu offers on document line {@code line}. */
	public List<LicenceQuickFixes.Fix> rulerQuickFixes(int line) {
		return quickFixes.onLine(line);
	}

	/** Ctrl+1 on the Text page: a menu of the quick fixes at the caret. */
	void showQuickFixMenu() {
		if (session != null && getActivePage() == 0) {
			quickFixes.showAtCaret();
		}
	}

	@Override
	public void dispose() {
		Job.getJobManager().cancel(this);
		if (quickFixes != null) {
			quickFixes.dispose();
		}
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
		diskChange.uninstall();
		EntitiesUiPlugin.getDefault().getPreferenceStore().removePropertyChangeListener(preferenceListener);
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().dispose(undoContext, true, true, true);
		if (session != null) {
			session.removeListener(this);
		}
		super.dispose();
	}
}
