// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dossier.core.model.Article;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceReport;
import dossier.licence.internal.Evaluation;

/**
 * Throughput of the licence checker on generated 5 KB articles (eight languages, licence notices, photo credits,
 * translations), one thread and all cores, side by side with Debian's {@code licensecheck} on the same files.
 *
 * <pre>
 * benchmarks/run licence [--articles N] [--size CHARS] [--dir DIR] [--no-licensecheck]
 * benchmarks/run licence --quality tests/dossier.licence.tests/labelled
 * </pre>
 */
public final class LicenceBenchmark {

	private static final String[][] BODIES = {
			{ "ar", "زار الرئيس الروسي كوريا الشمالية للمرة الأولى منذ عام 2000 والعلاقات بين البلدين وثيقة على نحو متزايد وهذا يثير قلق الغرب " },
			{ "en", "The river is clean again and the fish are back, and this is the story of the people who made it happen with the town " },
			{ "it", "Il fiume è di nuovo pulito e i pesci sono tornati, e questa è la storia delle persone che lo hanno reso possibile " },
			{ "fr", "Les viticulteurs du Sud de la France craignent une nouvelle année de sécheresse après un hiver presque sans pluie " },
			{ "es", "El Consejo de Ministros aprobó el jueves la reforma de las pensiones que eleva la edad de jubilación de los jóvenes " },
			{ "de", "Die Stadt will bis zum Jahr 2026 zwanzig Kilometer neue Radwege bauen und der Gemeinderat hat den Plan beschlossen " },
			{ "pt", "As chuvas dos últimos dias provocaram enchentes em várias cidades do Sul e milhares de pessoas deixaram as casas " },
			{ "nl", "De gemeente wil voor het einde van het jaar twintig kilometer nieuwe fietspaden aanleggen in de binnenstad " } };

	private static final String[] NOTICES = { "مرخصة تحت: CC-BY-SA", "Licensed under CC BY 4.0 https://creativecommons.org/licenses/by/4.0/",
			"Questo articolo è rilasciato con licenza Creative Commons Attribuzione - Condividi allo stesso modo 4.0 Internazionale",
			"Contenu sous licence CC BY-NC-ND 4.0", "Licencia: CC BY-NC-SA", "© 2024 Beispiel Zeitung. Alle Rechte vorbehalten.",
			"Licença: https://creativecommons.org/licenses/by-sa/4.0/deed.pt", "Republished with permission from the author.", "" };

	private static final String[] CREDITS = { "© GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images", "Photo: Reuters", "Foto: ANSA",
			"(تصوير: أحمد علي)", "Bild: dpa", "" };

	private static final String[] URLS = { "https://www.lifegate.it/russia-corea-del-nord-putin", "https://example.org/news/river",
			"https://www.example.fr/secheresse", "https://www.example.de/radwege", "" };

	private LicenceBenchmark() {
	}

