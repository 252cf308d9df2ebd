// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dossier.explorer.ui.internal.ExplorerView;

/**
 * Narrows the Article Explorer down from another part: a click on a chart, a brush over a timeline. The Explorer
 * shows the corpus, keeps its search text and its other filters, and sets the one filter asked for (the same
 * filters its facet drop-downs set, and a publication period). Call on the UI thread.
 */
public final class ExplorerFilters {

	/** The filter on the article's language code. */
	public static final String LANGUAGE = "language"; //$NON-NLS-1$
	/** The filter on the publisher. */
	public static final String PUBLISHER = "publisher"; //$NON-NLS-1$
	/** The filter on the licence label (the licence facet's values: {@code CC-BY-SA}, {@code none}). */
	public static final String LICENCE = "licence"; //$NON-NLS-1$
	/** The filter on the licence check's verdict: {@code CLEAN}, {@code WARNINGS}, {@code ERRORS}, {@code NOT_CHECKED}. */
	public static final String LICENCE_CHECK = "status"; //$NON-NLS-1$
	/** The filter on the publication period; its value is made by {@link #period(LocalDate, LocalDate)}. */
	public static final String PERIOD = "published"; //$NON-NLS-1$
	/** The filter on a licence rule's findings: its value a rule's id ({@code licence-version-missing}). */
	public static final String FINDING = "finding"; //$NON-NLS-1$
	/**
	 * The filter on the import day (UTC, from the article's provenance); its value a period made by
	 * {@link #period(LocalDate, LocalDate)}, one day for a day of the Corpus Overview's import history.
	 */
	public static final String IMPORTED = "imported"; //$NON-NLS-1$

	private static final Set<String> DIMENSIONS = Set.of(LANGUAGE, PUBLISHER, LICENCE, LICENCE_CHECK, PERIOD, FINDING,
			IMPORTED);

	private ExplorerFilters() {
	}

	/** The value of a {@link #PERIOD} or {@link #IMPORTED} filter from {@code first} to {@code last}, both included. */
	public static String period(LocalDate first, LocalDate last) {
		return first.isAfter(last) ? last + ".." + first : first + ".." + last; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Shows {@code project} in the Article Explorer of {@code page} (opening the view if needed) with
	 * {@code dimension} filtered on {@code value} (null lifts that filter).
	 *
	 * @return the Article Explorer
	 * @throws IllegalArgumentException when {@code dimension} is not one of this class's constants, or a period (of
	 *         publication or import) is not made of two ISO days
	 * @throws PartInitException when the view cannot be shown
	 */
	public static IViewPart filter(IWorkbenchPage page, IProject project, String dimension, @Nullable String value)
			throws PartInitException {
		if (!DIMENSIONS.contains(dimension)) {
			throw new IllegalArgumentException("not an Explorer filter: " + dimension); //$NON-NLS-1$
		}
		if ((PERIOD.equals(dimension) || IMPORTED.equals(dimension)) && value != null) {
			String[] ends = value.split("\\.\\.", 2); //$NON-NLS-1$
			if (ends.length != 2) {
				throw new IllegalArgumentException("a period is first..last: " + value); //$NON-NLS-1$
			}
			value = period(LocalDate.parse(ends[0]), LocalDate.parse(ends[1]));
		}
		ExplorerView view = (ExplorerView) page.showView(ExplorerUi.VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
		view.filter(project, dimension, value);
		return view;
	}

	/**
	 * Shows {@code project} in the Article Explorer of {@code page} (opening the view if needed) searched for
	 * {@code text}, in the query syntax of its search field (a phrase in quotes finds a place's name in any
	 * inflected or clitic form); the filters stay.
	 *
	 * @return the Article Explorer
	 * @throws PartInitException when the view cannot be shown
	 */
	public static IViewPart search(IWorkbenchPage page, IProject project, String text) throws PartInitException {
		ExplorerView view = (ExplorerView) page.showView(ExplorerUi.VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
		view.search(project, text);
		return view;
	}

	/** The search text of the Explorer of {@code page}; empty when it is not open. */
	public static String searchText(IWorkbenchPage page) {
		return page.findView(ExplorerUi.VIEW_ID) instanceof ExplorerView view ? view.searchText() : ""; //$NON-NLS-1$
	}

	/** The filters the Explorer of {@code page} shows now (dimension to value); empty when it is not open. */
	public static Map<String, String> current(IWorkbenchPage page) {
		return page.findView(ExplorerUi.VIEW_ID) instanceof ExplorerView view ? view.filters() : Map.of();
	}
}
