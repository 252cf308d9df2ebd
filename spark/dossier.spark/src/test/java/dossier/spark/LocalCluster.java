// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on localhost, started from the Spark jars as an operator starts one: a master process
 * and worker processes (each with one core), each worker launching its own executor JVM for a job. Logs go to
 * files under {@code work}; {@link #close()} stops every process.
 */
final class LocalCluster implements AutoCloseable {

	private final Path sparkHome;
	private final Path work;
	private final List<String> moduleOptions;
	private final List<Process> processes = new ArrayList<>();
	private final int port;

	private LocalCluster(Path sparkHome, Path work, List<String> moduleOptions) throws IOException {
		this.sparkHome = sparkHome;
		this.work = work;
		this.moduleOptions = moduleOptions;
		this.port = freePort();
	}

	/** Starts a master and {@code workers} workers, and waits until every worker has registered. */
	static LocalCluster start(Path sparkHome, Path work, String moduleOptions, int workers) throws IOException, InterruptedException {
		LocalCluster cluster = new LocalCluster(sparkHome, work, Arrays.asList(moduleOptions.strip().split("\\s+")));
		try {
			Path masterLog = cluster.spawn("master", "-Xmx256m", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
					"--port", String.valueOf(cluster.port), "--webui-port", String.valueOf(freePort()));
			cluster.await(masterLog, "I have been elected leader", Duration.ofSeconds(60));
			List<Path> logs = new ArrayList<>();
			for (int i = 1; i <= workers; i++) {
				Path dir = Files.createDirectories(work.resolve("worker-" + i));
				logs.add(cluster.spawn("worker-" + i, "-Xmx256m", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
						"--cores", "1", "--memory", "2500m", "--webui-port", String.valueOf(freePort()), "--work-dir", dir.toString(),
						cluster.masterUrl()));
			}
			for (Path log : logs) {
				cluster.await(log, "Successfully registered with master", Duration.ofSeconds(60));
			}
			return cluster;
		} catch (IOException | InterruptedException | RuntimeException e) {
			cluster.close();
			throw e;
		}
	}

	String masterUrl() {
		return "spark://127.0.0.1:" + port;
	}

	/**
	 * Runs {@code spark-submit} (its main class, in client mode: the driver runs in that process) against this
	 * cluster; the exit status, after at most {@code timeout}.
	 */
	int submit(Path jobJar, Duration timeout, List<String> conf, String... jobArgs) throws IOException, InterruptedException {
		List<String> args = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", masterUrl(),
				"--deploy-mode", "client", "--class", "dossier.spark.DossierJob", "--conf", "spark.ui.enabled=false",
				"--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.executor.memory=2g", "--conf", "spark.executor.cores=1"));
		for (String setting : conf) {
			args.add("--conf");
			args.add(setting);
		}
		args.add(jobJar.toString());
		args.addAll(List.of(jobArgs));
		List<String> command = new ArrayList<>(List.of("-Xmx768m"));
		command.addAll(args);
		Path log = work.resolve("submit.log");
		Process process = builder(command).redirectOutput(log.toFile()).redirectErrorStream(true).start();
		processes.add(process);
		if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("spark-submit did not finish in " + timeout + "; see " + log);
		}
		return process.exitValue();
	}

	/** The last lines of a log, for a failure message. */
	static String tail(Path log, int lines) {
		try {
			List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		} catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	private Path spawn(String name, String heap, String mainClass, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(heap, mainClass));
		command.addAll(List.of(args));
		Path log = work.resolve(name + ".log");
		processes.add(builder(command).redirectOutput(log.toFile()).redirectErrorStream(true).start());
		return log;
	}

	private ProcessBuilder builder(List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(moduleOptions);
		command.add("-cp");
		command.add(sparkHome.resolve("jars") + "/*");
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
		// the worker launches executors from SPARK_HOME/jars; 2.13 spares it looking for a build tree
		builder.environment().put("SPARK_HOME", sparkHome.toString());
		builder.environment().put("SPARK_SCALA_VERSION", "2.13");
		builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		return builder;
	}

	private void await(Path log, String line, Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(line)) {
				return;
			}
			for (Process process : processes) {
				if (!process.isAlive()) {
					throw new AssertionError("a cluster process ended (" + process.exitValue() + "); " + log + ":\n" + tail(log, 30));
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("'" + line + "' not seen in " + timeout + " in " + log + ":\n" + tail(log, 30));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() {
		for (Process process : processes) {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
		}
		for (Process process : processes) {
			try {
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					process.descendants().forEach(ProcessHandle::destroyForcibly);
					process.destroyForcibly();
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
