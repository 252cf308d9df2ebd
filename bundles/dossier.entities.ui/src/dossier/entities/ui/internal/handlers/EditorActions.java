// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.handlers;

import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.osgi.util.NLS;

import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.editor.EntityEditor;
import dossier.entities.ui.internal.model.MentionEdits;

/** What the commands do to an Entity Editor; handlers and tests call these. Each edit is one undoable operation. */
public final class EditorActions {

	private EditorActions() {
	}

	/** Marks the selected text as a mention of {@code type}; false when nothing is selected. */
	public static boolean markSelection(EntityEditor editor, EntityType type) {
		ITextSelection selection = editor.textSelection();
		int[] span = trimmed(editor.session().state().article().text(), selection.getOffset(),
				selection.getOffset() + selection.getLength());
		if (span == null) {
			return false;
		}
		editor.apply(NLS.bind(Messages.Op_mark, type.label()),
				state -> MentionEdits.mark(state, editor.session(), span[0], span[1], type));
		return true;
	}

	/** The span without surrounding white space, or null when nothing is left. */
	static int @Nullable [] trimmed(String text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return start < end ? new int[] { start, end } : null;
	}

	/** Links the selection (or the mention at the caret) to {@code entity}. */
	public static boolean link(EntityEditor editor, Entity entity) {
		ITextSelection selection = editor.textSelection();
		int[] span = trimmed(editor.session().state().article().text(), selection.getOffset(),
				selection.getOffset() + selection.getLength());
		Mention at = editor.mentionAtCaret();
		if (span == null && at != null) {
			span = new int[] { at.start(), at.end() };
		}
		if (span == null) {
			return false;
		}
		int[] target = span;
		editor.apply(NLS.bind(Messages.Op_link, entity.label(editor.session().language())),
				state -> MentionEdits.link(state, target[0], target[1], entity, Map.of()));
		return true;
	}

	public static boolean setStatus(EntityEditor editor, MentionStatus status) {
		Mention mention = editor.mentionAtCaret();
		if (mention == null) {
			return false;
		}
		editor.apply(status == MentionStatus.ACCEPTED ? Messages.Op_accept : Messages.Op_reject,
				state -> MentionEdits.setStatus(state, mention, status));
		return true;
	}

	public static boolean remove(EntityEditor editor) {
		Mention mention = editor.mentionAtCaret();
		if (mention == null) {
			return false;
		}
		editor.apply(Messages.Op_remove, state -> MentionEdits.remove(state, mention));
		return true;
	}

	public static boolean acceptAllOfEntity(EntityEditor editor) {
		Mention mention = editor.mentionAtCaret();
		if (mention == null) {
			return false;
		}
		editor.apply(NLS.bind(Messages.Op_acceptAllOf, editor.session().label(mention)),
				state -> MentionEdits.acceptAllOf(state, mention.entityId()));
		return true;
	}

	public static void acceptAll(EntityEditor editor) {
		editor.apply(Messages.Op_acceptAll, MentionEdits::acceptAll);
	}

	public static void clearSuggestions(EntityEditor editor) {
		editor.apply(Messages.Op_clear, MentionEdits::clearSuggestions);
	}

	/** Moves the selection to the next or previous mention. */
	public static void neighbour(EntityEditor editor, boolean forward) {
		ITextSelection selection = editor.textSelection();
		Mention next = editor.textViewer().neighbour(selection.getOffset(), forward);
		if (next != null) {
			editor.reveal(next.start(), next.end());
		}
	}

	/**
	 * Runs every enabled recogniser over the article in a Job; the findings arrive as suggestions, as one
	 * undoable operation, and never change an accepted or rejected mention.
	 */
	public static Job recognise(EntityEditor editor) {
		Job job = new RecogniseArticleJob(editor);
		job.schedule();
		return job;
	}
}
