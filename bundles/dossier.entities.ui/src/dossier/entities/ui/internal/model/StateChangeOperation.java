// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.model;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One undoable edit of an article session: it swaps the state before for the state after. Every annotation
 * action (mark, link, accept, reject, remove, recognise, merge, split) and every Source page edit is one of these
 * in the workbench operation history, under the editor's undo context.
 */
public class StateChangeOperation extends AbstractOperation {

	private final ArticleSession session;
	private final EditorState before;
	private EditorState after;
	private final String coalesceKey;

	public StateChangeOperation(String label, ArticleSession session, EditorState before, EditorState after,
			@Nullable String coalesceKey) {
		super(label);
		this.session = session;
		this.before = before;
		this.after = after;
		this.coalesceKey = coalesceKey;
		addContext(session.undoContext());
	}

	/** Typing in one Source page field is one operation: its later keystrokes extend it. */
	public boolean extend(String key, EditorState newAfter) {
		if (coalesceKey == null || !coalesceKey.equals(key) || session.state() != after) {
			return false;
		}
		after = newAfter;
		session.setState(after);
		return true;
	}

	@Override
	public IStatus execute(@Nullable IProgressMonitor monitor, @Nullable IAdaptable info) {
		session.setState(after);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(@Nullable IProgressMonitor monitor, @Nullable IAdaptable info) {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(@Nullable IProgressMonitor monitor, @Nullable IAdaptable info) {
		session.setState(before);
		return Status.OK_STATUS;
	}

	@Override
	public boolean canUndo() {
		return session.state() == after;
	}

	@Override
	public boolean canRedo() {
		return session.state() == before;
	}
}
