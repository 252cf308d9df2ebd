// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.HTMLTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dossier.core.model.TextDirection;
import dossier.licence.SuggestedAttribution;

/** The generated credit as text, HTML and Markdown, each read-only with a Copy button. */
final class CreditPanel {

	private final Composite control;
	private final Text text;
	private final Text html;
	private final Text markdown;

	CreditPanel(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(3, false));
		text = row(Messages.AttributionView_creditText, false);
		html = row(Messages.AttributionView_creditHtml, true);
		markdown = row(Messages.AttributionView_creditMarkdown, false);
	}

	private Text row(String label, boolean asHtml) {
		Label name = new Label(control, SWT.NONE);
		name.setText(label);
		name.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Text field = new Text(control, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 48;
		data.widthHint = 200;
		field.setLayoutData(data);
		Button copy = new Button(control, SWT.PUSH);
		copy.setText(Messages.AttributionView_copy);
		copy.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		copy.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> copy(field.getText(), asHtml)));
		return field;
	}

	private void copy(String value, boolean asHtml) {
		if (value.isEmpty()) {
			return;
		}
		Clipboard clipboard = new Clipboard(control.getDisplay());
		try {
			if (asHtml) {
				clipboard.setContents(new Object[] { value, value },
						new Transfer[] { HTMLTransfer.getInstance(), TextTransfer.getInstance() });
			} else {
				clipboard.setContents(new Object[] { value }, new Transfer[] { TextTransfer.getInstance() });
			}
		} finally {
			clipboard.dispose();
		}
	}

	Composite control() {
		return control;
	}

	void show(SuggestedAttribution credit) {
		String plain = credit == null ? "" : credit.text(); //$NON-NLS-1$
		int orientation = TextDirection.firstStrong(plain, TextDirection.LTR) == TextDirection.RTL ? SWT.RIGHT_TO_LEFT
				: SWT.LEFT_TO_RIGHT;
		for (Text field : new Text[] { text, markdown }) {
			field.setOrientation(orientation);
		}
		html.setOrientation(SWT.LEFT_TO_RIGHT); // markup reads left to right; its dir attribute carries the direction
		text.setText(plain);
		html.setText(credit == null ? "" : credit.html()); //$NON-NLS-1$
		markdown.setText(credit == null ? "" : credit.markdown()); //$NON-NLS-1$
	}

	/** The plain-text credit shown (tests). */
	String plainText() {
		return text.getText();
	}
}