	static List<String> generate(int count, int size, long seed) {
		Random random = new Random(seed);
		List<String> texts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String[] body = BODIES[random.nextInt(BODIES.length)];
			StringBuilder text = new StringBuilder(size + 400);
			text.append(body[1], 0, 60).append('\n').append('\n');
			if (random.nextBoolean()) {
				text.append("Publisher ").append(i % 97).append("\n\n"); //$NON-NLS-1$
			}
			String url = URLS[random.nextInt(URLS.length)];
			if (!url.isEmpty()) {
				text.append(url).append("\n\n"); //$NON-NLS-1$
			}
			String credit = CREDITS[random.nextInt(CREDITS.length)];
			int creditAt = size / 2;
			while (text.length() < size - 150) {
				for (int sentence = 0; sentence < 4 && text.length() < size - 150; sentence++) {
					text.append(body[1]);
				}
				text.setLength(text.length() - 1);
				text.append(".\n\n"); //$NON-NLS-1$
				if (!credit.isEmpty() && text.length() > creditAt) {
					text.append("Caption of the picture ").append(credit).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
					credit = ""; //$NON-NLS-1$
				}
			}
			text.append(NOTICES[random.nextInt(NOTICES.length)]).append('\n');
			texts.add(text.toString());
		}
		return texts;
	}

	public static void main(String[] args) throws Exception {
		int count = 20_000;
		int size = 5_000;
		Path dir = null;
		boolean runLicensecheck = true;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--articles" -> count = Integer.parseInt(args[++i]); //$NON-NLS-1$
			case "--size" -> size = Integer.parseInt(args[++i]); //$NON-NLS-1$
			case "--dir" -> dir = Path.of(args[++i]); //$NON-NLS-1$
			case "--no-licensecheck" -> runLicensecheck = false; //$NON-NLS-1$
			case "--quality" -> { //$NON-NLS-1$
				System.out.println(Evaluation.run(Path.of(args[++i])).markdown());
				return;
			}
			default -> throw new IllegalArgumentException("unknown option " + args[i]); //$NON-NLS-1$
			}
		}
		System.out.println(Measure.machine());
		List<String> texts = generate(count, size, 42);
		List<Article> articles = texts.stream().map(t -> Article.builder(t).build()).toList();
		long chars = texts.stream().mapToLong(String::length).sum();
		long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
		System.out.printf(Locale.ROOT, "articles: %d, mean %d chars (%d bytes UTF-8)%n", count, chars / count, bytes / count);
		LicenceChecker checker = new LicenceChecker();
		int warm = Math.min(count, 3000);
		for (int i = 0; i < warm; i++) {
			checker.check(articles.get(i));
		}
		Measure.resetPeakHeap();
		long[] latencies = new long[count];
		int errors = 0;
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long cpuStart = cpu.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			long t0 = System.nanoTime();
			LicenceReport report = checker.check(articles.get(i));
			latencies[i] = System.nanoTime() - t0;
			errors += report.hasErrors() ? 1 : 0;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		// on a shared machine wall time includes waiting for a core; CPU time is what one core spends
		System.out.printf(Locale.ROOT, "1 thread: %.0f articles per CPU-second (one core busy), %.0f articles/s wall (load average %.1f)%n",
				count / cpuSeconds, count / seconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf(Locale.ROOT, "1 thread: %.1f MB/s wall, p50 %.3f ms, p99 %.3f ms, max %.3f ms (wall); %d with errors; peak heap %d MB%n",
				bytes / seconds / 1e6, Measure.percentileMillis(latencies, 50), Measure.percentileMillis(latencies, 99),
				Measure.percentileMillis(latencies, 100), errors, Measure.peakHeapMegabytes());
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		int total = count;
		start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int from = t * total / threads, to = (t + 1) * total / threads;
			futures.add(pool.submit(() -> {
				for (int i = from; i < to; i++) {
					checker.check(articles.get(i));
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		System.out.printf(Locale.ROOT, "%d threads: %.0f articles/s (%.0f per core)%n", threads, count / seconds, count / seconds / threads);
		if (runLicensecheck) {
			licensecheck(texts, dir);
		}
	}

	/** Writes the same texts as files and times Debian's licensecheck over them, for scale. */
	private static void licensecheck(List<String> texts, Path dir) throws IOException, InterruptedException {
		Path folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("licence-bench"); //$NON-NLS-1$
		for (int i = 0; i < texts.size(); i++) {
			Files.writeString(folder.resolve(String.format(Locale.ROOT, "%06d.txt", i)), texts.get(i), StandardCharsets.UTF_8); //$NON-NLS-1$
		}
		ProcessBuilder builder = new ProcessBuilder("licensecheck", "--recursive", "--lines", "0", folder.toString()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.redirectErrorStream(true);
		long start = System.nanoTime();
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			System.out.println("licensecheck: not installed (apt-get install licensecheck); files are in " + folder); //$NON-NLS-1$
			return;
		}
		long[] lines = new long[2];
		try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
			reader.lines().forEach(line -> {
				lines[0]++;
				if (!line.endsWith("UNKNOWN") && !line.contains("*No copyright*")) { //$NON-NLS-1$ //$NON-NLS-2$
					lines[1]++;
				}
			});
		}
		int exit = process.waitFor();
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "licensecheck --recursive --lines 0 (exit %d): %d files in %.1f s, %.0f files/s (1 process); %d of %d lines name a licence%n",
				exit, texts.size(), seconds, texts.size() / seconds, lines[1], lines[0]);
		System.out.println("files: " + folder); //$NON-NLS-1$
	}
}
