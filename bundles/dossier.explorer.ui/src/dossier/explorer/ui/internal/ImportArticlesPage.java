// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.PlatformUI;

import dossier.ui.HelpContexts;
import dossier.workspace.CorpusProjects;

/** The one page of the import wizard: what to import, into which corpus, with which size limit. */
final class ImportArticlesPage extends WizardPage {

	private final ImportArticlesWizard wizard;
	private List list;

	ImportArticlesPage(ImportArticlesWizard wizard) {
		super("articles"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.Import_title);
		setDescription(Messages.Import_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));

		new Label(page, SWT.NONE).setText(Messages.Import_sources);
		new Label(page, SWT.NONE);
		list = new List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
		listData.heightHint = 160;
		listData.widthHint = 420;
		list.setLayoutData(listData);
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button(buttons, Messages.Import_addFiles, this::addFiles);
		button(buttons, Messages.Import_addFolder, this::addFolder);
		button(buttons, Messages.Import_remove, this::remove);

		new Label(page, SWT.NONE).setText(Messages.Import_target);
		new Label(page, SWT.NONE);
		Combo target = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		IProject[] corpora = CorpusProjects.all();
		for (IProject corpus : corpora) {
			target.add(corpus.getName());
		}
		target.select(Arrays.asList(corpora).indexOf(wizard.target()));
		target.addListener(SWT.Selection, event -> {
			wizard.setTarget(corpora[target.getSelectionIndex()]);
			validate();
		});
		new Label(page, SWT.NONE);

		Composite options = new Composite(page, SWT.NONE);
		options.setLayout(new GridLayout(2, false));
		new Label(options, SWT.NONE).setText(Messages.Import_maxSize);
		Spinner size = new Spinner(options, SWT.BORDER);
		size.setValues(wizard.maxMegabytes(), 1, 4096, 0, 1, 64);
		size.addListener(SWT.Modify, event -> wizard.setMaxMegabytes(size.getSelection()));

		for (Path source : wizard.sources()) {
			list.add(source.toString());
		}
		setControl(page);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(page, HelpContexts.IMPORT_WIZARD);
		validate();
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button.addListener(SWT.Selection, event -> action.run());
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(Objects.requireNonNull(getShell()), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.*", "*.txt;*.html;*.htm;*.xml;*.rss;*.atom;*.warc;*.warc.gz;*.jsonl;*.zip" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				add(Path.of(dialog.getFilterPath(), name));
			}
		}
	}

	private void addFolder() {
		String folder = new DirectoryDialog(getShell()).open();
		if (folder != null) {
			add(Path.of(folder));
		}
	}

	private void add(Path path) {
		if (!wizard.sources().contains(path)) {
			wizard.sources().add(path);
			list.add(path.toString());
		}
		validate();
	}

	private void remove() {
		int[] selected = list.getSelectionIndices();
		for (int i = selected.length - 1; i >= 0; i--) {
			wizard.sources().remove(selected[i]);
			list.remove(selected[i]);
		}
		validate();
	}

	private void validate() {
		String error = null;
		if (wizard.target() == null) {
			error = CorpusProjects.all().length == 0 ? Messages.Import_noCorpus : Messages.Import_chooseCorpus;
		} else if (wizard.sources().isEmpty()) {
			error = Messages.Import_chooseSources;
		}
		setErrorMessage(wizard.target() == null && CorpusProjects.all().length == 0 ? error : null);
		setMessage(error == null ? Messages.Import_description : error);
		setPageComplete(error == null);
	}
}
