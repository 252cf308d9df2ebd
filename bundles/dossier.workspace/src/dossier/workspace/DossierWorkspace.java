// SPDX-License-Identifier: EPL-2.0
package dossier.workspace;

/**
 * Identifiers of Dossier's workspace integration.
 */
public final class DossierWorkspace {

	/** The nature of a corpus project. */
	public static final String NATURE_ID = "dossier.workspace.corpusNature"; //$NON-NLS-1$

	/** The corpus builder that runs the {@code dossier.buildParticipants}. */
	public static final String BUILDER_ID = "dossier.workspace.corpusBuilder"; //$NON-NLS-1$

	/** The content type of an article file ({@code articles/<id>.json} in a corpus). */
	public static final String ARTICLE_CONTENT_TYPE = "dossier.workspace.article"; //$NON-NLS-1$

	/** The extension point of build participants. */
	public static final String BUILD_PARTICIPANTS_POINT = "dossier.buildParticipants"; //$NON-NLS-1$

	/** The job family of every corpus job, so tests and shutdown can join them. */
	public static final Object JOB_FAMILY = DossierWorkspace.class;

	private DossierWorkspace() {
	}
}
