// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.licence;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

/** Messages of the licence build participant (kept apart from {@link Messages} so participants do not collide). */
final class LicenceMessages extends NLS {

	private static final String BUNDLE_NAME = "dossier.workspace.licence.licencemessages"; //$NON-NLS-1$

	public static @Nullable String LicenceParticipant_articleFailed;
	public static @Nullable String LicenceParticipant_recordUnreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, LicenceMessages.class);
	}

	private LicenceMessages() {
	}
}
