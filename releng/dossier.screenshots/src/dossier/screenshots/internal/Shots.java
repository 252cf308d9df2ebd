// SPDX-License-Identifier: EPL-2.0
package dossier.screenshots.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

import dossier.entities.Mention;
import dossier.entities.ui.EntityEditorIds;
import dossier.entities.ui.internal.editor.EntityEditor;
import dossier.entities.ui.internal.handlers.EditorActions;
import dossier.entities.ui.internal.text.ProblemAnnotation;
import dossier.explorer.ui.ExplorerUi;
import dossier.insight.Dimension;
import dossier.insight.Granularity;
import dossier.insight.ui.InsightUi;
import dossier.licence.ui.LicenceUi;
import dossier.lineage.LinkType;
import dossier.lineage.ui.LineageUi;
import dossier.workspace.CorpusProjects;
import dossier.workspace.DossierWorkspace;
import dossier.workspace.ProjectEntities;
import dossier.workspace.licence.LicenceMarkers;

/**
 * What each README screenshot shows, taken one after the other in the product's Analysis perspective at 1400x900:
 * the Samples project as the product imports it on a first start (explorer, entity-editor, problems, attribution),
 * then corpora built for the purpose ({@link Corpora}): timeline, overview, map, network, lineage, side-by-side.
 */
final class Shots {

	private static final String DARK_THEME = "org.eclipse.e4.ui.css.theme.e4_dark"; //$NON-NLS-1$
	private static final String LIGHT_THEME = "org.eclipse.e4.ui.css.theme.e4_default"; //$NON-NLS-1$

	private static final String SAMPLES = "Samples"; //$NON-NLS-1$
	private static final String COMPARE_WITH_ORIGINAL = "dossier.lineage.ui.compareWithOriginal"; //$NON-NLS-1$
	private static final Object[] CORPUS_JOBS = { ResourcesPlugin.FAMILY_AUTO_BUILD, ProjectEntities.FAMILY,
			DossierWorkspace.JOB_FAMILY, ExplorerUi.JOB_FAMILY };

	private final Ui ui;
	private final Corpora corpora;
	private final Path folder;

	Shots(Ui ui, Corpora corpora, Path folder) {
		this.ui = ui;
		this.corpora = corpora;
		this.folder = folder;
	}

	void takeAll() throws Exception {
		IFile sample = awaitSamples();
		ui.sizeWindow();
		explorerAndEditor(sample);
		problemsAndAttribution(sample);
		ui.run(() -> ui.page().closeAllEditors(false));
		timelineAndOverview(Corpora.grainTalks());
		IProject realNews = corpora.realNews();
		map(realNews);
		network(realNews);
		lineage(corpora.globalVoices());
		sideBySide(corpora.globalVoicesSyria());
	}

