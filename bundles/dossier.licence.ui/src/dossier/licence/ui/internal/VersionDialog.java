// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.util.Arrays;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dossier.ui.HelpContexts;

/** Asks which version of the stated licence applies (the source names none: only the analyst can tell). */
class VersionDialog extends Dialog {

	static final String[] VERSIONS = { "4.0", "3.0", "2.5", "2.0", "1.0" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private final String proposal;
	private Combo combo;
	private String version;

	VersionDialog(@Nullable Shell parent, String proposal) {
		super(parent);
		this.proposal = proposal;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		DialogShells.configure(shell, Messages.Fix_licenceVersion, HelpContexts.VERSION_DIALOG);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label label = new Label(area, SWT.WRAP);
		label.setText(Messages.Fix_version_prompt);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		new Label(area, SWT.NONE).setText(Messages.Fix_version_label);
		combo = new Combo(area, SWT.READ_ONLY);
		combo.setItems(VERSIONS);
		combo.select(Math.max(0, Arrays.asList(VERSIONS).indexOf(proposal)));
		return area;
	}

	@Override
	protected void okPressed() {
		version = combo.getText();
		super.okPressed();
	}

	String version() {
		return version;
	}
}
