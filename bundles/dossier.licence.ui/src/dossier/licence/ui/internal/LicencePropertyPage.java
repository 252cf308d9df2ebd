// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.util.Objects;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PropertyPage;
import org.osgi.service.prefs.BackingStoreException;

import dossier.ui.HelpContexts;
import dossier.workspace.licence.LicencePreferences;

/** A corpus project's Licences page: project-specific licence settings that override the workspace's. */
public class LicencePropertyPage extends PropertyPage {

	private Button projectSpecific;
	private LicenceSettingsBlock block;

	private IProject project() {
		return Objects.requireNonNull(Adapters.adapt(getElement(), IProject.class), "the page belongs to a project"); //$NON-NLS-1$
	}

	private IEclipsePreferences node() {
		return new ProjectScope(project()).getNode(LicencePreferences.QUALIFIER);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(1, false));
		PlatformUI.getWorkbench().getHelpSystem().setHelp(composite, HelpContexts.LICENCE_PROPERTIES);
		projectSpecific = new Button(composite, SWT.CHECK);
		projectSpecific.setText(Messages.PropertyPage_projectSpecific);
		block = new LicenceSettingsBlock(composite);
		block.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		boolean specific = node().getBoolean(LicencePreferences.PROJECT_SPECIFIC, false);
		projectSpecific.setSelection(specific);
		block.load(specific ? node() : InstanceScope.INSTANCE.getNode(LicencePreferences.QUALIFIER));
		block.setEnabled(specific);
		projectSpecific.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> block.setEnabled(projectSpecific.getSelection())));
		return composite;
	}

	@Override
	protected void performDefaults() {
		projectSpecific.setSelection(false);
		block.load(InstanceScope.INSTANCE.getNode(LicencePreferences.QUALIFIER));
		block.setEnabled(false);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IEclipsePreferences node = node();
		if (projectSpecific.getSelection()) {
			node.putBoolean(LicencePreferences.PROJECT_SPECIFIC, true);
			block.store(node);
		} else {
			try {
				node.clear();
				node.flush();
			} catch (BackingStoreException e) {
				ILog.of(LicencePropertyPage.class).error(e.getMessage(), e);
			}
		}
		RebuildJob.rebuild(new IProject[] { project() });
		return true;
	}
}