	/** Waits for the first start's import of the samples, their recognition and their licence check. */
	private IFile awaitSamples() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(SAMPLES);
		ui.await("the Samples project", () -> project.isOpen() && CorpusProjects.isCorpus(project)); //$NON-NLS-1$
		ui.await("the sample imported", () -> articleIds(project).size() == 1, CORPUS_JOBS); //$NON-NLS-1$
		ProjectEntities.join(null);
		IFile file = CorpusProjects.articleFile(project, articleIds(project).get(0));
		ui.await("the sample checked", () -> licenceMarkers(file) > 0, CORPUS_JOBS); //$NON-NLS-1$
		return file;
	}

	/** The Article Explorer searching بوتين beside the sample in the Entity Editor, its Outline and the Problems. */
	private void explorerAndEditor(IFile sample) throws Exception {
		IWorkbenchPage page = ui.page();
		IViewPart explorer = ui.sync(() -> page.showView(ExplorerUi.VIEW_ID));
		ui.run(() -> {
			IDE.openEditor(page, sample, EntityEditorIds.EDITOR, true);
			page.showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
			page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		});
		ui.await("the editor's mentions", () -> page.getActiveEditor() instanceof EntityEditor editor //$NON-NLS-1$
				&& editor.session() != null && !editor.session().state().mentions().isEmpty(), CORPUS_JOBS);
		EntityEditor editor = (EntityEditor) ui.sync(page::getActiveEditor);
		decideAndScroll(editor);
		// the editor with its Outline and the sample's licence problems, the Explorer's stack minimised to the side
		ui.run(() -> page.setPartState(page.getReference(explorer), IWorkbenchPage.STATE_MINIMIZED));
		IViewPart problems = ui.sync(() -> page.findView(IPageLayout.ID_PROBLEM_VIEW));
		ui.settle();
		ui.run(() -> {
			expandAll(problems);
			page.activate(page.getActiveEditor());
		});
		ui.capture(folder.resolve("entity-editor.png")); //$NON-NLS-1$
		ui.run(() -> page.setPartState(page.getReference(explorer), IWorkbenchPage.STATE_RESTORED));
		ui.run(() -> {
			page.activate(explorer);
			Ui.call(explorer, "search", sample.getProject(), "بوتين"); //$NON-NLS-1$ //$NON-NLS-2$
		});
		ui.await("the search", () -> "بوتين".equals(Ui.call(explorer, "searchText")), CORPUS_JOBS); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ui.settle(); // the field's own listener searches a moment after the text is set
		ui.await("the search's rows", () -> true, CORPUS_JOBS); //$NON-NLS-1$
		selectFirstRow(explorer);
		ui.capture(folder.resolve("explorer.png")); //$NON-NLS-1$
		ui.run(() -> Ui.call(explorer, "search", sample.getProject(), "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Accepts every mention of Putin and of Kim Jong Un (accepted mentions are tinted, suggestions in italics) and
	 * scrolls the editor to the first licence problem's evidence, once the editor marks it.
	 */
	private void decideAndScroll(EntityEditor editor) throws Exception {
		ui.run(() -> {
			for (String id : new String[] { "putin", "kim-jong-un" }) { //$NON-NLS-1$ //$NON-NLS-2$
				Mention mention = editor.session().state().mentions().stream().filter(m -> m.entityId().contains(id))
						.findFirst().orElse(null);
				if (mention != null) {
					editor.reveal(mention.start(), mention.start());
					EditorActions.acceptAllOfEntity(editor);
				}
			}
		});
		ui.await("licence problems marked at their evidence", () -> editor.textViewer().problems().stream() //$NON-NLS-1$
				.anyMatch(ProblemAnnotation::hasEvidence), EntityEditorIds.JOB_FAMILY);
		ui.run(() -> {
			int evidence = editor.textViewer().problems().stream().filter(ProblemAnnotation::hasEvidence)
					.mapToInt(ProblemAnnotation::start).min().orElse(0);
			Mention first = editor.session().state().mentions().get(0);
			editor.reveal(first.start(), first.start());
			editor.textViewer().widget().setTopIndex(Math.max(0, editor.textViewer().widget().getLineAtOffset(evidence) - 8));
		});
		ui.await("the editor's jobs", () -> true, EntityEditorIds.JOB_FAMILY); //$NON-NLS-1$
	}

	/** The sample's licence problems in the Problems view, then the Attribution view, each maximised. */
	private void problemsAndAttribution(IFile sample) throws Exception {
		IWorkbenchPage page = ui.page();
		IViewPart attribution = ui.sync(() -> {
			IViewPart projectExplorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
			IViewPart view = page.showView(LicenceUi.VIEW_ATTRIBUTION);
			page.showView(IPageLayout.ID_PROBLEM_VIEW);
			page.activate(projectExplorer);
			if (projectExplorer instanceof ISetSelectionTarget target) {
				target.selectReveal(new StructuredSelection(sample));
			}
			return view;
		});
		ui.await("the Attribution view follows the selection", () -> Ui.call(attribution, "shown") != null); //$NON-NLS-1$ //$NON-NLS-2$
		IViewPart problems = ui.sync(() -> page.showView(IPageLayout.ID_PROBLEM_VIEW));
		maximise(problems);
		ui.settle();
		ui.run(() -> expandAll(problems));
		ui.capture(folder.resolve("problems.png")); //$NON-NLS-1$
		restore(problems);
		ui.run(() -> page.activate(attribution));
		maximise(attribution);
		ui.capture(folder.resolve("attribution.png")); //$NON-NLS-1$
		restore(attribution);
	}

	/** The Timeline by week stacked by language, the pointer on a bar; the Corpus Overview. */
	private void timelineAndOverview(IProject project) throws Exception {
		IWorkbenchPage page = ui.page();
		IViewPart timeline = ui.sync(() -> page.showView(InsightUi.VIEW_TIMELINE));
		ui.run(() -> {
			Ui.call(Ui.call(timeline, "corpora"), "choose", project); //$NON-NLS-1$ //$NON-NLS-2$
			Ui.call(timeline, "choose", Granularity.WEEK, Dimension.LANGUAGE, false); //$NON-NLS-1$
		});
		maximise(timeline);
		ui.await("the timeline", () -> { //$NON-NLS-1$
			Object shown = Ui.call(Ui.call(timeline, "chart"), "timeline"); //$NON-NLS-1$ //$NON-NLS-2$
			return shown != null && Ui.call(shown, "granularity") == Granularity.WEEK && Ui.integer(shown, "dated") > 30; //$NON-NLS-1$ //$NON-NLS-2$
		}, InsightUi.JOB_FAMILY, ExplorerUi.JOB_FAMILY);
		ui.run(() -> {
			Object chart = Ui.call(timeline, "chart"); //$NON-NLS-1$
			Rectangle bar = (Rectangle) Ui.call(Ui.call(chart, "layout"), "bar", 5); //$NON-NLS-1$ //$NON-NLS-2$
			Ui.mouse((Control) Ui.call(chart, "control"), SWT.MouseMove, bar.x + bar.width / 2, bar.y + bar.height - 2); //$NON-NLS-1$
		});
		ui.capture(folder.resolve("timeline.png")); //$NON-NLS-1$
		restore(timeline);

		IViewPart overview = ui.sync(() -> page.showView(InsightUi.VIEW_OVERVIEW));
		ui.run(() -> {
			Ui.call(Ui.call(overview, "corpora"), "choose", project); //$NON-NLS-1$ //$NON-NLS-2$
			Ui.call(overview, "recompute"); //$NON-NLS-1$
		});
		maximise(overview);
		ui.await("the overview", () -> Ui.call(overview, "shown") != null //$NON-NLS-1$ //$NON-NLS-2$
				&& Ui.integer(Ui.call(overview, "shown"), "articles") > 30, InsightUi.JOB_FAMILY, ExplorerUi.JOB_FAMILY); //$NON-NLS-1$ //$NON-NLS-2$
		ui.capture(folder.resolve("overview.png")); //$NON-NLS-1$
		restore(overview);
		hide(timeline, overview);
	}

	/** The Map of the real articles, the pointer on the town with most articles. */
	private void map(IProject project) throws Exception {
		IViewPart map = insightView(InsightUi.VIEW_MAP, project);
		ui.run(() -> {
			Object canvas = Ui.call(map, "canvas"); //$NON-NLS-1$
			Object biggest = ((List<?>) Ui.call(Ui.call(canvas, "layout"), "dots")).get(0); //$NON-NLS-1$ //$NON-NLS-2$
			Ui.mouse((Control) Ui.call(canvas, "control"), SWT.MouseMove, Ui.integer(biggest, "x"), Ui.integer(biggest, "y")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		});
		ui.capture(folder.resolve("map.png")); //$NON-NLS-1$
		restore(map);
		hide(map);
	}

	/** The Entity Network of the real articles, the pointer on the most mentioned entity. */
	private void network(IProject project) throws Exception {
		IViewPart network = insightView(InsightUi.VIEW_NETWORK, project);
		ui.run(() -> {
			Object canvas = Ui.call(network, "canvas"); //$NON-NLS-1$
			Object biggest = ((List<?>) Ui.call(Ui.call(canvas, "layout"), "discs")).get(0); //$NON-NLS-1$ //$NON-NLS-2$
			Ui.mouse((Control) Ui.call(canvas, "control"), SWT.MouseMove, Ui.integer(biggest, "x"), Ui.integer(biggest, "y")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		});
		ui.capture(folder.resolve("network.png")); //$NON-NLS-1$
		// The same in the Dark theme (Preferences > General > Appearance), then back to Light.
		IThemeEngine themes = ui.sync(() -> PlatformUI.getWorkbench().getService(IThemeEngine.class));
		ui.run(() -> themes.setTheme(DARK_THEME, false));
		ui.run(() -> ((Control) Ui.call(Ui.call(network, "canvas"), "control")).redraw()); //$NON-NLS-1$ //$NON-NLS-2$
		ui.capture(folder.resolve("network-dark.png")); //$NON-NLS-1$
		ui.run(() -> themes.setTheme(LIGHT_THEME, false));
		restore(network);
		hide(network);
	}

	/** A maximised Map or Network view of {@code project} once it shows (nearly) all of its 102 stories. */
	private IViewPart insightView(String id, IProject project) throws Exception {
		IWorkbenchPage page = ui.page();
		IViewPart view = ui.sync(() -> page.showView(id));
		ui.run(() -> {
			Ui.call(Ui.call(view, "corpora"), "choose", project); //$NON-NLS-1$ //$NON-NLS-2$
			Ui.call(view, "recompute"); //$NON-NLS-1$
		});
		maximise(view);
		ui.await(id, () -> Ui.call(view, "shown") != null && Ui.integer(Ui.call(view, "shown"), "stories") > 90, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				InsightUi.JOB_FAMILY, ExplorerUi.JOB_FAMILY);
		ui.settle();
		return view;
	}

	/** The Lineage view on the French translation, its translation link selected. */
	private void lineage(Corpora.Built corpus) throws Exception {
		IWorkbenchPage page = ui.page();
		String french = corpus.ids().get(1);
		IViewPart view = ui.sync(() -> {
			IDE.openEditor(page, CorpusProjects.articleFile(corpus.project(), french), true);
			return page.showView(LineageUi.VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
		});
		ui.await("the French translation's chain", () -> { //$NON-NLS-1$
			Object shown = Ui.call(view, "shown"); //$NON-NLS-1$
			if (Boolean.TRUE.equals(Ui.call(view, "computing")) || shown == null) { //$NON-NLS-1$
				return false;
			}
			Object chain = Ui.call(shown, "chain"); //$NON-NLS-1$
			return french.equals(Ui.call(chain, "articleId")) && ((List<?>) Ui.call(chain, "links")).size() >= 2; //$NON-NLS-1$ //$NON-NLS-2$
		}, LineageUi.JOB_FAMILY, ExplorerUi.JOB_FAMILY);
		maximise(view);
		ui.settle();
		ui.run(() -> {
			Object graph = Ui.call(view, "graph"); //$NON-NLS-1$
			for (Object arrow : (List<?>) Ui.call(Ui.call(graph, "layout"), "arrows")) { //$NON-NLS-1$ //$NON-NLS-2$
				dossier.lineage.LineageLink link = (dossier.lineage.LineageLink) Ui.call(arrow, "link"); //$NON-NLS-1$
				if (link.type() == LinkType.TRANSLATION && link.involves(french)) {
					Rectangle label = (Rectangle) Ui.call(arrow, "label"); //$NON-NLS-1$
					Event click = new Event();
					click.button = 1;
					click.x = label.x + 10;
					click.y = label.y + 5;
					((Control) Ui.call(graph, "control")).notifyListeners(SWT.MouseDown, click); //$NON-NLS-1$
					return;
				}
			}
			throw new IllegalStateException("no translation link drawn"); //$NON-NLS-1$
		});
		ui.await("the link selected", () -> Boolean.FALSE.equals(Ui.call(view, "computing")) //$NON-NLS-1$ //$NON-NLS-2$
				&& Ui.call(Ui.call(view, "graph"), "selectedLink") != null //$NON-NLS-1$ //$NON-NLS-2$
				&& ((org.eclipse.swt.widgets.Button) Ui.call(view, "rejectButton")).isEnabled(), LineageUi.JOB_FAMILY); //$NON-NLS-1$
		ui.capture(folder.resolve("lineage.png")); //$NON-NLS-1$
		restore(view);
		ui.run(() -> {
			page.closeAllEditors(false);
			page.hideView(view);
		});
	}

	/** Compare with Original on the Arabic translation: the side-by-side editor, the third pair selected. */
	private void sideBySide(Corpora.Built corpus) throws Exception {
		IWorkbenchPage page = ui.page();
		ui.run(() -> {
			page.activate(IDE.openEditor(page, CorpusProjects.articleFile(corpus.project(), corpus.ids().get(1)), true));
			page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(COMPARE_WITH_ORIGINAL, null);
		});
		ui.await("the side-by-side editor shows both articles", () -> { //$NON-NLS-1$
			IEditorPart editor = page.getActiveEditor();
			return editor != null && editor.getClass().getSimpleName().equals("SideBySideEditor") //$NON-NLS-1$
					&& Boolean.FALSE.equals(Ui.call(editor, "computing")) && Ui.call(editor, "shown") != null; //$NON-NLS-1$ //$NON-NLS-2$
		}, LineageUi.JOB_FAMILY);
		IEditorPart editor = ui.sync(page::getActiveEditor);
		maximise(editor);
		ui.settle();
		ui.run(() -> Ui.call(Ui.call(editor, "sync"), "select", false, 2)); //$NON-NLS-1$ //$NON-NLS-2$
		ui.capture(folder.resolve("side-by-side.png")); //$NON-NLS-1$
		restore(editor);
		ui.run(() -> page.closeAllEditors(false));
	}

	private void maximise(IWorkbenchPart part) throws Exception {
		ui.run(() -> ui.page().setPartState(ui.page().getReference(part), IWorkbenchPage.STATE_MAXIMIZED));
	}

	private void restore(IWorkbenchPart part) throws Exception {
		ui.run(() -> ui.page().setPartState(ui.page().getReference(part), IWorkbenchPage.STATE_RESTORED));
	}

	private void hide(IViewPart... views) throws Exception {
		ui.run(() -> {
			for (IViewPart view : views) {
				ui.page().hideView(view);
			}
		});
	}

	/** Selects the Article Explorer's first row, as a click would, so its preview shows the passage found. */
	private void selectFirstRow(IViewPart explorer) throws Exception {
		ui.run(() -> {
			Composite root = (Composite) explorer.getSite().getShell();
			for (org.eclipse.swt.widgets.Table table : tables(root)) {
				if (table.getItemCount() > 0 && table.getColumnCount() > 1) {
					table.setSelection(0);
					Event event = new Event();
					event.item = table.getItem(0);
					table.notifyListeners(SWT.Selection, event);
					return;
				}
			}
		});
	}

	private static List<org.eclipse.swt.widgets.Table> tables(Control control) {
		List<org.eclipse.swt.widgets.Table> found = new java.util.ArrayList<>();
		if (control instanceof org.eclipse.swt.widgets.Table table && table.isVisible()) {
			found.add(table);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(tables(child));
			}
		}
		return found;
	}

	/** Expands the Problems view's categories as a click would (the viewer creates children on SWT.Expand). */
	private static void expandAll(IViewPart view) {
		for (Control control : List.of(view.getSite().getShell())) {
			expandTrees(control);
		}
	}

	private static void expandTrees(Control control) {
		if (control instanceof Tree tree && tree.isVisible()) {
			if (tree.getColumnCount() > 1) {
				tree.getColumn(0).setWidth(640); // the whole message
			}
			for (TreeItem item : tree.getItems()) {
				Event event = new Event();
				event.item = item;
				tree.notifyListeners(SWT.Expand, event);
				item.setExpanded(true);
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				expandTrees(child);
			}
		}
	}

	private static List<String> articleIds(IProject project) {
		try {
			return CorpusProjects.corpus(project).ids();
		} catch (Exception e) {
			return List.of();
		}
	}

	private static int licenceMarkers(IFile file) {
		try {
			return file.exists() ? file.findMarkers(LicenceMarkers.TYPE, false, IResource.DEPTH_ZERO).length : 0;
		} catch (Exception e) {
			return 0;
		}
	}
}
