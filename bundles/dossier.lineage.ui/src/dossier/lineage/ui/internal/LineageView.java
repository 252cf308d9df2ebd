// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.ui.Counts;
import dossier.ui.HelpContexts;
import dossier.workspace.lineage.ProjectLineage;
import dossier.workspace.lineage.ProjectLinking;

/**
 * The Lineage view: the chain of the article selected in the Article Explorer (or open in the Entity Editor) as a
 * graph, the evidence of the selected link, and the analyst's Confirm, Reject and Open. It follows the workbench's
 * selection, reads the chain from the links stored with the corpus in a {@link ChainJob} (one at a time: a newer one
 * cancels the older), stores decisions in a {@link DecideJob}, and reads again a moment after the corpus's articles or
 * lineage file change (linking on import writes the file when it has linked new articles).
 */
public final class LineageView extends ViewPart {

	/** Quiet time after the corpus changed (a build changes many files) before the view recomputes. */
	static final int CHANGED_DELAY_MS = 500;

	private Label status;
	private ChainCanvas graph;
	private Text details;
	private Button confirm;
	private Button reject;
	private Button open;
	private Button compare;
	private @Nullable ArticleOfPart article;
	private ChainJob.@Nullable Computed shown;
	private @Nullable ChainJob job;
	private boolean changePending;
	/** A decision is being stored: no second one on the same link until the chain shows the first. */
	private boolean deciding;
	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Consumer<IProject> corpusChanged = this::corpusChanged;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		graph = new ChainCanvas(sash, this::graphSelectionChanged, this::openSelected);
		Composite lower = new Composite(sash, SWT.NONE);
		GridLayout lowerLayout = new GridLayout(2, false);
		lowerLayout.marginWidth = 0;
		lower.setLayout(lowerLayout);
		details = new Text(lower, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite buttons = new Composite(lower, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		GridLayout buttonsLayout = new GridLayout(1, true);
		buttonsLayout.marginWidth = 0;
		buttons.setLayout(buttonsLayout);
		confirm = ChainOpeners.button(buttons, Messages.Confirm, Messages.Confirm_tooltip, () -> decide(LinkStatus.CONFIRMED));
		reject = ChainOpeners.button(buttons, Messages.Reject, Messages.Reject_tooltip, () -> decide(LinkStatus.REJECTED));
		open = ChainOpeners.button(buttons, Messages.Open, Messages.Open_tooltip, this::openSelected);
		compare = ChainOpeners.button(buttons, Messages.Compare, Messages.Compare_tooltip, this::compareSelected);
		MenuManager menu = new MenuManager();
		menu.add(ChainOpeners.menuAction(Messages.Open, this::openSelected));
		menu.add(ChainOpeners.menuAction(Messages.Compare, this::compareSelected));
		graph.control().setMenu(menu.createContextMenu(graph.control()));
		sash.setWeights(3, 1);
		Action recompute = new Action(Messages.Recompute) {
			@Override
			public void run() {
				ArticleOfPart current = article;
				if (current != null) {
					// the whole corpus linked afresh by linking on import; the chain job waits for it
					ProjectLinking.update(current.project(), true, List.of(), List.of());
				}
				recompute();
			}
		};
		recompute.setToolTipText(Messages.Recompute_tooltip);
		getViewSite().getActionBars().getToolBarManager().add(recompute);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, HelpContexts.LINEAGE_VIEW);

		LineageChanges.addListener(corpusChanged);
		getSite().getPage().addPostSelectionListener(selectionListener);
		status.setText(Messages.NoArticle);
		graphSelectionChanged();
		IWorkbenchPart active = getSite().getPage().getActivePart();
		if (active != null && active != this) {
			selectionChanged(active, getSite().getPage().getSelection());
		}
		if (article == null && getSite().getPage().getActiveEditor() != null) {
			selectionChanged(getSite().getPage().getActiveEditor(), null);
		}
	}

	@Override
	public void setFocus() {
		graph.control().setFocus();
	}

	private void selectionChanged(IWorkbenchPart part, @Nullable ISelection selection) {
		if (part == this || status.isDisposed()) {
			return;
		}
		ArticleOfPart.of(part, selection).ifPresent(this::show);
	}

	/** Shows the chain of {@code value} (unless it is the one shown). */
	void show(ArticleOfPart value) {
		if (value.equals(article)) {
			return;
		}
		article = value;
		recompute();
	}

