// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;

/**
 * What every benchmark prints: throughput, latency percentiles, peak heap, and the machine it ran on.
 * Benchmarks are plain Java programs run by {@code benchmarks/run}; they never run as tests.
 */
public final class Measure {

	private Measure() {
	}

	/** One line naming the machine and the JVM, printed first by every benchmark. */
	public static String machine() {
		Runtime runtime = Runtime.getRuntime();
		return String.format(Locale.ROOT, "machine: %d cores, max heap %d MB, %s %s, %s %s", //$NON-NLS-1$
				runtime.availableProcessors(), runtime.maxMemory() >> 20, System.getProperty("java.vm.name"), //$NON-NLS-1$
				System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The {@code p}-th percentile (0..100) of {@code samplesNanos}, in milliseconds. */
	public static double percentileMillis(long[] samplesNanos, double p) {
		if (samplesNanos.length == 0) {
			return Double.NaN;
		}
		long[] sorted = samplesNanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	/** Peak heap use since start (or since {@link #resetPeakHeap()}), in MB, over all heap pools. */
	public static long peakHeapMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak >> 20;
	}

	public static void resetPeakHeap() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	/** Heap in use after a full collection, in MB: what a loaded structure really retains. */
	public static long retainedHeapMegabytes() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
	}
}
