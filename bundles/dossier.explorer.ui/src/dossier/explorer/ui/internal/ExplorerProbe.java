package dossier.explorer.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;

import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectIndexes;

/**
 * The workbench half of the explorer benchmark ({@code benchmarks/explorer-workbench}), inert unless the system
 * property {@value #PROPERTY} names a corpus folder and a result file ({@code -Ddossier.explorer.probe=DIR,FILE}).
 * It opens the corpus as a project, then measures on the running view: how long until the table is filled, how
 * long a search takes after typing stops, the longest UI-thread stall while scrolling (a watchdog posts a runnable
 * every 5 ms and records how late it runs), and the heap the view and its index retain. It writes the figures to
 * the result file and closes the workbench. Never part of a test.
 */
final class ExplorerProbe {

	static final String PROPERTY = "dossier.explorer.probe"; //$NON-NLS-1$

	private final ExplorerView view;
	private final Display display;
	private final Path corpusFolder;
	private final Path resultFile;
	private final List<String> lines = new ArrayList<>();
	private final AtomicLong longestStall = new AtomicLong();
	private volatile boolean watching;

	private ExplorerProbe(ExplorerView view, Path corpusFolder, Path resultFile) {
		this.view = view;
		this.display = view.getSite().getShell().getDisplay();
		this.corpusFolder = corpusFolder;
		this.resultFile = resultFile;
	}

	static void startIfAsked(ExplorerView view) {
		String value = System.getProperty(PROPERTY);
		if (value == null || !value.contains(",")) { //$NON-NLS-1$
			return;
		}
		String[] parts = value.split(",", 2); //$NON-NLS-1$
		ExplorerProbe probe = new ExplorerProbe(view, Path.of(parts[0]), Path.of(parts[1]));
		view.getSite().getShell().getDisplay().timerExec(2000, probe::run);
	}

	private void run() {
		try {
			measure();
		} catch (Exception | AssertionError e) {
			lines.add("failed: " + e); //$NON-NLS-1$
		}
		try {
			Files.write(resultFile, lines, StandardCharsets.UTF_8);
		} catch (IOException e) {
			e.printStackTrace();
		}
		PlatformUI.getWorkbench().close();
	}

