// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dossier.ui.Counts;
import dossier.ui.HelpContexts;

/** Shows a {@link Combination}: the answer, the reasons, and the combined credit. */
public class CombineDialog extends TitleAreaDialog {

	private final Combination combination;

	public CombineDialog(@Nullable Shell parent, Combination combination) {
		super(parent);
		this.combination = combination;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		DialogShells.configure(shell, Messages.Combine_title, HelpContexts.COMBINE_DIALOG);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(combination.verdict().allowed() ? Messages.Combine_yes : Messages.Combine_no);
		setMessage(Counts.format(Messages.Combine_question, new Object[] { combination.articles().size(), combination.outgoing().shortName(),
				combination.commercial() ? Messages.Report_commercial : Messages.Report_nonCommercial }));
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(body, SWT.NONE).setText(Messages.Combine_why);
		text(body, String.join("\n", combination.verdict().reasons()), 100); //$NON-NLS-1$
		new Label(body, SWT.NONE).setText(Messages.Combine_credit);
		text(body, combination.credit(), 120);
		return area;
	}

	private static Text text(Composite parent, String value, int height) {
		Text text = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
		text.setText(value);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = height;
		data.widthHint = 560;
		text.setLayoutData(data);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	public Combination combination() {
		return combination;
	}
}