	/** Reads the chain of the article followed again, from the links stored with its corpus. */
	void recompute() {
		ArticleOfPart current = article;
		if (current == null || status.isDisposed()) {
			return;
		}
		ChainJob previous = job;
		if (previous != null) {
			previous.cancel();
		}
		status.setText(NLS.bind(Messages.Computing, current.project().getName()));
		ChainJob next = new ChainJob(current.project(), current.id(), this, status);
		job = next;
		next.onDone(outcome -> {
			if (job != next) {
				return; // a newer computation replaced this one
			}
			job = null;
			ChainJob.Computed result = outcome.result();
			if (result == null) {
				shown = null;
				graph.setChain(null);
				status.setText(NLS.bind(Messages.Failed, outcome.problem()));
			} else {
				showComputed(result);
			}
		});
		getSite().getService(IWorkbenchSiteProgressService.class).schedule(next);
	}

	private void showComputed(ChainJob.Computed result) {
		shown = result;
		ProjectLineage.Chain chain = result.chain();
		ProjectLineage.Node asked = chain.nodes().get(0);
		String text = chain.links().isEmpty()
				? NLS.bind(Messages.Status_alone, asked.title(), result.project().getName())
				: Counts.format(Messages.Status_chain, asked.title(), result.project().getName(), chain.nodes().size(),
						chain.links().size());
		if (!chain.complete()) {
			text += NLS.bind(Messages.Status_cut, ProjectLineage.MAX_NODES);
		}
		status.setText(text);
		status.getParent().layout(true);
		graph.setChain(chain);
	}

	private void graphSelectionChanged() {
		LineageLink link = graph.selectedLink();
		ProjectLineage.Chain chain = graph.chain();
		confirm.setEnabled(link != null && !deciding && link.status() != LinkStatus.CONFIRMED);
		reject.setEnabled(link != null && !deciding);
		open.setEnabled(chain != null && (link != null || graph.selectedArticle() != null));
		compare.setEnabled(open.isEnabled() && (link == null || link.type().isDerivation()));
		String text = graph.selectionText();
		details.setText(text.isEmpty() ? Messages.Details_none : text);
	}

	private void decide(LinkStatus decision) {
		ChainJob.Computed current = shown;
		LineageLink link = graph.selectedLink();
		if (current == null || link == null) {
			return;
		}
		deciding = true;
		confirm.setEnabled(false);
		reject.setEnabled(false);
		DecideJob decide = new DecideJob(current.project(), link, decision, this, status);
		decide.onDone(outcome -> {
			deciding = false;
			if (outcome.result() == null) {
				String problem = String.valueOf(outcome.problem());
				status.setText(NLS.bind(Messages.DecideFailed, problem));
				ILog.of(getClass()).warn("Lineage decision not stored: " + problem); //$NON-NLS-1$
				graphSelectionChanged();
			} else {
				recompute();
			}
		});
		getSite().getService(IWorkbenchSiteProgressService.class).schedule(decide);
	}

	private void openSelected() {
		ChainOpeners.open(getSite().getPage(), shown, graph.selectedLink(), graph.selectedArticle(), status);
	}

	/** Opens the selected link's copy (or the selected article) side by side with its original. */
	void compareSelected() {
		ChainOpeners.compare(getSite().getPage(), shown, graph.selectedLink(), graph.selectedArticle(), status);
	}

	private void corpusChanged(IProject project) {
		if (status.isDisposed()) {
			return;
		}
		status.getDisplay().asyncExec(() -> {
			ArticleOfPart current = article;
			if (status.isDisposed() || changePending || current == null || !project.equals(current.project())) {
				return;
			}
			changePending = true;
			status.getDisplay().timerExec(CHANGED_DELAY_MS, () -> {
				changePending = false;
				recompute();
			});
		});
	}

	@Override
	public void dispose() {
		LineageChanges.removeListener(corpusChanged);
		getSite().getPage().removePostSelectionListener(selectionListener);
		ChainJob running = job;
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}

	// For the workbench tests.

	ChainCanvas graph() {
		return graph;
	}

	String statusText() {
		return status.getText();
	}

	String detailsText() {
		return details.getText();
	}

	Button confirmButton() {
		return confirm;
	}

	Button rejectButton() {
		return reject;
	}

	Button openButton() {
		return open;
	}

	Button compareButton() {
		return compare;
	}

	ChainJob.@Nullable Computed shown() {
		return shown;
	}

	@Nullable ArticleOfPart article() {
		return article;
	}

	/** Whether a chain computation is waiting or running. */
	boolean computing() {
		return job != null;
	}

	List<LineageLink> shownLinks() {
		ChainJob.Computed current = shown;
		return current == null ? List.of() : current.chain().links();
	}
}
