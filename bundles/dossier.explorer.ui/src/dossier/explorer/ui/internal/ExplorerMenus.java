// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.operations.UndoRedoActionGroup;

import dossier.ingest.IngestOptions;

/**
 * What the explorer's table offers besides its rows: the context menu others contribute commands to (in the
 * groups open, run, edit, show), Link with Editor and undo/redo in the view's bars, and imports by dropping files
 * on the table.
 */
final class ExplorerMenus {

	private ExplorerMenus() {
	}

	static void contribute(IViewSite site, Table table, ISelectionProvider selection, ExplorerState state) {
		MenuManager menu = new MenuManager();
		menu.add(new Separator("open")); //$NON-NLS-1$
		menu.add(new Separator("run")); //$NON-NLS-1$
		menu.add(new Separator("edit")); //$NON-NLS-1$
		menu.add(new Separator("show")); //$NON-NLS-1$
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		table.setMenu(menu.createContextMenu(table));
		site.registerContextMenu(menu, selection);

		IAction link = new Action(Messages.View_link, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				state.linking = isChecked();
				state.save();
			}
		};
		link.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		link.setChecked(state.linking);
		site.getActionBars().getToolBarManager().add(link);
		new UndoRedoActionGroup(site, PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), true)
				.fillActionBars(site.getActionBars());
	}

	/** Files dropped on {@code table} are imported into the corpus shown, if any. */
	static void importDroppedFiles(Table table, Supplier<@Nullable IProject> shown) {
		DropTarget target = new DropTarget(table, DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = shown.get() == null ? DND.DROP_NONE : DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				IProject project = shown.get();
				if (project != null && event.data instanceof String[] files) {
					ImportArticlesJob.start(project, Arrays.stream(files).map(Path::of).toList(), IngestOptions.defaults(),
							true);
				}
			}
		});
	}
}
