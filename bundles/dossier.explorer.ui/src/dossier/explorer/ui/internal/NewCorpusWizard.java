// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

import dossier.ui.HelpContexts;
import dossier.workspace.CorpusProjects;

/** File > New > Corpus: a corpus project (the corpus nature, its builder, an empty corpus layout). */
public class NewCorpusWizard extends Wizard implements INewWizard {

	private WizardNewProjectCreationPage page;
	private IProject created;

	public NewCorpusWizard() {
		setWindowTitle(Messages.NewCorpus_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// Nothing from the selection: a corpus is a new top-level project.
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("corpus"); //$NON-NLS-1$
		page.setTitle(Messages.NewCorpus_title);
		page.setDescription(Messages.NewCorpus_description);
		addPage(page);
	}

	@Override
	public void createPageControls(@Nullable Composite pageContainer) {
		super.createPageControls(pageContainer);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(page.getControl(), HelpContexts.NEW_CORPUS_WIZARD);
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(@Nullable IProgressMonitor monitor) throws CoreException {
					created = CorpusProjects.create(name, location, SubMonitor.convert(monitor));
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			ErrorDialog.openError(getShell(), Messages.NewCorpus_title, null,
					cause instanceof CoreException core ? core.getStatus()
							: Status.error(String.valueOf(cause.getMessage()), cause));
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
}
