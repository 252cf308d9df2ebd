// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.explorer.ui.ExplorerFilters;
import dossier.insight.Dimension;
import dossier.insight.Overview;
import dossier.insight.ui.InsightUi;
import dossier.tests.common.Workbench;
import dossier.workspace.ProjectEntities;
import dossier.workspace.lineage.ProjectLinking;

class OverviewEditorTest {

	private IProject project;

	@BeforeEach
	void corpus() throws Exception {
		project = InsightFixture.knownCorpus("InsightOverviewEditor");
	}

	@AfterEach
	void close() throws Exception {
		Workbench.page().closeAllEditors(false);
		Workbench.joinJobs(InsightUi.JOB_FAMILY);
		// what deleting a project started (the build, recognition, linking) ends before the next test's corpus
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		ProjectEntities.join(null);
		ProjectLinking.join(null);
		Workbench.processEvents();
		if (project.isOpen()) {
			ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.LANGUAGE, null);
			ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.PUBLISHER, null);
		}
	}

	/** Runs "Open Corpus Overview" as a context menu does: {@code selection} selected, {@code part} active. */
	private static void openCorpusOverview(Object part, Object selection) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IEvaluationContext context = handlers.createContextSnapshot(true);
		if (part != null) {
			context.addVariable(ISources.ACTIVE_PART_NAME, part);
		}
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
		handlers.executeCommandInContext(
				new ParameterizedCommand(commands.getCommand(InsightUi.COMMAND_OPEN_OVERVIEW), null), null, context);
	}

	private static List<OverviewEditor> overviewEditors() {
		return Arrays.stream(Workbench.page().getEditorReferences())
				.filter(reference -> InsightUi.EDITOR_OVERVIEW.equals(reference.getId()))
				.map(reference -> (OverviewEditor) reference.getEditor(true)).toList();
	}

	private OverviewEditor openFromTheProjectExplorer() throws Exception {
		openCorpusOverview(Workbench.page().getActivePart(), new StructuredSelection(project));
		List<OverviewEditor> editors = overviewEditors();
		assertEquals(1, editors.size(), "one Overview editor");
		OverviewEditor editor = editors.get(0);
		InsightFixture.settle("the editor's overview of five articles", () -> {
			Overview shown = editor.shown();
			return shown != null && shown.articles() == 5;
		});
		return editor;
	}

	@Test
	void openingItOnACorpusShowsTheSameTalliesAsTheView() throws Exception {
		OverviewEditor editor = openFromTheProjectExplorer();
		assertEquals(project, editor.project());
		assertEquals("Overview \u2014 " + project.getName(), editor.getPartName());
		assertEquals("Overview \u2014 " + project.getName(), editor.getTitleToolTip());
		assertFalse(editor.isDirty(), "a dashboard is never dirty");
		assertEquals(project, editor.getEditorInput().getAdapter(IProject.class));
		assertEquals(List.of("en", "ar", "it"), editor.chart(Dimension.LANGUAGE).keys());
		assertEquals(Map.of("en", 3, "ar", 1, "it", 1), editor.shown().tally(Dimension.LANGUAGE));
		assertEquals(List.of("Reuters", "ANSA", "unknown", "الجزيرة"), editor.chart(Dimension.PUBLISHER).keys());
		assertTrue(editor.summaryText().startsWith("5 articles, 5 stories; 1 without a full date"), editor.summaryText());

		OverviewView view = (OverviewView) Workbench.page().showView(InsightUi.VIEW_OVERVIEW);
		try {
			view.corpora().choose(project);
			view.recompute();
			InsightFixture.settle("the view's overview", () -> view.shown() != null && view.shown().articles() == 5);
			for (Dimension dimension : Dimension.values()) {
				assertEquals(view.shown().tally(dimension), editor.shown().tally(dimension), dimension.toString());
			}
			assertEquals(view.summaryText(), editor.summaryText());
			assertEquals(view.shown().findings(), editor.shown().findings());
			assertEquals(view.shown().imports(), editor.shown().imports());
			assertEquals(new String(view.export("csv"), StandardCharsets.UTF_8),
					new String(editor.export("csv"), StandardCharsets.UTF_8), "the same data exported");

			// "Open as Editor" in the view's menu shows the editor already open on its corpus.
			openCorpusOverview(view, StructuredSelection.EMPTY);
			assertEquals(List.of(editor), overviewEditors(), "the open editor is reused");
		} finally {
			Workbench.page().hideView(view);
		}
		openCorpusOverview(Workbench.page().getActivePart(), new StructuredSelection(project));
		assertEquals(List.of(editor), overviewEditors(), "the open editor is reused");
	}

	@Test
	void itsToolbarRecomputesAndExportsAndItsExportsHaveTheCharts() throws Exception {
		OverviewEditor editor = openFromTheProjectExplorer();
		List<IContributionItem> items = Arrays.stream(editor.toolBarManager().getItems())
				.filter(item -> !item.isSeparator() && !item.isGroupMarker()).toList();
		assertEquals(4, items.size(), "Recompute and three exports: " + items);
		assertEquals(4, editor.toolBarManager().getControl().getItemCount(), "shown in the editor's bar");
		assertEquals(List.of("png", "svg", "csv"), editor.exportFormats());
		assertEquals("overview-" + project.getName(), editor.exportName());
		assertEquals((byte) 0x89, editor.export("png")[0], "a PNG");
		String svg = new String(editor.export("svg"), StandardCharsets.UTF_8);
		assertTrue(svg.contains("الجزيرة: 1"), "the publishers chart in the SVG");
		assertTrue(new String(editor.export("csv"), StandardCharsets.UTF_8).contains("Reuters"), "the data as CSV");
	}

	@Test
	void clickingABarFiltersTheExplorer() throws Exception {
		OverviewEditor editor = openFromTheProjectExplorer();
		BarChart publishers = editor.chart(Dimension.PUBLISHER);
		int row = publishers.keys().indexOf("الجزيرة");
		InsightFixture.mouse(publishers.control(), SWT.MouseUp, BarChart.LABEL_WIDTH + 2, BarChart.rowMiddle(row));
		assertEquals("الجزيرة", ExplorerFilters.current(Workbench.page()).get(ExplorerFilters.PUBLISHER));
		InsightFixture.waitForExplorerRows("the Explorer lists the Arabic article", 1);

		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.PUBLISHER, null);
		InsightFixture.mouse(editor.chart(Dimension.LANGUAGE).control(), SWT.MouseUp, 5, BarChart.rowMiddle(0));
		assertEquals("en", ExplorerFilters.current(Workbench.page()).get(ExplorerFilters.LANGUAGE));
		InsightFixture.waitForExplorerRows("the Explorer lists the three English articles", 3);
	}

	@Test
	void itIsRestoredFromItsMemento() throws Exception {
		OverviewEditor editor = openFromTheProjectExplorer();
		IEditorInput input = editor.getEditorInput();
		IPersistableElement persistable = input.getPersistable();
		assertNotNull(persistable, "the workbench can save the editor");
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		persistable.saveState(memento);
		XMLMemento read = XMLMemento.createReadRoot(new java.io.StringReader(toString(memento)));
		IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(persistable.getFactoryId());
		assertNotNull(factory, "the factory is registered under " + persistable.getFactoryId());
		Object restored = factory.createElement(read);
		assertEquals(input, restored, "the same input, so the editor reopens on the same corpus");
		assertEquals(project, ((IEditorInput) restored).getAdapter(IProject.class));

		Workbench.page().closeEditor(editor, false);
		IEditorPart reopened = Workbench.page().openEditor((IEditorInput) restored, InsightUi.EDITOR_OVERVIEW);
		assertEquals("Overview \u2014 " + project.getName(), reopened.getTitle());
		InsightFixture.settle("the reopened editor's overview", () -> ((OverviewEditor) reopened).shown() != null);

		XMLMemento gone = XMLMemento.createWriteRoot("editor");
		new OverviewEditorInput(project.getWorkspace().getRoot().getProject("NoSuchCorpus")).saveState(gone);
		assertNull(factory.createElement(gone), "no editor is restored on a project that is gone");
	}

	private static String toString(XMLMemento memento) throws Exception {
		java.io.StringWriter writer = new java.io.StringWriter();
		memento.save(writer);
		return writer.toString();
	}

	@Test
	void deletingTheProjectClosesIt() throws Exception {
		OverviewEditor editor = openFromTheProjectExplorer();
		IEditorReference[] before = Workbench.page().findEditors(editor.getEditorInput(), InsightUi.EDITOR_OVERVIEW,
				org.eclipse.ui.IWorkbenchPage.MATCH_INPUT);
		assertEquals(1, before.length);
		project.delete(true, true, new NullProgressMonitor());
		Workbench.waitUntil("the editor closed", () -> overviewEditors().isEmpty());
		assertSame(null, Workbench.page().findEditor(editor.getEditorInput()));
	}
}
