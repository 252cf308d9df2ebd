// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * Facet filters: one drop-down per dimension (language, publisher, licence, licence check) listing the values
 * found among the matching articles with their counts. Choosing a value narrows the articles down to it; "All"
 * lifts the filter. The licence check's verdicts (clean, warnings, errors, not checked) come from the licence
 * markers, counted after the rows are shown.
 */
final class FacetBar {

	static final String[] DIMENSIONS = { "language", "publisher", "licence", ExplorerQuery.STATUS }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final Composite composite;
	private final Map<String, Combo> combos = new LinkedHashMap<>();
	private final Link period;
	private final Link imported;
	private final Link finding;
	private final Map<String, List<String>> values = new LinkedHashMap<>();
	private boolean updating;

	/**
	 * Width of a facet's drop-down: its values are readable (a language, a publisher's name, a licence) however
	 * narrow the view, and a long value is shown whole in the open list.
	 */
	static final int COMBO_WIDTH = 150;

	FacetBar(Composite parent, BiConsumer<String, @Nullable String> onFilter) {
		composite = new Composite(parent, SWT.NONE);
		// The facets wrap onto as many lines as the view's width needs, each keeping a readable width, instead of
		// four drop-downs squeezed into one line of a narrow view.
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.center = true;
		layout.marginHeight = 0;
		layout.marginWidth = 0;
		layout.marginLeft = 0;
		layout.marginRight = 0;
		layout.marginTop = 0;
		layout.marginBottom = 0;
		layout.spacing = 12;
		composite.setLayout(layout);
		for (String dimension : DIMENSIONS) {
			Composite pair = new Composite(composite, SWT.NONE);
			GridLayout pairLayout = new GridLayout(2, false);
			pairLayout.marginHeight = 0;
			pairLayout.marginWidth = 0;
			pair.setLayout(pairLayout);
			Label label = new Label(pair, SWT.NONE);
			label.setText(labelOf(dimension));
			Combo combo = new Combo(pair, SWT.READ_ONLY | SWT.DROP_DOWN);
			GridData comboData = new GridData(SWT.FILL, SWT.CENTER, false, false);
			comboData.widthHint = COMBO_WIDTH;
			combo.setLayoutData(comboData);
			// "All" from the start, before the first answer of the index lists the values.
			combo.setItems(Messages.Facet_all);
			combo.select(0);
			combo.setData("dimension", dimension); //$NON-NLS-1$
			combo.addListener(SWT.Selection, event -> {
				if (updating) {
					return;
				}
				int index = combo.getSelectionIndex();
				List<String> choices = values.getOrDefault(dimension, List.of());
				onFilter.accept(dimension, index <= 0 || index > choices.size() ? null : choices.get(index - 1));
			});
			combos.put(dimension, combo);
		}
		// The filters with no combo (a period a brush on the timeline chose, a rule's findings or an import day the
		// Corpus Overview chose): each shown only while it filters, with a link that lifts it.
		period = liftingLink(ExplorerQuery.PERIOD, onFilter);
		finding = liftingLink(ExplorerQuery.FINDING, onFilter);
		imported = liftingLink(ExplorerQuery.IMPORTED, onFilter);
		showPeriod(period, Messages.Facet_period, null);
		showFinding(null);
		showPeriod(imported, Messages.Facet_imported, null);
	}

	private Link liftingLink(String dimension, BiConsumer<String, @Nullable String> onFilter) {
		Link link = new Link(composite, SWT.NONE);
		link.addListener(SWT.Selection, event -> onFilter.accept(dimension, null));
		return link;
	}

	/** Shows or hides {@code link}, of a period ({@code message}: its first and last days); whether it appeared or went. */
	private static boolean showPeriod(Link link, String message, @Nullable String value) {
		String text = null;
		if (value != null) {
			String[] ends = value.split("\\.\\.", 2); //$NON-NLS-1$
			text = NLS.bind(message, ends[0], ends.length == 2 ? ends[1] : ends[0]);
		}
		return show(link, text);
	}

	/** Shows or hides the link of a rule's findings; returns whether it appeared or went. */
	private boolean showFinding(@Nullable String rule) {
		return show(finding, rule == null ? null : NLS.bind(Messages.Facet_finding, rule));
	}

