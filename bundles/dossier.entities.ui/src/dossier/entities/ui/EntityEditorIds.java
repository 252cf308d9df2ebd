// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui;

/**
 * Identifiers of the Entity Editor and its views, for other bundles and teams' bundles to refer to.
 */
public final class EntityEditorIds {

	/** The multi-page Entity Editor, the default editor of article files ({@code dossier.workspace.article}). */
	public static final String EDITOR = "dossier.entityEditor"; //$NON-NLS-1$

	/** The Catalogue view: the entities of a corpus and the articles that mention them. */
	public static final String VIEW_CATALOGUE = "dossier.entities.catalogue"; //$NON-NLS-1$

	/** The context active while the Entity Editor is, for its key bindings. */
	public static final String CONTEXT = "dossier.entities.ui.editorContext"; //$NON-NLS-1$

	/** The context menu of the Text page; contribute with {@code popup:dossier.entities.ui.textMenu}. */
	public static final String TEXT_MENU = "dossier.entities.ui.textMenu"; //$NON-NLS-1$

	/** The context menu of the Text page's vertical ruler (quick fixes of the problems on the line clicked). */
	public static final String RULER_MENU = "dossier.entities.ui.rulerMenu"; //$NON-NLS-1$

	/** Job family of the editor's jobs (loading, recognising, the catalogue view), so tests can join them. */
	public static final Object JOB_FAMILY = EntityEditorIds.class;

	private EntityEditorIds() {
	}
}
