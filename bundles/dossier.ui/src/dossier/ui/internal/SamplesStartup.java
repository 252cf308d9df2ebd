// SPDX-License-Identifier: EPL-2.0
package dossier.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.osgi.service.prefs.Preferences;

/**
 * On a workspace's first start, schedules {@link SamplesImportJob}. Runs on a background thread after the
 * workbench is up; the import itself is a workspace job, so the UI never waits for it.
 */
public class SamplesStartup implements IStartup {

	static final String PREF_SAMPLES_IMPORTED = "samplesImported"; //$NON-NLS-1$

	@Override
	public void earlyStartup() {
		Preferences preferences = InstanceScope.INSTANCE.getNode("dossier.ui"); //$NON-NLS-1$
		if (preferences.getBoolean(PREF_SAMPLES_IMPORTED, false)) {
			return;
		}
		SamplesLocation.find().ifPresent(folder -> new SamplesImportJob(folder).schedule());
	}
}
