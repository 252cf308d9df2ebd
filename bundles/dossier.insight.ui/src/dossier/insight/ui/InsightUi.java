// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui;

/** Identifiers of the insight views that other bundles (and tests) refer to. */
public final class InsightUi {

	/** The Timeline view: articles per day, week or month, stacked, with the dated events they mention. */
	public static final String VIEW_TIMELINE = "dossier.insight.timeline"; //$NON-NLS-1$

	/** The Corpus Overview: tallies, licence findings and top entities of a corpus. */
	public static final String VIEW_OVERVIEW = "dossier.insight.overview"; //$NON-NLS-1$

	/** The Corpus Overview as an editor on a corpus project (restored after a restart). */
	public static final String EDITOR_OVERVIEW = "dossier.insight.overviewEditor"; //$NON-NLS-1$

	/** Opens {@link #EDITOR_OVERVIEW} on the selected corpus project, or on the Corpus Overview view's corpus. */
	public static final String COMMAND_OPEN_OVERVIEW = "dossier.insight.openOverview"; //$NON-NLS-1$

	/** The Map: where the articles happen, countries shaded and towns as dots. */
	public static final String VIEW_MAP = "dossier.insight.map"; //$NON-NLS-1$
	/** The Entity network view. */
	public static final String VIEW_NETWORK = "dossier.insight.network"; //$NON-NLS-1$

	/** Exports the active chart; parameter {@link #FORMAT_PARAMETER} is {@code png}, {@code svg} or {@code csv}. */
	public static final String COMMAND_EXPORT = "dossier.insight.export"; //$NON-NLS-1$

	/** The format parameter of {@link #COMMAND_EXPORT}. */
	public static final String FORMAT_PARAMETER = "dossier.insight.format"; //$NON-NLS-1$

	/** Reads the corpus again and recomputes the active chart. */
	public static final String COMMAND_RECOMPUTE = "dossier.insight.refresh"; //$NON-NLS-1$

	/** Family of the views' jobs, so tests and shutdown can join them. */
	public static final Object JOB_FAMILY = InsightUi.class;

	private InsightUi() {
	}
}