	private static boolean show(Link link, @Nullable String text) {
		boolean shown = text != null;
		boolean changed = shown != link.getVisible();
		if (shown) {
			link.setText(text);
		}
		link.setVisible(shown);
		RowData data = new RowData();
		data.exclude = !shown;
		link.setLayoutData(data);
		return changed;
	}

	/** The link that shows the period filtered on, for tests. */
	Link periodLink() {
		return period;
	}

	/** The link that shows the import days filtered on, for tests. */
	Link importedLink() {
		return imported;
	}

	/** The link that shows the licence rule whose findings are filtered on, for tests. */
	Link findingLink() {
		return finding;
	}

	Control control() {
		return composite;
	}

	/** Shows the values and counts among the articles of {@code shown}, the licence check's verdicts with them. */
	void show(RowModel shown) {
		Map<String, Map<String, Integer>> all = new LinkedHashMap<>(shown.facets());
		Map<String, Integer> statuses = shown.statusCounts();
		all.put(ExplorerQuery.STATUS, statuses == null ? Map.of() : statuses);
		show(all, shown.query().filters());
	}

	/** Shows the values and counts of {@code facets}; the filters in force stay selected. */
	void show(Map<String, Map<String, Integer>> facets, Map<String, String> filters) {
		updating = true;
		try {
			for (Map.Entry<String, Combo> entry : combos.entrySet()) {
				String dimension = entry.getKey();
				Combo combo = entry.getValue();
				Map<String, Integer> counts = facets.getOrDefault(dimension, Map.of());
				List<String> choices = new ArrayList<>(counts.keySet());
				String selected = filters.get(dimension);
				if (selected != null && !choices.contains(selected)) {
					choices.add(0, selected);
				}
				List<String> items = new ArrayList<>();
				items.add(Messages.Facet_all);
				for (String value : choices) {
					Integer count = counts.get(value);
					String shown = valueLabel(dimension, value);
					items.add(count == null ? shown : shown + " (" + count + ')'); //$NON-NLS-1$
				}
				String[] shown = items.toArray(String[]::new);
				if (!Arrays.equals(shown, combo.getItems())) {
					// GTK inserts a combo's items one by one: only when they changed.
					combo.setItems(shown);
				}
				combo.select(selected == null ? 0 : choices.indexOf(selected) + 1);
				values.put(dimension, choices);
			}
			boolean linksChanged = showPeriod(period, Messages.Facet_period, filters.get(ExplorerQuery.PERIOD));
			linksChanged |= showFinding(filters.get(ExplorerQuery.FINDING));
			linksChanged |= showPeriod(imported, Messages.Facet_imported, filters.get(ExplorerQuery.IMPORTED));
			composite.layout(true, true);
			if (linksChanged) {
				// The bar may take one line more or less.
				composite.getParent().layout(true, true);
			}
		} finally {
			updating = false;
		}
	}

	/** The combo of {@code dimension}, for tests. */
	@Nullable Combo combo(String dimension) {
		return combos.get(dimension);
	}

	private static String labelOf(String dimension) {
		return switch (dimension) {
		case "language" -> Messages.Facet_language; //$NON-NLS-1$
		case "publisher" -> Messages.Facet_publisher; //$NON-NLS-1$
		case ExplorerQuery.STATUS -> Messages.Facet_status;
		default -> Messages.Facet_licence;
		};
	}

	/** How a facet value reads: licence check verdicts in words, other values as they are. */
	static String valueLabel(String dimension, String value) {
		if (!ExplorerQuery.STATUS.equals(dimension)) {
			return value;
		}
		return switch (value) {
		case "CLEAN" -> Messages.FindingStatus_clean; //$NON-NLS-1$
		case "WARNINGS" -> Messages.FindingStatus_warnings; //$NON-NLS-1$
		case "ERRORS" -> Messages.FindingStatus_errors; //$NON-NLS-1$
		case "NOT_CHECKED" -> Messages.FindingStatus_notChecked; //$NON-NLS-1$
		default -> value;
		};
	}
}
