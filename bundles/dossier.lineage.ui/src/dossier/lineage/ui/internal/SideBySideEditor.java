// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dossier.core.model.Article;
import dossier.lineage.LineageLink;
import dossier.lineage.ParagraphAlignment;
import dossier.lineage.ParagraphAlignment.Pair;
import dossier.ui.HelpContexts;
import dossier.ui.ReadOnlyEditorPart;

/**
 * An article side by side with its original, read only: the link's type, status, score and evidence above, the
 * original and the copy beside each other, each in its own direction, their paragraphs aligned, scrolled together and
 * a chosen paragraph's partner highlighted ({@link SideBySideSync}). The articles are read and aligned by a
 * {@link SideBySideJob}; the editor only shows what it found.
 */
public final class SideBySideEditor extends ReadOnlyEditorPart {

	/** The editor's id (plugin.xml). */
	public static final String ID = "dossier.lineage.sideBySide"; //$NON-NLS-1$

	private Text header;
	private Label status;
	private SideBySidePane originalPane;
	private SideBySidePane copyPane;
	private SideBySideSync sync;
	private SideBySideJob.@Nullable Compared shown;
	private @Nullable SideBySideJob job;

	@Override
	public void init(@Nullable IEditorSite site, @Nullable IEditorInput input) throws PartInitException {
		if (!(input instanceof SideBySideInput)) {
			throw new PartInitException("Not an article to compare: " + input); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		header = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		GridData headerData = new GridData(SWT.FILL, SWT.TOP, true, false);
		headerData.heightHint = header.getLineHeight() * 5;
		header.setLayoutData(headerData);
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		originalPane = new SideBySidePane(sash);
		copyPane = new SideBySidePane(sash);
		sash.setWeights(1, 1);
		sync = new SideBySideSync(originalPane, copyPane, this::pairSelected);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, HelpContexts.LINEAGE_VIEW);
		header.setText(Messages.SideBySide_reading);
		compute();
	}

	private void compute() {
		SideBySideInput input = (SideBySideInput) getEditorInput();
		status.setText(NLS.bind(Messages.Computing, input.project().getName()));
		SideBySideJob next = new SideBySideJob(input, this, header);
		job = next;
		next.onDone(outcome -> {
			job = null;
			SideBySideJob.Compared result = outcome.result();
			if (result == null) {
				header.setText(NLS.bind(Messages.SideBySide_failed, outcome.problem()));
				status.setText(""); //$NON-NLS-1$
			} else {
				show(result);
			}
		});
		next.schedule();
	}

	private void show(SideBySideJob.Compared result) {
		shown = result;
		ParagraphAlignment alignment = result.alignment();
		LineageLink link = result.link();
		Article original = result.original();
		if (link == null || original == null || alignment == null) {
			header.setText(NLS.bind(Messages.SideBySide_noOriginal, result.copy().title()));
			originalPane.showNothing(Messages.SideBySide_original, Messages.SideBySide_noOriginalPane);
			copyPane.show(Messages.SideBySide_article, result.copy(), ParagraphAlignment.paragraphs(result.copy().text()));
			status.setText(""); //$NON-NLS-1$
			sync.setAlignment(null);
			return;
		}
		setPartName(NLS.bind(Messages.SideBySide_tab, result.copy().title().isBlank() ? result.copy().id()
				: result.copy().title().strip()));
		header.setText(SideBySideLabels.header(link, original, result.copy()));
		originalPane.show(Messages.SideBySide_original, original, alignment.originalParagraphs());
		copyPane.show(SideBySideLabels.copyRole(link), result.copy(), alignment.copyParagraphs());
		status.setText(SideBySideLabels.summary(alignment));
		status.getParent().layout(true);
		sync.setAlignment(alignment);
	}

	private void pairSelected(Pair pair) {
		status.setText(SideBySideLabels.pair(pair));
		status.getParent().layout(true);
	}

	@Override
	public void setFocus() {
		copyPane.text().setFocus();
	}

	@Override
	public void dispose() {
		Job.getJobManager().cancel(this);
		super.dispose();
	}

	// For the workbench tests.

	SideBySidePane originalPane() {
		return originalPane;
	}

	SideBySidePane copyPane() {
		return copyPane;
	}

	SideBySideJob.@Nullable Compared shown() {
		return shown;
	}

	boolean computing() {
		return job != null;
	}

	String headerText() {
		return header.getText();
	}

	String statusText() {
		return status.getText();
	}

	SideBySideSync sync() {
		return sync;
	}
}
