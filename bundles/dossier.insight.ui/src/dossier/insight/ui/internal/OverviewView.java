// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dossier.insight.Dimension;
import dossier.insight.Overview;
import dossier.ui.HelpContexts;

/**
 * The Corpus Overview as a view: an {@link OverviewPanel} for the corpus chosen in its picker, computed in an
 * {@link OverviewJob} and recomputed when the corpus changes. {@link OverviewEditor} shows the same for one corpus.
 */
public class OverviewView extends CorpusInsightView<Overview> {

	private OverviewPanel panel;

	@Override
	public void createPartControl(Composite parent) {
		Composite bar = topBar(parent, HelpContexts.OVERVIEW_VIEW, 1);
		panel = new OverviewPanel(bar, parent, explorer(), this::recomputeFromMemory);
		start();
	}

	@Override
	Control statusControl() {
		return panel.statusControl();
	}

	@Override
	void status(String text) {
		panel.status(text);
	}

	@Override
	CorpusInsightJob<Overview> newJob(IProject project) {
		return panel.newJob(project, this);
	}

	@Override
	void show(Overview overview) {
		panel.show(overview);
	}

	@Override
	public String exportName() {
		return exportName("overview"); //$NON-NLS-1$
	}

	@Override
	public byte @Nullable [] export(String format) {
		return panel.export(format);
	}

	/** The corpus the view shows, for "Open as Editor". */
	@Nullable IProject corpus() {
		return corpora == null ? null : corpora.current();
	}

	// For the workbench tests.

	@Nullable BarChart chart(Dimension dimension) {
		return panel.chart(dimension);
	}

	Overview shown() {
		return panel.shown();
	}

	@Override
	String summaryText() {
		return panel.summaryText();
	}

	TallyTable findingsTable() {
		return panel.findingsTable();
	}

	TallyTable entitiesTable() {
		return panel.entitiesTable();
	}

	TallyTable importsTable() {
		return panel.importsTable();
	}

	Button onceButton() {
		return panel.onceButton();
	}
}
