// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dossier.workspace.internal.messages"; //$NON-NLS-1$

	public static String CorpusBuilder_task;
	public static String CorpusBuilder_participantFailed;
	public static String CorpusBuilder_rescanFailed;
	public static String ProjectEntities_job;
	public static String ProjectEntities_article;
	public static String EntityParticipant_catalogueUnreadable;
	public static String EntityParticipant_articleFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
