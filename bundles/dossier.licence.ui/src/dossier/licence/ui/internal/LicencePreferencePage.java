// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;

import dossier.ui.HelpContexts;
import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.LicencePreferences;

/** Dossier &gt; Licences: the workspace's licence settings; saving them rechecks every corpus. */
public class LicencePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private LicenceSettingsBlock block;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.PreferencePage_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		block = new LicenceSettingsBlock(parent);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(block.control(), HelpContexts.LICENCE_PREFERENCES);
		block.load(InstanceScope.INSTANCE.getNode(LicencePreferences.QUALIFIER));
		return block.control();
	}

	@Override
	protected void performDefaults() {
		block.loadDefaults();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		block.store(InstanceScope.INSTANCE.getNode(LicencePreferences.QUALIFIER));
		RebuildJob.rebuild(CorpusProjects.all());
		return true;
	}
}
