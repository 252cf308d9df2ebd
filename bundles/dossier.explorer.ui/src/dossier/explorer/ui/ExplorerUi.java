// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui;

/**
 * Identifiers of the Article Explorer that other bundles (and teams' bundles) refer to: its view, its commands,
 * and the family of its jobs.
 */
public final class ExplorerUi {

	/** The Article Explorer view. */
	public static final String VIEW_ID = "dossier.explorer"; //$NON-NLS-1$

	/** Opens the selected articles (in the Entity Editor when installed, else a text editor). */
	public static final String COMMAND_OPEN = "dossier.explorer.open"; //$NON-NLS-1$

	/** Imports files, folders, archives, feeds and WARC files into a corpus. */
	public static final String COMMAND_IMPORT = "dossier.explorer.import"; //$NON-NLS-1$

	/** Creates a corpus project. */
	public static final String COMMAND_NEW_CORPUS = "dossier.explorer.newCorpus"; //$NON-NLS-1$

	/** Shows the selected article's file in the system file manager. */
	public static final String COMMAND_SHOW_IN_FILE_MANAGER = "dossier.explorer.showInFileManager"; //$NON-NLS-1$

	/** Checks the licences of the selected articles or corpora again (refreshes their licence problem markers). */
	public static final String COMMAND_CHECK_LICENCE = "dossier.explorer.checkLicence"; //$NON-NLS-1$

	/** Recognises entities in the selected articles or corpora, stored as suggestions beside each article. */
	public static final String COMMAND_RECOGNISE_ENTITIES = "dossier.explorer.recogniseEntities"; //$NON-NLS-1$

	/** Copies the generated credit of the selected articles to the clipboard (text and HTML). */
	public static final String COMMAND_COPY_ATTRIBUTION = "dossier.explorer.copyAttribution"; //$NON-NLS-1$

	/** The context active in the Article Explorer, where its key bindings live. */
	public static final String CONTEXT_ID = "dossier.explorer.context"; //$NON-NLS-1$

	/** The Import wizard (File > Import > Dossier > Articles). */
	public static final String IMPORT_WIZARD_ID = "dossier.explorer.importArticles"; //$NON-NLS-1$

	/** The New Corpus wizard (File > New > Corpus). */
	public static final String NEW_CORPUS_WIZARD_ID = "dossier.explorer.newCorpus"; //$NON-NLS-1$

	/** Job family of the explorer's jobs (imports, deletes, searches), so tests and shutdown can join them. */
	public static final Object JOB_FAMILY = ExplorerUi.class;

	private ExplorerUi() {
	}
}
