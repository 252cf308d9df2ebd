// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.Nullable;

import dossier.cli.Console;

/**
 * One line on a terminal's standard error that long work rewrites in place ({@code \r}): articles done, the rate,
 * the time left when it is known ("import: 12,345 articles, 1,234/s, file 3 of 10, about 8 s left"). Drawn only
 * when {@link Console#progressLine()} says standard error is a terminal and {@code --quiet} is not given, at most
 * five times a second, and wiped when the work ends, so that what follows starts on a clean line; nothing at all
 * is written otherwise (a log file or a pipe gets no {@code \r}).
 */
final class ProgressLine implements AutoCloseable {

	private static final long REDRAW_NANOS = 200_000_000L;

	private final PrintStream err;
	private final boolean on;
	private final String what;
	private final long start = System.nanoTime();
	private long drawn = start - REDRAW_NANOS;
	private int width;
	private ScheduledExecutorService ticker;

	ProgressLine(Console console, String what) {
		this.err = console.err();
		this.on = console.progressLine() && !console.quiet();
		this.what = what;
	}

	boolean isOn() {
		return on;
	}

	/**
	 * Reports {@code articles} done; {@code fraction} of the whole work done (0 to 1), negative when unknown, and
	 * {@code detail} ("file 3 of 10") or null.
	 */
	synchronized void update(long articles, double fraction, @Nullable String detail) {
		if (!on) {
			return;
		}
		long now = System.nanoTime();
		if (now - drawn < REDRAW_NANOS) {
			return;
		}
		drawn = now;
		draw(text(what, articles, fraction, detail, now - start));
	}

	/** For work that says nothing while it runs (lineage): the line shows {@code text} and the time spent. */
	synchronized void tick(String text) {
		if (!on || ticker != null) {
			return;
		}
		ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "dossier progress line"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
		ticker.scheduleAtFixedRate(() -> {
			synchronized (this) {
				draw(what + ": " + text + ", " + duration(System.nanoTime() - start)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}, 0, 500, TimeUnit.MILLISECONDS);
	}

	/** "import: 12,345 articles, 1,234/s, file 3 of 10, about 8 s left". */
	static String text(String what, long articles, double fraction, @Nullable String detail, long elapsedNanos) {
		StringBuilder line = new StringBuilder(what).append(": ") //$NON-NLS-1$
				.append(String.format(Locale.ROOT, "%,d %s", articles, articles == 1 ? "article" : "articles")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		double seconds = elapsedNanos / 1e9;
		if (seconds >= 0.5 && articles > 0) {
			line.append(String.format(Locale.ROOT, ", %,d/s", Math.round(articles / seconds))); //$NON-NLS-1$
		}
		if (detail != null) {
			line.append(", ").append(detail); //$NON-NLS-1$
		}
		if (fraction > 0 && fraction < 1 && seconds >= 1) {
			line.append(", about ").append(duration((long) (elapsedNanos * (1 - fraction) / fraction))).append(" left"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return line.toString();
	}

	/** "8 s", "3 min 20 s", "1 h 05 min". */
	static String duration(long nanos) {
		long seconds = Math.max(0, Math.round(nanos / 1e9));
		if (seconds < 60) {
			return seconds + " s"; //$NON-NLS-1$
		}
		if (seconds < 3600) {
			return seconds / 60 + " min " + seconds % 60 + " s"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60); //$NON-NLS-1$
	}

	private void draw(String text) {
		String line = Console.printable(text);
		int pad = Math.max(0, width - line.length());
		err.print('\r' + line + " ".repeat(pad)); //$NON-NLS-1$
		err.flush();
		width = line.length();
	}

	/** Wipes the line, so that what is printed next starts at the left margin. */
	@Override
	public void close() {
		ScheduledExecutorService stopping;
		synchronized (this) {
			stopping = ticker;
		}
		if (stopping != null) {
			// outside the lock, which a tick that is drawing holds
			stopping.shutdownNow();
			try {
				stopping.awaitTermination(1, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		synchronized (this) {
			if (on && width > 0) {
				err.print('\r' + " ".repeat(width) + '\r'); //$NON-NLS-1$
				err.flush();
				width = 0;
			}
		}
	}
}
