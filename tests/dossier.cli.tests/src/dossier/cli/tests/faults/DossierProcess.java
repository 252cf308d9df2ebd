// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests.faults;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

import dossier.cli.CommandLine;
import dossier.cli.Main;

/**
 * The command line in a process of its own ({@code java -cp ENGINES dossier.cli.Main ...}), as a script or a
 * second terminal runs it: what a fault test kills, starves of memory or points at a full disk. The class path is
 * that of the bundles this test runs with, so the process runs the code under test.
 */
public final class DossierProcess {

	private static final AtomicInteger RUNS = new AtomicInteger();
	private static final List<Process> STARTED = new CopyOnWriteArrayList<>();
	private static String classpath;
	/**
	 * Options for a command that lives a few seconds, as every process here does: the optimising compiler's work
	 * and a parallel collector's threads cost more CPU than they save in a process that short, on a machine whose
	 * cores the build shares (docs/benchmarks.md, "The build's own time").
	 */
	private static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	/** What a finished process did. */
	public record Result(int exit, String out, String err) {
	}

	private final Process process;
	private final Path out;
	private final Path err;

	private DossierProcess(Process process, Path out, Path err) {
		this.process = process;
		this.out = out;
		this.err = err;
	}

	/** Starts {@code dossier ARGS} with a heap of {@code heap} ("256m"), its output in files under {@code work}. */
	static DossierProcess start(Path work, String heap, String... args) throws IOException {
		int run = RUNS.incrementAndGet();
		Path out = work.resolve("run-" + run + ".out");
		Path err = work.resolve("run-" + run + ".err");
		return start(ProcessBuilder.Redirect.to(out.toFile()), out, err, heap, args);
	}

	/** As {@link #start(Path, String, String...)}, with standard output sent to {@code stdout} (/dev/full...). */
	static DossierProcess start(ProcessBuilder.Redirect stdout, Path out, Path err, String heap, String... args)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(SHORT_LIVED);
		command.add("-Xmx" + heap);
		command.add("-cp");
		command.add(classpath());
		command.add(Main.class.getName());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout).redirectError(err.toFile());
		builder.environment().remove("DOSSIER_VMARGS");
		Process process = builder.start();
		STARTED.add(process);
		return new DossierProcess(process, out, err);
	}

	/**
	 * Runs {@code dossier ARGS} to its end with {@code jvmOptions} and the {@code environment} changes given (a null
	 * value removes a variable); what it wrote is returned as bytes, not decoded.
	 */
	public static Output runForBytes(Path work, Map<String, String> environment, List<String> jvmOptions, String... args)
			throws IOException, InterruptedException {
		int run = RUNS.incrementAndGet();
		Path out = work.resolve("run-" + run + ".out");
		Path err = work.resolve("run-" + run + ".err");
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(SHORT_LIVED);
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(classpath());
		command.add(Main.class.getName());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().remove("DOSSIER_VMARGS");
		environment.forEach((name, value) -> {
			if (value == null) {
				builder.environment().remove(name);
			} else {
				builder.environment().put(name, value);
			}
		});
		Process process = builder.start();
		STARTED.add(process);
		Result result = new DossierProcess(process, out, err).waitFor();
		return new Output(result.exit(), Files.readAllBytes(out), Files.readAllBytes(err));
	}

	/** What a finished process wrote, as bytes. */
	public record Output(int exit, byte[] out, byte[] err) {
	}

	/** Kills every process started and still running. */
	static void killAll() throws InterruptedException {
		for (Process process : STARTED) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
		STARTED.clear();
	}

	static Result run(Path work, String heap, String... args) throws IOException, InterruptedException {
		return start(work, heap, args).waitFor();
	}

	Process process() {
		return process;
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** Kills the process as {@code kill -9} does: no shutdown hook, no finally block runs. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * Waits until the process has written {@code text} on its standard error (true), or has ended, or 90 s have
	 * passed without it (false): what a test that must catch a process in a state waits for, rather than a sleep
	 * that a loaded machine outlasts.
	 */
	boolean awaitErr(String text) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			if (read(err).contains(text)) {
				return true;
			}
			if (!process.isAlive()) {
				return read(err).contains(text);
			}
			Thread.sleep(20);
		}
		return false;
	}

	Result waitFor() throws IOException, InterruptedException {
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("dossier did not finish in 90 s: " + read(err));
		}
		return new Result(process.exitValue(), read(out), read(err));
	}

	private static String read(Path file) throws IOException {
		return file != null && Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
	}

	/** The class path of the bundles of this test run: each jar, or each bundle folder with its compiled classes. */
	static synchronized String classpath() {
		if (classpath == null) {
			Bundle host = FrameworkUtil.getBundle(CommandLine.class);
			BundleContext context = host.getBundleContext();
			if (context == null) {
				try {
					host.start(Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					throw new IllegalStateException(e);
				}
				context = host.getBundleContext();
			}
			Set<String> entries = new LinkedHashSet<>();
			for (Bundle bundle : context.getBundles()) {
				if (bundle.getBundleId() == 0) {
					continue; // the OSGi framework itself
				}
				Optional<File> location = FileLocator.getBundleFileLocation(bundle);
				if (location.isEmpty()) {
					continue;
				}
				File file = location.get();
				if (file.isDirectory()) {
					// a bundle of this build, run from its folder: classes and resources compiled into target/classes
					for (String output : new String[] { "target/classes", "bin" }) {
						File classes = new File(file, output);
						if (classes.isDirectory()) {
							entries.add(classes.getPath());
						}
					}
				}
				entries.add(file.getPath());
			}
			classpath = String.join(File.pathSeparator, entries);
		}
		return classpath;
	}
}
