// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dossier.explorer.ui.ExplorerFilters;
import dossier.insight.ChartSvg;
import dossier.insight.Dimension;
import dossier.insight.EntityCount;
import dossier.insight.ImportDay;
import dossier.insight.InsightCsv;
import dossier.insight.Overview;
import dossier.ui.Counts;

/**
 * What the Corpus Overview shows, in the view and in the editor alike: a corpus's articles by language, publisher,
 * licence and licence check (each a {@link BarChart} whose rows filter the Article Explorer), its licence findings
 * by rule and severity (a double-click on a rule filters the Explorer on its findings), its most mentioned entities
 * per type (a double-click lists an entity's articles in the Explorer), and its import history; and its exports.
 */
final class OverviewPanel {

	private static final String[] SEVERITIES = { "error", "warning", "info" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final ExplorerLink explorer;
	private final Button onceButton;
	private final Label summary;
	private final ScrolledComposite scroller;
	private final Composite body;
	private final Map<Dimension, BarChart> charts = new EnumMap<>(Dimension.class);
	private final TallyTable findings;
	private final TallyTable entities;
	private final TallyTable imports;
	private Overview shown;

	/**
	 * Puts the "Count each story once" box in {@code bar} (toggling it runs {@code recomputeFromMemory}) and the
	 * rest below it in {@code parent}, a one-column grid.
	 */
	OverviewPanel(Composite bar, Composite parent, ExplorerLink explorer, Runnable recomputeFromMemory) {
		this.explorer = explorer;
		onceButton = CorpusInsightView.onceButton(bar, false, once -> { /* read when the job is made */ },
				recomputeFromMemory);
		summary = CorpusInsightView.wrappingLabel(parent);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		body = new Composite(scroller, SWT.NONE);
		body.setLayout(new GridLayout(2, true));
		scroller.setContent(body);
		for (Dimension dimension : Dimension.values()) {
			charts.put(dimension, new BarChart(body, Labels.dimension(dimension),
					value -> explorer.filter(dimension.filterKey(), value)));
		}
		Composite left = column(body);
		findings = new TallyTable(left, Messages.Overview_findings,
				new String[] { Messages.Overview_rule, Messages.Overview_errors, Messages.Overview_warnings,
						Messages.Overview_notes },
				new int[] { 220, 80, 80, 80 });
		findings.onOpen(cells -> explorer.filter(ExplorerFilters.FINDING, cells[0]));
		Composite right = column(body);
		entities = new TallyTable(right, Messages.Overview_entities,
				new String[] { Messages.Overview_type, Messages.Overview_entity, Messages.Overview_articles },
				new int[] { 80, 200, 70 });
		entities.onOpen(cells -> showEntityArticles(cells[3], cells[1]));
		imports = new TallyTable(column(body), Messages.Overview_imports,
				new String[] { Messages.Overview_importDay, Messages.Overview_articles, Messages.Overview_importers },
				new int[] { 110, 70, 260 });
		imports.onOpen(cells -> {
			LocalDate day = LocalDate.parse(cells[0]);
			explorer.filter(ExplorerFilters.IMPORTED, ExplorerFilters.period(day, day));
		});
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(Messages.Overview_clickHint);
	}

	private static Composite column(Composite parent) {
		Composite column = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		column.setLayout(layout);
		column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return column;
	}

	/** The label that tells what the part is doing, then sums the corpus up. */
	Control statusControl() {
		return summary;
	}

	void status(String text) {
		summary.setText(text);
	}

	/** The job computing the overview of {@code project} as the panel's choices ask; {@code owner} is the part. */
	CorpusInsightJob<Overview> newJob(IProject project, Object owner) {
		return new OverviewJob(project, onceButton.getSelection(), owner, summary);
	}

	void show(Overview overview) {
		shown = overview;
		summary.setText(NLS.bind(Messages.Overview_summary, new Object[] { Labels.count(overview.articles(), false),
				Labels.count(overview.stories(), true), overview.undated(),
				Counts.format("{0, number, integer}", overview.findingsTotal()) })); //$NON-NLS-1$
		charts.forEach((dimension, chart) -> chart.show(dimension, overview.tally(dimension)));
		List<String[]> findingRows = new ArrayList<>();
		overview.findings().forEach((rule, counts) -> findingRows.add(new String[] { rule,
				count(counts, SEVERITIES[0]), count(counts, SEVERITIES[1]), count(counts, SEVERITIES[2]) }));
		findings.show(findingRows);
		List<String[]> entityRows = new ArrayList<>();
		overview.topEntities().forEach((type, top) -> {
			for (EntityCount count : top) {
				// the entity's id rides along after the shown columns, for a double-click to list its articles
				entityRows.add(new String[] { type, count.entity().label(), Integer.toString(count.articles()),
						count.entity().id() });
			}
		});
		entities.show(entityRows);
		List<String[]> importRows = new ArrayList<>();
		for (ImportDay day : overview.imports()) {
			List<String> importers = new ArrayList<>();
			day.byImporter().forEach((importer, count) -> importers.add(importer + ' ' + count));
			importRows.add(new String[] { day.day().toString(), Integer.toString(day.articles()), String.join(", ", importers) }); //$NON-NLS-1$
		}
		imports.show(importRows);
		body.layout(true, true);
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		summary.getParent().layout(true);
	}

	private static String count(Map<String, Integer> counts, String severity) {
		Integer count = counts.get(severity);
		return count == null ? "" : count.toString(); //$NON-NLS-1$
	}

	/** Lists in the Article Explorer the articles that mention one of the top entities. */
	private void showEntityArticles(String id, String label) {
		Overview overview = shown;
		if (overview != null) {
			explorer.search(ExplorerLink.articlesQuery(overview.articlesOf(id), () -> ExplorerLink.quoted(label)));
		}
	}

	/** What is shown in {@code format} (see {@link ChartPart#export}); null before anything is computed. */
	byte @Nullable [] export(String format) {
		// The PNG: the four charts in a grid of two columns (as the SVG lays them out, in its own size).
		int width = ChartSvg.CHART_WIDTH;
		List<BarChart> all = List.copyOf(charts.values());
		int rowHeight = all.stream().mapToInt(BarChart::height).max().orElse(40);
		int rows = (all.size() + 1) / 2;
		return new ChartExport<Overview, Overview>(InsightCsv::overview, (overview, area) -> overview,
				(overview, svgWidth, svgHeight) -> ChartSvg.overview(overview, Labels.WORDS), (gc, overview, area) -> {
					for (int i = 0; i < all.size(); i++) {
						all.get(i).paint(gc, Ink.PAPER, new Rectangle(i % 2 * width, i / 2 * rowHeight, width, rowHeight));
					}
				}).export(shown, format, summary.getDisplay(), new Rectangle(0, 0, 2 * width, rows * rowHeight));
	}

	// For the parts' workbench tests.

	@Nullable BarChart chart(Dimension dimension) {
		return charts.get(dimension);
	}

	Overview shown() {
		return shown;
	}

	String summaryText() {
		return summary.getText();
	}

	TallyTable findingsTable() {
		return findings;
	}

	TallyTable entitiesTable() {
		return entities;
	}

	TallyTable importsTable() {
		return imports;
	}

	Button onceButton() {
		return onceButton;
	}
}
