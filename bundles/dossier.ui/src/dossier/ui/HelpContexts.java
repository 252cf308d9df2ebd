// SPDX-License-Identifier: EPL-2.0
package dossier.ui;

/**
 * The context help ids of Dossier's views, editors, wizards, dialogs and preference pages: F1 on a part shows the
 * user guide's page about it. The bundle {@code dossier.help} declares each id in its {@code contexts.xml} (its
 * ids are prefixed with its bundle name), and a workbench test checks that every constant here resolves there.
 */
public final class HelpContexts {

	private static final String PREFIX = "dossier.help."; //$NON-NLS-1$

	/** The Article Explorer view. */
	public static final String EXPLORER_VIEW = PREFIX + "explorer_view"; //$NON-NLS-1$

	/** File &gt; Import &gt; Dossier &gt; Articles. */
	public static final String IMPORT_WIZARD = PREFIX + "import_wizard"; //$NON-NLS-1$

	/** File &gt; New &gt; Dossier &gt; Corpus. */
	public static final String NEW_CORPUS_WIZARD = PREFIX + "new_corpus_wizard"; //$NON-NLS-1$

	/** The Entity Editor (its Text, Entities and Source pages). */
	public static final String ENTITY_EDITOR = PREFIX + "entity_editor"; //$NON-NLS-1$

	/** The Entity Editor's page in the Outline view. */
	public static final String ENTITY_OUTLINE = PREFIX + "entity_outline"; //$NON-NLS-1$

	/** The Entity Editor's "Mark as Another Type" dialog. */
	public static final String MARK_AS_OTHER_DIALOG = PREFIX + "mark_as_other_dialog"; //$NON-NLS-1$

	/** The Entity Editor's "Link to Entity" dialog. */
	public static final String LINK_ENTITY_DIALOG = PREFIX + "link_entity_dialog"; //$NON-NLS-1$

	/** The Catalogue view. */
	public static final String CATALOGUE_VIEW = PREFIX + "catalogue_view"; //$NON-NLS-1$

	/** Preferences &gt; Dossier &gt; Entity Editor. */
	public static final String ENTITY_EDITOR_PREFERENCES = PREFIX + "entity_editor_preferences"; //$NON-NLS-1$

	/** The Attribution view. */
	public static final String ATTRIBUTION_VIEW = PREFIX + "attribution_view"; //$NON-NLS-1$

	/** The dialog of the quick fix "Set the licence version". */
	public static final String VERSION_DIALOG = PREFIX + "version_dialog"; //$NON-NLS-1$

	/** The dialogs of the quick fixes "Add the creator" and "Add the modification notice". */
	public static final String QUICK_FIX_DIALOG = PREFIX + "quick_fix_dialog"; //$NON-NLS-1$

	/** The "Can These Be Combined?" dialog. */
	public static final String COMBINE_DIALOG = PREFIX + "combine_dialog"; //$NON-NLS-1$

	/** Preferences &gt; Dossier &gt; Licences. */
	public static final String LICENCE_PREFERENCES = PREFIX + "licence_preferences"; //$NON-NLS-1$

	/** A corpus project's Properties &gt; Licences. */
	public static final String LICENCE_PROPERTIES = PREFIX + "licence_properties"; //$NON-NLS-1$

	/** The Timeline view. */
	public static final String TIMELINE_VIEW = PREFIX + "timeline_view"; //$NON-NLS-1$

	/** The Corpus Overview view. */
	public static final String OVERVIEW_VIEW = PREFIX + "overview_view"; //$NON-NLS-1$

	/** The Corpus Overview editor (the same dashboard, opened on a corpus project). */
	public static final String OVERVIEW_EDITOR = PREFIX + "overview_editor"; //$NON-NLS-1$

	/** The Map view. */
	public static final String MAP_VIEW = PREFIX + "map_view"; //$NON-NLS-1$

	/** The Entity network view. */
	public static final String NETWORK_VIEW = PREFIX + "network_view"; //$NON-NLS-1$

	/** The Lineage view. */
	public static final String LINEAGE_VIEW = PREFIX + "lineage_view"; //$NON-NLS-1$

	/** Preferences &gt; Dossier. */
	public static final String DOSSIER_PREFERENCES = PREFIX + "dossier_preferences"; //$NON-NLS-1$

	private HelpContexts() {
	}
}
