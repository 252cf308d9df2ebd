// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;


import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.IMenuService;

import dossier.insight.Dimension;
import dossier.insight.Overview;
import dossier.insight.ui.InsightUi;
import dossier.ui.HelpContexts;
import dossier.ui.ReadOnlyEditorPart;

/**
 * The Corpus Overview as a read-only dashboard editor on a corpus project (its input, an
 * {@link OverviewEditorInput}): the {@link OverviewPanel} of the view without the corpus picker, recomputed when
 * the corpus changes, closed when the project is deleted or closed. Never dirty. Its toolbar carries what
 * {@code plugin.xml} contributes to {@code toolbar:dossier.insight.overviewEditor} (Recompute, the exports).
 */
public class OverviewEditor extends ReadOnlyEditorPart implements ChartPart {

	private IProject project;
	private OverviewPanel panel;
	private CorpusComputation<Overview> computation;
	private @Nullable ToolBarManager toolBar;
	private final IResourceChangeListener projectGone = this::projectGone;
	private volatile boolean closed;

	/** Opens the Overview editor on {@code project} in {@code page}, or shows the one already open on it. */
	static OverviewEditor open(IWorkbenchPage page, IProject project) throws PartInitException {
		return (OverviewEditor) page.openEditor(new OverviewEditorInput(project), InsightUi.EDITOR_OVERVIEW, true,
				IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
	}

	@Override
	public void init(@Nullable IEditorSite site, @Nullable IEditorInput input) throws PartInitException {
		IProject corpus = input == null ? null : Adapters.adapt(input, IProject.class);
		if (site == null || input == null || corpus == null) {
			throw new PartInitException("The Corpus Overview opens on a corpus project, not on " + input); //$NON-NLS-1$
		}
		project = corpus;
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		ResourcesPlugin.getWorkspace().addResourceChangeListener(projectGone,
				IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
	}

	@Override
	public void createPartControl(Composite parent) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, HelpContexts.OVERVIEW_EDITOR);
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(2, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		ExplorerLink explorer = new ExplorerLink(getSite(), () -> project);
		computation = new CorpusComputation<>(getSite(), () -> project, new PanelDisplay());
		panel = new OverviewPanel(bar, parent, explorer, computation::recomputeFromMemory);
		toolBar = toolBar(bar);
		computation.start();
		computation.recompute();
	}

	/** The commands contributed to the editor's toolbar, at the right of the bar. */
	private ToolBarManager toolBar(Composite bar) {
		ToolBarManager manager = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		IMenuService menus = getSite().getService(IMenuService.class);
		if (menus != null) {
			menus.populateContributionManager(manager, "toolbar:" + InsightUi.EDITOR_OVERVIEW); //$NON-NLS-1$
		}
		manager.createControl(bar).setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		return manager;
	}

	/** What the computation drives: the panel. */
	private final class PanelDisplay implements InsightDisplay<Overview> {

		@Override
		public @Nullable Control statusControl() {
			return panel == null ? null : panel.statusControl();
		}

		@Override
		public void status(String text) {
			panel.status(text);
		}

		@Override
		public CorpusInsightJob<Overview> newJob(IProject corpus) {
			return panel.newJob(corpus, OverviewEditor.this);
		}

		@Override
		public void show(Overview result) {
			panel.show(result);
		}

		@Override
		public void showNoCorpus() {
			panel.status(Messages.NoCorpus);
		}
	}

	/** On the thread that closes or deletes the project: closes the editor, on the UI thread, once it is safe. */
	private void projectGone(IResourceChangeEvent event) {
		if (!project.equals(event.getResource())) {
			return;
		}
		Display display = getSite().getShell().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				IWorkbenchPage page = getSite().getPage();
				if (!closed && page != null) { // not closed meanwhile (by the user, or with its window)
					page.closeEditor(this, false);
				}
			});
		}
	}

	@Override
	public String exportName() {
		return "overview-" + project.getName(); //$NON-NLS-1$
	}

	@Override
	public byte @Nullable [] export(String format) {
		return panel.export(format);
	}

	@Override
	public void recompute() {
		computation.recompute();
	}

	@Override
	public void setFocus() {
		panel.onceButton().setFocus();
	}

	@Override
	public void dispose() {
		closed = true;
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(projectGone);
		if (computation != null) {
			computation.dispose();
		}
		ToolBarManager manager = toolBar;
		IMenuService menus = getSite().getService(IMenuService.class);
		if (manager != null && menus != null) {
			menus.releaseContributions(manager);
			manager.dispose();
		}
		super.dispose();
	}

	// For the workbench tests.

	IProject project() {
		return project;
	}

	@Nullable BarChart chart(Dimension dimension) {
		return panel.chart(dimension);
	}

	@Nullable Overview shown() {
		return panel.shown();
	}

	String summaryText() {
		return panel.summaryText();
	}

	@Nullable ToolBarManager toolBarManager() {
		return toolBar;
	}
}
