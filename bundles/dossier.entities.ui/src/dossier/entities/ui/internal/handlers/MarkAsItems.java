// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import dossier.entities.EntityType;
import dossier.entities.EntityTypes;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.editor.EntityEditor;

/**
 * "Mark as" items, one per entity type the active Entity Editor's corpus knows, so contributed types (a team's
 * VESSEL) and those its catalogue declares appear.
 */
public final class MarkAsItems extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<IContributionItem> items = new ArrayList<>();
		for (EntityType type : typesOfTheActiveEditor()) {
			CommandContributionItemParameter parameter = new CommandContributionItemParameter(
					PlatformUI.getWorkbench(), CommandIds.MARK_AS + "." + type.id(), CommandIds.MARK_AS, //$NON-NLS-1$
					CommandContributionItem.STYLE_PUSH);
			parameter.label = NLS.bind(Messages.Op_mark, type.label());
			parameter.parameters = Map.of(CommandIds.MARK_AS_TYPE_PARAMETER, type.id());
			items.add(new CommandContributionItem(parameter));
		}
		items.add(new Separator());
		CommandContributionItemParameter other = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
				CommandIds.MARK_AS_OTHER, CommandIds.MARK_AS_OTHER, CommandContributionItem.STYLE_PUSH);
		other.label = Messages.MarkAs_other;
		items.add(new CommandContributionItem(other));
		return items.toArray(IContributionItem[]::new);
	}

	private static List<EntityType> typesOfTheActiveEditor() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null && page.getActiveEditor() instanceof EntityEditor editor && editor.isLoaded()) {
			return editor.session().catalogue().types();
		}
		return EntityTypes.all();
	}
}
