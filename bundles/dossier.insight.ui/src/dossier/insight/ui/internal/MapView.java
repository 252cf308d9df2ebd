// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dossier.insight.EntityCount;
import dossier.insight.Geography;
import dossier.insight.InsightCsv;
import dossier.insight.PlaceMap;
import dossier.insight.PlacePoint;
import dossier.insight.ui.internal.MapLayout.CountryShape;
import dossier.insight.ui.internal.MapLayout.Dot;
import dossier.ui.Counts;
import dossier.ui.HelpContexts;

/**
 * The Map view: where a corpus's articles happen. Countries are shaded by the articles that mention them or a place
 * in them, towns and cities are dots sized by their articles, on an offline map ({@link Geography}: Natural Earth
 * outlines, GeoNames towns; no tile is ever fetched). A click on a town or a country shows its articles in the
 * Article Explorer. "Selected articles" limits it to the articles selected in the Explorer. Computed in a
 * {@link MapJob}; recomputed when the corpus (or, followed, the Explorer's selection) changes.
 */
public class MapView extends CorpusInsightView<PlaceMap> {

	private Button onceButton;
	private MapCanvas canvas;
	private Label unplaced;
	private @Nullable PlaceMap shown;

	@Override
	public void createPartControl(Composite parent) {
		Composite bar = topBar(parent, HelpContexts.MAP_VIEW, 2);
		onceButton = onceButton(bar, false, once -> { /* read when the job is made */ });
		selectedButton(bar);
		summaryLabel(parent);
		// No geography read here, on the UI thread: the MapJob reads it (0.4 s, once) before a map is shown.
		canvas = new MapCanvas(parent, this::clicked);
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		unplaced = wrappingLabel(parent);
		wrappingLabel(parent).setText(Messages.Map_clickHint);
		start();
	}

	@Override
	CorpusInsightJob<PlaceMap> newJob(IProject project) {
		return new MapJob(project, onceButton.getSelection(), this, summary());
	}

	@Override
	void showNoCorpus() {
		super.showNoCorpus();
		shown = null;
		canvas.show(null);
		unplaced.setText(""); //$NON-NLS-1$
	}

	@Override
	void show(PlaceMap map) {
		shown = map;
		long located = map.places().stream().filter(point -> !point.isCountry()).count();
		summary().setText(scopeNote() + Counts.format(Messages.Map_summary, Labels.count(map.stories(), map.once()), located,
				map.countries().size(), map.unplaced().size()));
		unplaced.setText(map.unplaced().isEmpty() ? "" //$NON-NLS-1$
				: Counts.format(Messages.Map_unplaced, map.unplaced().stream().limit(12)
						.map(MapView::unplacedEntry).collect(Collectors.joining(", ")))); //$NON-NLS-1$
		canvas.show(map);
		summary().getParent().layout(true);
	}

	private void clicked(Object target) {
		searchInExplorer(query(target));
	}

	/**
	 * The Explorer's search for the articles of a town or a country: their ids; by name when there are too many
	 * ids for one query (a town's name in quotes, a country's towns and its own name joined by OR).
	 */
	String query(Object target) {
		PlaceMap map = shown;
		if (target instanceof Dot dot) {
			return articlesQuery(dot.point().articleIds(), () -> quoted(dot.point().place().label()));
		}
		CountryShape shape = (CountryShape) target;
		List<String> ids = map == null ? List.of() : map.countries().getOrDefault(shape.country().code(), List.of());
		return articlesQuery(ids, () -> map == null ? quoted(shape.country().name())
				: map.places().stream().filter(point -> point.country().equals(shape.country().code()))
						.map(PlacePoint::place).map(place -> quoted(place.label())).distinct()
						.collect(Collectors.joining(" OR "))); //$NON-NLS-1$
	}

	@Override
	public String exportName() {
		return exportName("map"); //$NON-NLS-1$
	}

	@Override
	public byte @Nullable [] export(String format) {
		return new ChartExport<PlaceMap, MapLayout>(InsightCsv::map,
				(map, area) -> new MapLayout(map, Geography.get().countries().values(), area.width, area.height),
				MapSvg::of, (gc, layout, area) -> MapPainter.paint(gc, Ink.PAPER, layout, area, null))
				.export(shown, format, summary().getDisplay(), new Rectangle(0, 0, 1200, 520));
	}

	// For the workbench tests.

	@Nullable PlaceMap shown() {
		return shown;
	}

	MapCanvas canvas() {
		return canvas;
	}

	String unplacedText() {
		return unplaced.getText();
	}

	Button onceButton() {
		return onceButton;
	}

	/** A place and its count, the name isolated so that an Arabic name keeps its count on its own side. */
	private static String unplacedEntry(EntityCount count) {
		return '\u2068' + count.entity().label() + '\u2069' + " (" + count.articles() + ')'; //$NON-NLS-1$
	}
}
