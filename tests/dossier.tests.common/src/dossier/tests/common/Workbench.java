// SPDX-License-Identifier: EPL-2.0
package dossier.tests.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.opentest4j.AssertionFailedError;

/**
 * Drives a running workbench from a test on the UI thread (SWTBot is not published on Maven Central): find
 * widgets, spin the event loop until a condition holds, join job families.
 */
public final class Workbench {

	/** How long {@link #waitUntil} waits by default: generous, since CI machines are shared and slow. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

	private Workbench() {
	}

	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	public static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window;
	}

	public static IWorkbenchPage page() {
		return window().getActivePage();
	}

	/** Runs the event loop until nothing is left to dispatch. */
	public static void processEvents() {
		Display display = display();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	/**
	 * Saves what the workbench window shows now as a PNG at {@code file} (its folder made if needed), after the
	 * pending events: the README's screenshots, taken by tests that run only when asked.
	 */
	public static void saveScreenshot(Path file) throws IOException {
		processEvents();
		Rectangle bounds = window().getShell().getBounds();
		Image image = new Image(display(), bounds.width, bounds.height);
		try {
			GC gc = new GC(display());
			try {
				gc.copyArea(image, bounds.x, bounds.y);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(file.toAbsolutePath().getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}

	/**
	 * Spins the event loop until {@code condition} holds, failing with {@code description} after the default
	 * timeout. The condition is checked on the UI thread.
	 */
	public static void waitUntil(String description, BooleanSupplier condition) {
		waitUntil(description, condition, DEFAULT_TIMEOUT);
	}

	public static void waitUntil(String description, BooleanSupplier condition, Duration timeout) {
		Display display = display();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionFailedError("Timed out after " + timeout.toSeconds() + " s waiting until " + description); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes the sleeping loop so the condition is checked again
				});
				display.sleep();
			}
		}
	}

	/**
	 * Waits until no job of {@code family} is running or waiting, while keeping the UI thread responsive
	 * (joining on the UI thread would deadlock with jobs that call {@code syncExec}).
	 */
	public static void joinJobs(Object family) {
		waitUntil("jobs of " + family + " finished", () -> Job.getJobManager().find(family).length == 0); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** All controls below {@code root} (itself included) of {@code type} that match {@code filter}, in tree order. */
	public static <T extends Control> List<T> findAll(Control root, Class<T> type, Predicate<? super T> filter) {
		List<T> found = new ArrayList<>();
		collect(root, type, filter, found);
		return found;
	}

	public static <T extends Control> Optional<T> find(Control root, Class<T> type, Predicate<? super T> filter) {
		List<T> found = findAll(root, type, filter);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	/**
	 * The first table in the workbench window whose column headers include all of {@code columns} (a view's table,
	 * found as a user finds it: by its headers).
	 */
	public static Table tableWithColumns(String... columns) {
		List<String> wanted = List.of(columns);
		return find(window().getShell(), Table.class,
				table -> Arrays.stream(table.getColumns()).map(TableColumn::getText).toList().containsAll(wanted))
				.orElseThrow(() -> new AssertionError("no table with the columns " + wanted)); //$NON-NLS-1$
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> filter,
			List<T> found) {
		if (type.isInstance(control) && filter.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, filter, found);
			}
		}
	}
}
