// SPDX-License-Identifier: EPL-2.0
package dossier.ui;

/**
 * Identifiers that other Dossier bundles and teams' bundles refer to.
 */
public final class DossierUi {

	/** The Analysis perspective: explorer on the left, editors, Problems and Properties below. */
	public static final String PERSPECTIVE_ANALYSIS = "dossier.ui.perspective.analysis"; //$NON-NLS-1$

	/** The Article Explorer view. */
	public static final String VIEW_EXPLORER = "dossier.explorer"; //$NON-NLS-1$

	/** The Attribution view of the licence checker. */
	public static final String VIEW_ATTRIBUTION = "dossier.licence.attribution"; //$NON-NLS-1$

	/**
	 * The root "Dossier" preference page: name it as the {@code category} of a preference page to put the page
	 * below it (Dossier &gt; Licences, Dossier &gt; Mention Styles).
	 */
	public static final String PREFERENCE_PAGE = "dossier.preferences"; //$NON-NLS-1$

	/** The name of the project that holds the shipped sample articles. */
	public static final String SAMPLES_PROJECT = "Samples"; //$NON-NLS-1$

	/** Job family of every Dossier job, so tests and shutdown can join them. */
	public static final Object JOB_FAMILY = DossierUi.class;

	private DossierUi() {
	}
}
