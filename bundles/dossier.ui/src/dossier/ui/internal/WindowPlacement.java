// SPDX-License-Identifier: EPL-2.0
package dossier.ui.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.util.Geometry;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

/**
 * Places each workbench window on the screen: maximised on a workspace's first start (the IDE application, which
 * Dossier's product runs, opens a new workspace's window at 1024×768 whatever the screen), and moved and shrunk
 * to fit the screen it is on at every later start (a window saved on a larger screen). A model processor
 * ({@code org.eclipse.e4.workbench.model}) because the window advisor is the IDE's: it listens for each top-level
 * window's shell and places it once the workbench has given the shell its size.
 */
public class WindowPlacement {

	/** Instance preference of {@code dossier.ui}: the first window of this workspace was placed. */
	static final String PREF_PLACED = "windowPlaced"; //$NON-NLS-1$

	private static final String NODE = "dossier.ui"; //$NON-NLS-1$

	/** Subscribes to the windows' shells as the workbench creates them. */
	@Execute
	public void listen(IEventBroker events) {
		events.subscribe(UIEvents.UIElement.TOPIC_WIDGET, WindowPlacement::widgetSet);
	}

	private static void widgetSet(Event event) {
		if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MWindow window
				&& (Object) window.getParent() instanceof MApplication
				&& event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof Shell shell) {
			// After the workbench's own sizing of the new shell, which follows the widget in the same dispatch.
			shell.getDisplay().asyncExec(() -> place(shell));
		}
	}

	/** Maximises {@code shell} on the workspace's first start; otherwise makes it fit its screen. */
	static void place(Shell shell) {
		if (shell.isDisposed()) {
			return;
		}
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
		Rectangle screen = screenOf(shell);
		if (!preferences.getBoolean(PREF_PLACED, false)) {
			// Remembered in the instance preferences, which the platform writes at shutdown: the UI thread writes
			// no file. Not remembered (a crash), the next start maximises again, which is harmless.
			preferences.putBoolean(PREF_PLACED, true);
			// The screen's work area first: without a window manager (a test display) maximising does nothing.
			shell.setBounds(screen);
			shell.setMaximized(true);
		} else if (!shell.getMaximized()) {
			Rectangle fitted = fit(shell.getBounds(), screen);
			if (!fitted.equals(shell.getBounds())) {
				shell.setBounds(fitted);
			}
		}
	}

	/** {@code bounds} made no larger than {@code screen} and moved inside it. */
	public static Rectangle fit(Rectangle bounds, Rectangle screen) {
		Rectangle fitted = new Rectangle(bounds.x, bounds.y, Math.min(bounds.width, screen.width),
				Math.min(bounds.height, screen.height));
		Geometry.moveInside(fitted, screen);
		return fitted;
	}

	/** The work area of the monitor holding the middle of {@code shell} (the primary one when none does). */
	private static Rectangle screenOf(Shell shell) {
		Point centre = Geometry.centerPoint(shell.getBounds());
		for (Monitor monitor : shell.getDisplay().getMonitors()) {
			if (monitor.getBounds().contains(centre)) {
				return monitor.getClientArea();
			}
		}
		return shell.getDisplay().getPrimaryMonitor().getClientArea();
	}
}
