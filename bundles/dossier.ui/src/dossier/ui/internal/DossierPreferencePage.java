// SPDX-License-Identifier: EPL-2.0
package dossier.ui.internal;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;

import dossier.ui.HelpContexts;

/**
 * The root "Dossier" preference page ({@code dossier.preferences}, {@link dossier.ui.DossierUi#PREFERENCE_PAGE}):
 * every Dossier page (Licences, Mention Styles, a team's own) names it as its category.
 */
public class DossierPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(Messages.DossierPreferencePage_description);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(label, HelpContexts.DOSSIER_PREFERENCES);
		return label;
	}
}
