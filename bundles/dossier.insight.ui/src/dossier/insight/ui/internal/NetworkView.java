// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.PartInitException;

import dossier.entities.ui.EntityEditors;
import dossier.insight.InsightCsv;
import dossier.insight.Network;
import dossier.insight.NetworkNode;
import dossier.insight.ui.internal.NetworkLayout.Disc;
import dossier.ui.Counts;
import dossier.ui.HelpContexts;
import dossier.workspace.CorpusProjects;

/**
 * The Entity network view: who is mentioned with whom. The most mentioned people, places and organisations of a
 * corpus are discs coloured by type and sized by their articles, linked by the articles they share; the layout
 * (Fruchterman–Reingold, seeded), groups and betweenness are computed in a {@link NetworkJob}. A click on an entity
 * shows its articles in the Article Explorer and lights its links; a double-click opens its first article in the
 * Entity Editor, its first mention there selected. "Selected articles" limits it to the articles selected in the
 * Explorer.
 */
public class NetworkView extends CorpusInsightView<Network> {

	/** The periods offered: every article, or the newest days of publication. */
	static final int[] PERIODS = { 0, 7, 30, 90, 365 };

	private Button people;
	private Button places;
	private Button organisations;
	private Spinner minWeight;
	private Combo period;
	private Button onceButton;
	private Button largestButton;
	private NetworkCanvas canvas;
	private @Nullable Network shown;

	@Override
	public void createPartControl(Composite parent) {
		Composite bar = wrappingTopBar(parent, HelpContexts.NETWORK_VIEW);
		people = check(bar, Messages.Network_people, null);
		places = check(bar, Messages.Network_places, null);
		organisations = check(bar, Messages.Network_organisations, null);
		new Label(bar, SWT.NONE).setText(Messages.Network_minWeight);
		minWeight = new Spinner(bar, SWT.BORDER);
		minWeight.setValues(1, 1, 999, 0, 1, 5);
		minWeight.setToolTipText(Messages.Network_minWeight_tooltip);
		minWeight.addListener(SWT.Selection, event -> recomputeFromMemory());
		new Label(bar, SWT.NONE).setText(Messages.Network_period);
		period = new Combo(bar, SWT.READ_ONLY);
		for (int days : PERIODS) {
			period.add(days == 0 ? Messages.Network_periodAll : Counts.format(Messages.Network_periodLastDays, days));
		}
		period.select(0);
		period.addListener(SWT.Selection, event -> recomputeFromMemory());
		onceButton = onceButton(bar, false, once -> { /* read when the job is made */ });
		largestButton = check(bar, Messages.Network_largestOnly, Messages.Network_largestOnly_tooltip);
		largestButton.setSelection(false);
		selectedButton(bar);
		summaryLabel(parent);
		canvas = new NetworkCanvas(parent, this::selected, this::open);
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		wrappingLabel(parent).setText(Messages.Network_clickHint);
		start();
	}

	private Button check(Composite bar, String text, @Nullable String tooltip) {
		Button button = new Button(bar, SWT.CHECK);
		button.setText(text);
		button.setSelection(true);
		if (tooltip != null) {
			button.setToolTipText(tooltip);
		}
		button.addListener(SWT.Selection, event -> recomputeFromMemory());
		return button;
	}

	@Override
	CorpusInsightJob<Network> newJob(IProject project) {
		return new NetworkJob(project, onceButton.getSelection(), types(), minWeight.getSelection(),
				largestButton.getSelection(), PERIODS[Math.max(0, period.getSelectionIndex())], this, summary());
	}

	/** The types ticked; all three when none is (an empty network helps no one). */
	Set<String> types() {
		Set<String> types = new LinkedHashSet<>();
		if (people.getSelection()) {
			types.add("PERSON"); //$NON-NLS-1$
		}
		if (places.getSelection()) {
			types.add("PLACE"); //$NON-NLS-1$
		}
		if (organisations.getSelection()) {
			types.add("ORG"); //$NON-NLS-1$
		}
		return types.isEmpty() ? Set.of("PERSON", "PLACE", "ORG") : types; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	void showNoCorpus() {
		super.showNoCorpus();
		shown = null;
		canvas.show(null);
	}

	@Override
	void show(Network network) {
		shown = network;
		summary().setText(scopeNote() + Counts.format(Messages.Network_summary, Labels.count(network.stories(), network.options().once()),
				network.nodes().size(), network.links().size(), network.components(), network.candidates(),
				network.unlinked(), network.lighterLinks()));
		canvas.show(network);
		summary().getParent().layout(true);
	}

	private void selected(Disc disc) {
		searchInExplorer(query(disc.node()));
	}

	/** The Explorer's search for an entity's articles: their ids; its name in quotes when there are too many. */
	static String query(NetworkNode node) {
		return articlesQuery(node.articleIds(), () -> quoted(node.entity().label()));
	}

	private void open(Disc disc) {
		IProject project = corpora.current();
		if (project == null || disc.node().articleIds().isEmpty()) {
			return;
		}
		try {
			EntityEditors.openAt(getSite().getPage(), CorpusProjects.articleFile(project, disc.node().articleIds().get(0)),
					disc.node().entity().id());
		} catch (PartInitException e) {
			ILog.of(getClass()).error("Article could not be opened", e); //$NON-NLS-1$
		}
	}

	@Override
	public String exportName() {
		return exportName("network"); //$NON-NLS-1$
	}

	@Override
	public byte @Nullable [] export(String format) {
		return new ChartExport<Network, NetworkLayout>(InsightCsv::network,
				(network, area) -> new NetworkLayout(network, area.width, area.height), NetworkSvg::of,
				(gc, layout, area) -> NetworkPainter.paint(gc, Ink.PAPER, layout, area, -1, canvas.selected()))
				.export(shown, format, summary().getDisplay(), new Rectangle(0, 0, 1200, 800));
	}

	// For the workbench tests.

	@Nullable Network shown() {
		return shown;
	}

	NetworkCanvas canvas() {
		return canvas;
	}

	Spinner minWeight() {
		return minWeight;
	}

	Button peopleButton() {
		return people;
	}
}
