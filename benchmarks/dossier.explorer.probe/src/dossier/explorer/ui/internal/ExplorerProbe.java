// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;

import dossier.index.CorpusIndex;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectIndexes;

/**
 * The workbench half of the explorer benchmark ({@code benchmarks/explorer-workbench}): a fragment of the explorer
 * that the benchmark adds to a copy of the product's configuration, never part of the product. Inert unless the
 * system property {@value #PROPERTY} names a corpus folder and a result file
 * ({@code -Ddossier.explorer.probe=DIR,FILE}); {@link ExplorerProbeStartup} then starts it on the Article Explorer.
 * It opens the corpus as a project, then measures on the running view: how long until the table is filled, how
 * long a search takes after typing stops, the longest UI-thread stall while scrolling (a watchdog posts a runnable
 * every 5 ms and records how late it runs), and the heap the view and its index retain. It writes the figures to
 * the result file and closes the workbench. Never part of a test.
 */
final class ExplorerProbe {

	static final String PROPERTY = "dossier.explorer.probe"; //$NON-NLS-1$

	private static final String[] QUERIES = { "بوتين", "كوريا", "sanctions", "publisher:\"Al Jazeera\" بوتين", "Corea" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private final ExplorerView view;
	private final Display display;
	private final Path corpusFolder;
	private final Path resultFile;
	private final List<String> lines = new ArrayList<>();
	private final AtomicLong longestStall = new AtomicLong();
	private volatile boolean watching;
	private volatile List<StackTraceElement[]> stallStacks = List.of();
	/** Counts the phases measured, so a stall is put down to the phase it began in. */
	private volatile int phase;
	/** The table's client area and row height, read once. */
	private Rectangle area;
	private int itemHeight;
	/** Rows the table asked for (a virtual table should ask for what it shows). */
	private int rowsAsked;
	/** How long the last search job waited to start, and how long it ran (nanoseconds). */
	private volatile long[] lastAnswerTimes = { 0, 0 };

	private ExplorerProbe(ExplorerView view, Path corpusFolder, Path resultFile) {
		this.view = view;
		this.display = view.getSite().getShell().getDisplay();
		this.corpusFolder = corpusFolder;
		this.resultFile = resultFile;
	}

	/** True when the system property {@value #PROPERTY} asks for the probe. */
	static boolean isAsked() {
		String value = System.getProperty(PROPERTY);
		return value != null && value.contains(","); //$NON-NLS-1$
	}

	/** Measures {@code view} two seconds from now (what the view needs to settle on a fresh workspace). */
	static void start(ExplorerView view) {
		String[] parts = System.getProperty(PROPERTY).split(",", 2); //$NON-NLS-1$
		ExplorerProbe probe = new ExplorerProbe(view, Path.of(parts[0]), Path.of(parts[1]));
		view.viewer().getTable().addListener(SWT.SetData, event -> probe.rowsAsked++);
		Job.getJobManager().addJobChangeListener(probe.new SearchTimes());
		view.getSite().getShell().getDisplay().timerExec(2000, probe::run);
	}

	/** The probe cannot start: says why in the result file and closes the workbench. */
	static void fail(Exception e) {
		String[] parts = System.getProperty(PROPERTY).split(",", 2); //$NON-NLS-1$
		try {
			Files.write(Path.of(parts[1]), List.of("failed: " + e), StandardCharsets.UTF_8); //$NON-NLS-1$
		} catch (IOException f) {
			f.printStackTrace();
		}
		PlatformUI.getWorkbench().close();
	}

	/** Times the view's search jobs: from scheduled to running, and from running to done. */
	private final class SearchTimes extends JobChangeAdapter {
		private volatile long scheduled;
		private volatile long running;

		@Override
		public void scheduled(IJobChangeEvent event) {
			if (event.getJob() instanceof SearchJob) {
				scheduled = System.nanoTime();
			}
		}

		@Override
		public void running(IJobChangeEvent event) {
			if (event.getJob() instanceof SearchJob) {
				running = System.nanoTime();
			}
		}

		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob() instanceof SearchJob && event.getResult().isOK()) {
				lastAnswerTimes = new long[] { running - scheduled, System.nanoTime() - running };
			}
		}
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
		IWorkspaceDescription workspace = ResourcesPlugin.getWorkspace().getDescription();
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
			} catch (CoreException e) {
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
		pause(300);
		resetStall();
		start = System.nanoTime();
		rowsAsked = 0;
		view.showCorpus(project);
		boolean filled = spin(() -> view.model() != null && project.equals(view.model().project()) && visibleRowsLoaded(), 60_000);
		long fill = millisSince(start);
		afterPhase();
		lines.add(String.format(Locale.ROOT, "view filled (row count, facets, visible rows painted): %d ms%s; longest UI stall %d ms", //$NON-NLS-1$
				fill, filled ? "" : " TIMED OUT", longestStall.get() / 1_000_000)); //$NON-NLS-1$ //$NON-NLS-2$
		addStallStack();
		pause(2000);
		lines.add(String.format(Locale.ROOT, "  rows the table asked for by 2 s later: %d of %d", rowsAsked, //$NON-NLS-1$
				view.viewer().getTable().getItemCount()));

		searches("just after the corpus opened"); //$NON-NLS-1$
		// Opening a project of 100,000 files leaves the workspace busy for a while (resource deltas, its snapshot):
		// the same searches again once its jobs are done, as a user searching later would see them.
		long idle = System.nanoTime();
		spin(() -> Job.getJobManager().isIdle(), 120_000);
		lines.add(String.format(Locale.ROOT, "  workspace jobs done %d ms later", millisSince(idle))); //$NON-NLS-1$
		searches("again, the workspace idle"); //$NON-NLS-1$
		directSearches(project);
		view.searchField().setText(""); //$NON-NLS-1$
		spin(() -> view.model() != null && view.model().query().text().isEmpty() && visibleRowsLoaded(), 60_000);

		Table table = view.viewer().getTable();
		Random random = new Random(3);
		resetStall();
		int timeouts = 0;
		int moved = 0;
		int askedBefore = rowsAsked;
		long[] steps = new long[200];
		for (int i = 0; i < steps.length; i++) {
			// Half small steps (wheel scrolling), half jumps (dragging the thumb).
			// Every 20th step goes to the last row the table holds, which makes it add rows.
			int top = i % 20 == 19 ? table.getItemCount() - 1
					: i % 2 == 0 ? Math.min(table.getItemCount() - 1, table.getTopIndex() + 30)
							: random.nextInt(Math.max(1, table.getItemCount()));
			int topBefore = table.getTopIndex();
			long step = System.nanoTime();
			table.setTopIndex(top);
			// GTK scrolls when it next lays the table out: wait for that, then for the rows.
			spin(() -> table.getTopIndex() != topBefore || top == topBefore, 1_000); // not at all when clamped at the end
			if (table.getTopIndex() != topBefore) {
				moved++;
			}
			if (!spin(this::visibleRowsLoaded, 10_000)) {
				timeouts++;
			}
			steps[i] = System.nanoTime() - step;
		}
		afterPhase();
		Arrays.sort(steps);
		lines.add(String.format(Locale.ROOT,
				"scrolling (200 steps, the view moved on %d, %d rows asked for, %d rows in the table at the end): rows shown p50 %d ms, p99 %d ms after a scroll (%d waits timed out); longest UI-thread stall %d ms", //$NON-NLS-1$
				moved, rowsAsked - askedBefore, table.getItemCount(), steps[99] / 1_000_000, steps[197] / 1_000_000,
				timeouts, longestStall.get() / 1_000_000));
		addStallStack();
		watching = false;
		long after = retainedMegabytes();
		lines.add(String.format(Locale.ROOT, "heap retained: %d MB before the corpus was opened, %d MB after (overhead %d MB)", //$NON-NLS-1$
				before, after, after - before));
	}

	/**
	 * The view's first request for each search, made straight to the index ten times on a thread of its own: what
	 * the index costs inside this workbench, beside what the view's job measured.
	 */
	private void directSearches(IProject project) throws Exception {
		CorpusIndex index = ProjectIndexes.index(project);
		long[] took = new long[QUERIES.length * 10];
		Thread thread = new Thread(() -> {
			try {
				for (int i = 0; i < took.length; i++) {
					ExplorerQuery query = ExplorerQuery.initial().withText(QUERIES[i % QUERIES.length]);
					long start = System.nanoTime();
					index.search(PagedRows.request(query.composed(), query, 0, RowModel.FIRST_ROWS));
					took[i] = System.nanoTime() - start;
				}
			} catch (Exception e) {
				lines.add("direct searches: " + e); //$NON-NLS-1$
			}
		}, "dossier-explorer-probe-search"); //$NON-NLS-1$
		thread.start();
		spin(() -> !thread.isAlive(), 120_000);
		Arrays.sort(took);
		lines.add(String.format(Locale.ROOT,
				"  the same first requests straight to the index, 10 times each: p50 %d ms, p90 %d ms, max %d ms", //$NON-NLS-1$
				took[took.length / 2] / 1_000_000, took[took.length * 9 / 10] / 1_000_000, took[took.length - 1] / 1_000_000));
	}

	/** Types each of the benchmark's searches and measures how long until its rows show. */
	private void searches(String when) {
		lines.add("searches, " + when + ':'); //$NON-NLS-1$
		for (String query : QUERIES) {
			resetStall();
			view.searchField().setText(query); // the last keystroke: typing stops here
			long typed = System.nanoTime();
			long[] answered = { 0 };
			boolean shown = spin(() -> {
				boolean current = view.model() != null && view.model().query().text().equals(query);
				if (current && answered[0] == 0) {
					answered[0] = System.nanoTime();
				}
				return current && visibleRowsLoaded();
			}, 60_000);
			long total = millisSince(typed);
			afterPhase();
			lines.add(String.format(Locale.ROOT,
					"  search '%s': %d hits shown %d ms%s after typing stopped (the %d ms quiet time; its job started %d ms after it and took %d ms; the answer in the table at %d ms); longest UI stall %d ms", //$NON-NLS-1$
					query, view.model().total(), total, shown ? "" : " TIMED OUT", ExplorerView.SEARCH_DELAY_MS, //$NON-NLS-1$ //$NON-NLS-2$
					lastAnswerTimes[0] / 1_000_000, lastAnswerTimes[1] / 1_000_000,
					(answered[0] - typed) / 1_000_000,
					longestStall.get() / 1_000_000));
			addStallStack();
		}
	}

	/**
	 * True when every row the table shows has its element of the listing shown (the view's content provider
	 * answered for it). The visible rows are those from the top row to the row at the bottom edge of the client
	 * area, found by position (an estimate from heights counted rows GTK never paints, which never filled in).
	 */
	private boolean visibleRowsLoaded() {
		Table table = view.viewer().getTable();
		int count = table.getItemCount();
		if (count == 0) {
			return view.model() != null && view.model().rowCount() == 0;
		}
		int top = table.getTopIndex();
		if (area == null) {
			// Read once: each call asks GTK (the item height measures cells), which would count in the stalls.
			area = table.getClientArea();
			itemHeight = Math.max(2, table.getItemHeight());
		}
		int last = Math.min(count - 1, top + area.height / itemHeight);
		for (int y = area.y + area.height - 1; y > area.y; y -= itemHeight / 2) {
			TableItem bottom = table.getItem(new Point(area.x + 2, y));
			if (bottom != null) {
				last = table.indexOf(bottom);
				break;
			}
		}
		if (last < top) {
			return false; // the top row moved, but the rows on screen are still the ones before the scroll
		}
		RowModel shown = view.model();
		for (int i = top; i <= last; i++) {
			// The row's element, of the listing shown: set when the table asks for the row.
			Object data = table.getItem(i).getData();
			if (data == null || data != shown.loadedRow(i)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Posts a runnable to the UI thread every 5 ms and records how late it runs. While it is late, the UI thread's
	 * stack is sampled every 20 ms from 20 ms on: the longest stall of each phase is printed with where the UI thread
	 * was at each sample.
	 */
	private void startWatchdog() {
		watching = true;
		Thread ui = display.getThread();
		Thread thread = new Thread(() -> {
			while (watching && !display.isDisposed()) {
				long posted = System.nanoTime();
				int postedIn = phase;
				AtomicLong ran = new AtomicLong();
				display.asyncExec(() -> ran.set(System.nanoTime()));
				List<StackTraceElement[]> samples = new ArrayList<>();
				while (ran.get() == 0 && watching && !display.isDisposed()) {
					sleep(1);
					if (System.nanoTime() - posted > (samples.size() + 1) * 20_000_000L) {
						samples.add(ui.getStackTrace());
					}
				}
				long stall = ran.get() - posted;
				// A stall that began in an earlier phase belongs to that phase (which waited for it to end).
				if (postedIn == phase && stall > longestStall.get()) {
					longestStall.set(stall);
					stallStacks = samples;
				}
				sleep(5);
			}
		}, "dossier-explorer-watchdog"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	/** Resets the longest stall for the next phase. */
	private void resetStall() {
		phase++;
		longestStall.set(0);
		stallStacks = List.of();
	}

	/** Waits 300 ms for the work a phase leaves behind (facet counts, painting): its stalls count in the phase. */
	private void afterPhase() {
		pause(300);
	}

	/** Runs the event loop for {@code millis}. */
	private void pause(long millis) {
		spin(() -> false, millis);
	}

	/** Where the UI thread was during the phase's longest stall: at each 20 ms sample, its innermost frames. */
	private void addStallStack() {
		List<StackTraceElement[]> samples = stallStacks;
		for (int i = 0; i < samples.size(); i++) {
			StringBuilder where = new StringBuilder(String.format(Locale.ROOT, "    at %d ms:", (i + 1) * 20)); //$NON-NLS-1$
			int shown = 0;
			for (StackTraceElement frame : samples.get(i)) {
				where.append(shown == 0 ? " " : " < ").append(frame.getClassName().replaceAll(".*\\.", "")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						.append('.').append(frame.getMethodName());
				shown++;
				if (shown == 8 || frame.getClassName().startsWith("dossier.")) { //$NON-NLS-1$
					break;
				}
			}
			lines.add(where.toString());
		}
	}

	/** Runs the event loop until {@code condition} holds; false when it timed out. */
	private boolean spin(BooleanSupplier condition, long timeoutMillis) {
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() >= deadline) {
				return false;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(2, () -> {
					// wakes the loop
				});
				display.sleep();
			}
		}
		return true;
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
