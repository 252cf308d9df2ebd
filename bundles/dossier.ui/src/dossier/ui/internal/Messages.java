// SPDX-License-Identifier: EPL-2.0
package dossier.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dossier.ui.internal.messages"; //$NON-NLS-1$

	public static String SamplesImportJob_name;
	public static String SamplesImportJob_cannotList;
	public static String SamplesImportJob_cannotRead;
	public static String SamplesImportJob_failed;
	public static String DossierPreferencePage_description;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
