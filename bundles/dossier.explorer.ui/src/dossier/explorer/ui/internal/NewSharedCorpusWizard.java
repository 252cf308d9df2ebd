// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

import dossier.ui.HelpContexts;
import dossier.workspace.RemoteCorpora;

/**
 * File > New > Shared Corpus (Solr): a team's collection on a Solr server, shown in the Article Explorer beside the
 * local corpora and searched there, read-only. Finishing asks the server (in the wizard's progress part, cancellable)
 * and says in one line what is wrong when it cannot be reached or has no such collection.
 */
public class NewSharedCorpusWizard extends Wizard implements INewWizard {

	private SharedCorpusPage page;
	private IProject created;

	public NewSharedCorpusWizard() {
		setWindowTitle(Messages.NewShared_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// Nothing from the selection: a shared corpus is a new top-level project.
	}

	@Override
	public void addPages() {
		page = new SharedCorpusPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.name();
		String url = page.url();
		String collection = page.collection();
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(@Nullable IProgressMonitor monitor) throws CoreException {
					created = RemoteCorpora.create(name, url, collection, SubMonitor.convert(monitor));
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			page.setErrorMessage(cause instanceof CoreException core ? core.getStatus().getMessage() : String.valueOf(cause.getMessage()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		return true;
	}

	/** The project created by the last finish. */
	public IProject created() {
		return created;
	}

	/** The project's name, the server's URL and the collection's name. */
	static final class SharedCorpusPage extends WizardPage {

		private Text name;
		private Text url;
		private Text collection;

		SharedCorpusPage() {
			super("sharedCorpus"); //$NON-NLS-1$
			setTitle(Messages.NewShared_title);
			setDescription(Messages.NewShared_description);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
			name = field(body, Messages.NewShared_name, ""); //$NON-NLS-1$
			url = field(body, Messages.NewShared_url, "http://localhost:8983/solr"); //$NON-NLS-1$
			collection = field(body, Messages.NewShared_collection, ""); //$NON-NLS-1$
			Label note = new Label(body, SWT.WRAP);
			note.setText(Messages.NewShared_note);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(note);
			setControl(body);
			PlatformUI.getWorkbench().getHelpSystem().setHelp(body, HelpContexts.NEW_CORPUS_WIZARD);
			name.setFocus();
		}

		private Text field(Composite body, String label, String initial) {
			new Label(body, SWT.NONE).setText(label);
			Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
			text.setText(initial);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
			text.addModifyListener(event -> validate());
			return text;
		}

		private void validate() {
			String problem = null;
			if (name.getText().isBlank()) {
				problem = Messages.NewShared_nameMissing;
			} else {
				IStatus valid = ResourcesPlugin.getWorkspace().validateName(name.getText().strip(), org.eclipse.core.resources.IResource.PROJECT);
				if (!valid.isOK()) {
					problem = valid.getMessage();
				} else if (ResourcesPlugin.getWorkspace().getRoot().getProject(name.getText().strip()).exists()) {
					problem = Messages.NewShared_nameTaken;
				} else if (!url.getText().strip().matches("(?i)https?://\\S+")) { //$NON-NLS-1$
					problem = Messages.NewShared_urlInvalid;
				} else if (collection.getText().isBlank() || collection.getText().contains("/")) { //$NON-NLS-1$
					problem = Messages.NewShared_collectionMissing;
				}
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		String name() {
			return name.getText().strip();
		}

		String url() {
			return url.getText().strip();
		}

		String collection() {
			return collection.getText().strip();
		}

		// For the workbench tests.
		void fill(String projectName, String serverUrl, String collectionName) {
			name.setText(projectName);
			url.setText(serverUrl);
			collection.setText(collectionName);
		}
	}

	// For the workbench tests.
	SharedCorpusPage page() {
		return page;
	}
}
