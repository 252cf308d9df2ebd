// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.ui.DialogParents;

/** Opens the explorer's wizards: Import articles ({@code dossier.explorer.import}) or New Corpus. */
public abstract class OpenWizardHandler extends AbstractHandler {

	protected abstract IWorkbenchWizard createWizard();

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		IWorkbenchWizard wizard = createWizard();
		IStructuredSelection selection = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s ? s
				: StructuredSelection.EMPTY;
		wizard.init(HandlerUtil.getActiveWorkbenchWindow(event).getWorkbench(), selection);
		new WizardDialog(DialogParents.of(event), wizard).open();
		return null;
	}

	/** Command {@code dossier.explorer.import}. */
	public static class Import extends OpenWizardHandler {
		@Override
		protected IWorkbenchWizard createWizard() {
			return new ImportArticlesWizard();
		}
	}

	/** Command {@code dossier.explorer.newCorpus}. */
	public static class NewCorpus extends OpenWizardHandler {
		@Override
		protected IWorkbenchWizard createWizard() {
			return new NewCorpusWizard();
		}
	}
}
