// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * How the job scales ({@code benchmarks/spark}): the same crawl (real articles, {@link Crawl}, split over several
 * WARC.gz files as a crawl is) analysed on a standalone cluster of two one-core workers, first with one executor
 * ({@code spark.cores.max=1}), then with two. Prints records per second for each, their ratio, the executors' peak
 * resident memory (sampled from /proc while the job runs) and a projection to 1M and 100M records. Never a test.
 */
public final class SparkScalingBenchmark {

	private SparkScalingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int records = args.length > 1 && args[0].equals("--records") ? Integer.parseInt(args[1]) : 20_000;
		int files = 8;
		Path root = Path.of(System.getProperty("dossier.root", ".")).toAbsolutePath().normalize();
		Path work = Files.createTempDirectory("dossier-spark-bench");
		Path input = Files.createDirectories(work.resolve("input"));
		Crawl crawl = new Crawl(root);
		for (int i = 0; i < files; i++) {
			crawl.writeWarc(input.resolve("crawl-" + i + ".warc.gz"), records / files);
		}
		System.out.printf(Locale.ROOT, "dossier-spark benchmark: %,d pages in %d WARC.gz files (%s), 2 workers of 1 core%n", records, files,
				megabytes(input));
		List<String> lines = new ArrayList<>();
		double[] rates = new double[2];
		try (LocalCluster cluster = LocalCluster.start(Path.of(System.getProperty("dossier.spark.home")), work,
				System.getProperty("dossier.spark.moduleOptions", ""), 2)) {
			for (int executors = 1; executors <= 2; executors++) {
				Path output = work.resolve("output-" + executors);
				AtomicLong peak = new AtomicLong();
				Thread sampler = sampleExecutorMemory(peak);
				int status = cluster.submit(Path.of(System.getProperty("dossier.spark.jobJar")), Duration.ofMinutes(30),
						List.of("spark.cores.max=" + executors), "--input", input.toUri().toString(), "--output", output.toUri().toString());
				sampler.interrupt();
				if (status != 0) {
					throw new IllegalStateException("spark-submit exited " + status + ":\n" + LocalCluster.tail(work.resolve("submit.log"), 40));
				}
				JsonObject summary = JsonParser.parseString(Files.readString(output.resolve("summary.json"))).getAsJsonObject();
				double seconds = summary.get("seconds").getAsDouble();
				rates[executors - 1] = summary.get("articles").getAsLong() / seconds;
				lines.add(String.format(Locale.ROOT, "%d executor(s): %,d articles, %d failures in %.1f s = %,.0f records/s; peak executor RSS %d MB",
						executors, summary.get("articles").getAsLong(), summary.get("failures").getAsLong(), seconds, rates[executors - 1],
						peak.get() >> 20));
			}
		}
		lines.forEach(System.out::println);
		double perExecutor = rates[1] / 2;
		System.out.printf(Locale.ROOT, "scaling 1 → 2 executors: ×%.2f%n", rates[1] / rates[0]);
		System.out.printf(Locale.ROOT, "projection at %,.0f records/s per executor (the two-executor rate halved, fixed costs included): "
				+ "1M records on 8 executors %.0f min; 100M on 64 executors %.1f h%n", perExecutor, 1e6 / (perExecutor * 8) / 60,
				1e8 / (perExecutor * 64) / 3600);
	}

	/** Samples the resident memory of this machine's Spark executors every 200 ms into {@code peak}, until interrupted. */
	private static Thread sampleExecutorMemory(AtomicLong peak) {
		Thread thread = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
						.forEach(p -> peak.accumulateAndGet(residentBytes(p.pid()), Math::max));
				try {
					Thread.sleep(200);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "executor-memory");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static long residentBytes(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		} catch (IOException | RuntimeException e) {
			// the executor ended between listing and reading
		}
		return 0;
	}

	private static String megabytes(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			long bytes = files.mapToLong(p -> p.toFile().length()).sum();
			return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
		}
	}
}
