// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.MentionStatus;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.editor.EntityEditor;
import dossier.ui.HelpContexts;

/** The Entity Editor's commands, dispatched by command id to {@link EditorActions}. */
public final class MentionCommandHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof EntityEditor editor) || !editor.isLoaded()) {
			return null;
		}
		String id = event.getCommand().getId();
		boolean done = switch (id) {
		case CommandIds.MARK_AS -> {
			String type = event.getParameter(CommandIds.MARK_AS_TYPE_PARAMETER);
			yield EditorActions.markSelection(editor, editor.session().catalogue().type(type == null ? EntityType.PERSON.id() : type));
		}
		case CommandIds.MARK_AS_OTHER -> {
			ListDialog dialog = new ListDialog(editor.getSite().getShell());
			dialog.setTitle(Messages.MarkAs_otherTitle);
			dialog.setMessage(Messages.MarkAs_otherMessage);
			dialog.setContentProvider(ArrayContentProvider.getInstance());
			dialog.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					return ((EntityType) element).label();
				}
			});
			dialog.setInput(editor.session().catalogue().types());
			dialog.create();
			PlatformUI.getWorkbench().getHelpSystem().setHelp(dialog.getShell(), HelpContexts.MARK_AS_OTHER_DIALOG);
			yield dialog.open() != Window.OK || dialog.getResult().length == 0
					|| EditorActions.markSelection(editor, (EntityType) dialog.getResult()[0]);
		}
		case CommandIds.LINK -> {
			LinkEntityDialog dialog = new LinkEntityDialog(editor);
			if (dialog.open() == Window.OK) {
				Entity entity = dialog.entity();
				yield entity == null || EditorActions.link(editor, entity);
			}
			yield true;
		}
		case CommandIds.REMOVE -> EditorActions.remove(editor);
		case CommandIds.ACCEPT -> EditorActions.setStatus(editor, MentionStatus.ACCEPTED);
		case CommandIds.REJECT -> EditorActions.setStatus(editor, MentionStatus.REJECTED);
		case CommandIds.ACCEPT_ALL_OF_ENTITY -> EditorActions.acceptAllOfEntity(editor);
		case CommandIds.NEXT -> {
			EditorActions.neighbour(editor, true);
			yield true;
		}
		case CommandIds.PREVIOUS -> {
			EditorActions.neighbour(editor, false);
			yield true;
		}
		case CommandIds.RECOGNISE -> {
			EditorActions.recognise(editor);
			yield true;
		}
		case CommandIds.ACCEPT_ALL -> {
			EditorActions.acceptAll(editor);
			yield true;
		}
		case CommandIds.CLEAR_SUGGESTIONS -> {
			EditorActions.clearSuggestions(editor);
			yield true;
		}
		default -> true;
		};
		if (!done) {
			MessageDialog.openInformation(editor.getSite().getShell(), editor.getPartName(),
					id.equals(CommandIds.MARK_AS) || id.equals(CommandIds.MARK_AS_OTHER) ? Messages.Handler_noSelection
							: Messages.Handler_noMention);
		}
		return null;
	}
}
