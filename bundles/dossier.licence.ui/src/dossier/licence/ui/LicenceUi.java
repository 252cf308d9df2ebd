// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui;

/**
 * Identifiers of the licence workbench: views, commands, pages and the job family, so other bundles and tests
 * can refer to them.
 */
public final class LicenceUi {

	/** The Attribution view (same id as {@code dossier.ui.DossierUi#VIEW_ATTRIBUTION}). */
	public static final String VIEW_ATTRIBUTION = "dossier.licence.attribution"; //$NON-NLS-1$

	/** The command that writes the corpus licence report for the selected corpora. */
	public static final String COMMAND_REPORT = "dossier.licence.ui.report"; //$NON-NLS-1$

	/** The command that opens "Can these be combined?" for the selected articles. */
	public static final String COMMAND_COMBINE = "dossier.licence.ui.combine"; //$NON-NLS-1$

	/** The preference page Dossier &gt; Licences. */
	public static final String PREFERENCE_PAGE = "dossier.licence.ui.preferences"; //$NON-NLS-1$

	/** The project property page Licences. */
	public static final String PROPERTY_PAGE = "dossier.licence.ui.properties"; //$NON-NLS-1$

	/** The folder of a corpus project the report is written to. */
	public static final String REPORT_FOLDER = "reports"; //$NON-NLS-1$

	/** The family of every job of this bundle (checks, reports, rebuilds), so tests can join them. */
	public static final Object JOB_FAMILY = LicenceUi.class;

	private LicenceUi() {
	}
}
