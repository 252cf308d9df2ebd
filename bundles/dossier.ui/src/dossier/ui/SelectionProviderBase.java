// SPDX-License-Identifier: EPL-2.0
package dossier.ui;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A part's selection as the workbench sees it, for parts whose selection is not a single viewer's (the Entity
 * Editor's mention at the caret, the explorer's rows with their articles loaded later): keeps the listeners and the
 * current selection, and tells the listeners when {@link #announce(ISelection)} changes it. Subclasses decide what
 * {@link #setSelection(ISelection)} from outside does. On the UI thread.
 */
public abstract class SelectionProviderBase implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection current = StructuredSelection.EMPTY;

	@Override
	public final void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public final void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return current;
	}

	/**
	 * Makes {@code selection} the current one and tells the listeners, even when it equals the current one (the same
	 * rows, now with their articles loaded, are news to the Properties view).
	 */
	protected final void announce(ISelection selection) {
		current = selection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}
}
