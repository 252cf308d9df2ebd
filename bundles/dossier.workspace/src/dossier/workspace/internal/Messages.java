// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dossier.workspace.internal.messages"; //$NON-NLS-1$

	public static @Nullable String CorpusBuilder_task;
	public static @Nullable String CorpusBuilder_participantFailed;
	public static @Nullable String CorpusBuilder_rescanFailed;
	public static @Nullable String ProjectEntities_job;
	public static @Nullable String ProjectEntities_article;
	public static @Nullable String EntityParticipant_catalogueUnreadable;
	public static @Nullable String EntityParticipant_articleFailed;
	public static @Nullable String ProjectLinking_job;
	public static @Nullable String ProjectLinking_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