	private void measure() throws Exception {
		Runtime runtime = Runtime.getRuntime();
		lines.add(String.format(Locale.ROOT, "machine: %d cores, max heap %d MB, %s %s", runtime.availableProcessors(), //$NON-NLS-1$
				runtime.maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"))); //$NON-NLS-1$ //$NON-NLS-2$
		long before = retainedMegabytes();
		String name = corpusFolder.getFileName().toString();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		long start = System.nanoTime();
		// The view is measured, not the build: with auto-build on, adding the nature would run the licence checker
		// over every article first (minutes at 100k, and hundreds of thousands of markers). The index is opened
		// (checked against the corpus, rebuilt only if stale) as the view would open it, off the UI thread.
		org.eclipse.core.resources.IWorkspaceDescription workspace = ResourcesPlugin.getWorkspace().getDescription();
		workspace.setAutoBuilding(false);
		ResourcesPlugin.getWorkspace().setDescription(workspace);
		if (!project.exists()) {
			IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
			description.setLocation(IPath.fromPath(corpusFolder));
			project.create(description, new NullProgressMonitor());
			project.open(new NullProgressMonitor());
			CorpusProjects.addNature(project, new NullProgressMonitor());
		}
		Thread opener = new Thread(() -> {
			try {
				ProjectIndexes.index(project);
			} catch (org.eclipse.core.runtime.CoreException e) {
				lines.add("index: " + e.getMessage()); //$NON-NLS-1$
			}
		}, "dossier-explorer-probe-index"); //$NON-NLS-1$
		opener.start();
		spin(() -> ProjectIndexes.ifOpen(project).isPresent() && !opener.isAlive(), 600_000);
		lines.add(String.format(Locale.ROOT, "corpus %s: %d articles; project opened (auto-build off) and index checked in %d ms", //$NON-NLS-1$
				name, CorpusProjects.corpus(project).size(), millisSince(start)));

		startWatchdog();
		view.getSite().getPage().activate(view);
		view.searchField().setText(""); //$NON-NLS-1$
		spin(() -> false, 300);
		longestStall.set(0);
		start = System.nanoTime();
		view.showCorpus(project);
		spin(() -> view.model() != null && project.equals(view.model().project()) && visibleRowsLoaded(), 60_000);
		lines.add(String.format(Locale.ROOT, "view filled (row count, facets, visible rows painted): %d ms; longest UI stall %d ms", //$NON-NLS-1$
				millisSince(start), longestStall.get() / 1_000_000));

		String[] queries = { "بوتين", "كوريا", "sanctions", "publisher:\"Al Jazeera\" بوتين", "Corea" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (String query : queries) {
			longestStall.set(0);
			view.searchField().setText(query); // the last keystroke: typing stops here
			long typed = System.nanoTime();
			spin(() -> view.model() != null && view.model().query().text().equals(query) && visibleRowsLoaded(), 60_000);
			long total = millisSince(typed);
			lines.add(String.format(Locale.ROOT,
					"search '%s': %d hits shown %d ms after typing stopped (%d ms of it the %d ms quiet time); longest UI stall %d ms", //$NON-NLS-1$
					query, view.model().total(), total, Math.min(total, ExplorerView.SEARCH_DELAY_MS),
					ExplorerView.SEARCH_DELAY_MS, longestStall.get() / 1_000_000));
		}
		view.searchField().setText(""); //$NON-NLS-1$
		spin(() -> view.model() != null && view.model().query().text().isEmpty() && visibleRowsLoaded(), 60_000);

		Table table = view.viewer().getTable();
		Random random = new Random(3);
		longestStall.set(0);
		long[] steps = new long[200];
		for (int i = 0; i < steps.length; i++) {
			// Half small steps (wheel scrolling), half jumps (dragging the thumb).
			int top = i % 2 == 0 ? Math.min(table.getItemCount() - 1, table.getTopIndex() + 30)
					: random.nextInt(Math.max(1, table.getItemCount()));
			long step = System.nanoTime();
			table.setTopIndex(top);
			spin(this::visibleRowsLoaded, 10_000);
			steps[i] = System.nanoTime() - step;
		}
		java.util.Arrays.sort(steps);
		lines.add(String.format(Locale.ROOT,
				"scrolling (200 steps over %d rows): rows shown p50 %d ms, p99 %d ms after a scroll; longest UI-thread stall %d ms", //$NON-NLS-1$
				table.getItemCount(), steps[99] / 1_000_000, steps[197] / 1_000_000, longestStall.get() / 1_000_000));
		watching = false;
		long after = retainedMegabytes();
		lines.add(String.format(Locale.ROOT, "heap retained: %d MB before the corpus was opened, %d MB after (overhead %d MB)", //$NON-NLS-1$
				before, after, after - before));
	}

	private boolean visibleRowsLoaded() {
		Table table = view.viewer().getTable();
		int count = table.getItemCount();
		if (count == 0) {
			return view.model() != null && view.model().rowCount() == 0;
		}
		int visible = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
		int top = table.getTopIndex();
		for (int i = top; i < Math.min(count, top + visible); i++) {
			TableItem item = table.getItem(i);
			if (item.getData() == null) {
				return false;
			}
		}
		return true;
	}

	private void startWatchdog() {
		watching = true;
		Thread thread = new Thread(() -> {
			while (watching && !display.isDisposed()) {
				long posted = System.nanoTime();
				AtomicLong ran = new AtomicLong();
				display.asyncExec(() -> ran.set(System.nanoTime()));
				while (ran.get() == 0 && watching && !display.isDisposed()) {
					sleep(1);
				}
				long stall = ran.get() - posted;
				longestStall.accumulateAndGet(stall, Math::max);
				sleep(5);
			}
		}, "dossier-explorer-watchdog"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	private void spin(BooleanSupplier condition, long timeoutMillis) {
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(2, () -> {
					// wakes the loop
				});
				display.sleep();
			}
		}
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long retainedMegabytes() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
