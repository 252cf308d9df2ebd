// SPDX-License-Identifier: EPL-2.0
package dossier.screenshots.internal;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * The driver's hands on the workbench, used from a background thread: runs code on the UI thread, waits for a
 * condition checked there, and writes the workbench window as a PNG.
 */
final class Ui {

	/** The window size of every screenshot. */
	static final int WIDTH = 1400;
	static final int HEIGHT = 900;

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private final Display display;

	Ui(Display display) {
		this.display = display;
	}

	/** Runs {@code work} on the UI thread and returns its result; its exception is rethrown here. */
	<T> T sync(Callable<T> work) throws Exception {
		Object[] result = new Object[1];
		Exception[] failure = new Exception[1];
		display.syncExec(() -> {
			try {
				result[0] = work.call();
			} catch (Exception e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

	void run(UiWork work) throws Exception {
		sync(() -> {
			work.run();
			return null;
		});
	}

	interface UiWork {
		void run() throws Exception;
	}

	/** Waits until no job of {@code families} runs and {@code condition} holds on the UI thread. */
	void await(String what, BooleanSupplier condition, Object... families) throws Exception {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (true) {
			boolean idle = true;
			for (Object family : families) {
				idle &= Job.getJobManager().find(family).length == 0;
			}
			if (idle && Boolean.TRUE.equals(sync(condition::getAsBoolean))) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("timed out waiting for " + what); //$NON-NLS-1$
			}
			Thread.sleep(200);
		}
	}

	/** Lets the display draw what was asked of it (a frame or two later on X). */
	void settle() throws Exception {
		Thread.sleep(1500);
		run(() -> {
			while (display.readAndDispatch()) {
				// drain
			}
		});
	}

	IWorkbenchPage page() throws Exception {
		return sync(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
	}

	Shell shell() throws Exception {
		return sync(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell());
	}

	/**
	 * The workbench window at the screen's top left corner, its inside at the screenshots' size. Without a window
	 * manager GTK still reserves room for a title bar and borders that nobody draws, so the window is made larger
	 * than the shots by that trim, and {@link #capture} takes its inside only.
	 */
	void sizeWindow() throws Exception {
		Shell shell = shell();
		run(() -> {
			shell.setMaximized(false);
			shell.setBounds(0, 0, WIDTH, HEIGHT);
			Rectangle drawn = drawnArea(shell);
			shell.setSize(2 * WIDTH - drawn.width, 2 * HEIGHT - drawn.height);
			shell.forceActive();
		});
	}

	/**
	 * Where the workbench draws on the screen: from the window's top (its menu bar, which GTK keeps outside the
	 * client area) to the bottom of its client area, as wide as the client area; not the trim GTK reserves around it.
	 */
	private Rectangle drawnArea(Shell shell) {
		Rectangle inside = display.map(shell, null, shell.getClientArea());
		int top = shell.getLocation().y;
		return new Rectangle(inside.x, top, inside.width, inside.y + inside.height - top);
	}

	/** Writes the inside of the workbench window as it shows on the screen to {@code file} (PNG). */
	void capture(Path file) throws Exception {
		settle();
		Shell shell = shell();
		run(() -> {
			Rectangle bounds = drawnArea(shell);
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				Files.createDirectories(file.toAbsolutePath().getParent());
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
			if (Files.size(file) < 10_000) {
				throw new IOException(file + " is nearly empty"); //$NON-NLS-1$
			}
		});
	}

	/** Sends {@code control} a mouse event of {@code type} at {@code (x, y)}, as its listeners would get it. */
	static void mouse(Control control, int type, int x, int y) {
		Event event = new Event();
		event.button = 1;
		event.x = x;
		event.y = y;
		control.notifyListeners(type, event);
	}

	/**
	 * Calls the method {@code name} of {@code target} (or reads its record component) with {@code args}. The views'
	 * accessors the shots need (a view's corpus picker, a canvas's layout) are package-private test hooks of bundles
	 * that must not know this driver; reflection reaches them, and a renamed hook fails the run with its name.
	 */
	static Object call(Object target, String name, Object... args) {
		for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
			for (Method method : type.getDeclaredMethods()) {
				if (method.getName().equals(name) && method.getParameterCount() == args.length) {
					try {
						method.setAccessible(true);
						return method.invoke(target, args);
					} catch (ReflectiveOperationException e) {
						throw new IllegalStateException(type.getName() + '.' + name + ": " + e.getCause(), e); //$NON-NLS-1$
					}
				}
			}
		}
		throw new IllegalStateException("no method " + name + " with " + args.length + " arguments in " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ target.getClass().getName());
	}

	static int integer(Object target, String name) {
		return ((Number) call(target, name)).intValue();
	}
}
