// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import dossier.core.model.Article;
import dossier.entities.Catalogue;
import dossier.entities.Entity;
import dossier.entities.EntityEngine;
import dossier.entities.TextNormalizer;
import dossier.entities.internal.Gazetteer;

/**
 * The entity engine's speed and size: automaton build time and retained heap for a catalogue of N aliases
 * (synthetic Latin and Arabic names, plus the seed catalogue and CLDR places), then the whole recogniser chain
 * (gazetteers, dates, context rules, partial-name linking) over M MB of article text on one thread.
 * <p>
 * {@code benchmarks/run entities [--aliases 100000] [--megabytes 20] [--passes 3] [--sample FILE]}
 * <p>
 * The chain runs {@code --passes} times over the same articles and each pass is reported, then the fastest. The
 * first pass includes the JIT compiler's warm-up (the 200 articles of warm-up before it are not enough for C2);
 * on a machine shared with other work, the fastest later pass is the one least disturbed by it.
 */
public final class EntitiesBenchmark {

	private static final String[] LATIN = { "ka", "lo", "ri", "men", "sa", "to", "vi", "ne", "dar", "mo", "li", "ber", "go",
			"ta", "zu", "fel", "ran", "ko", "di", "ste", "pa", "no", "chi", "al", "ver", "ru", "bel", "si", "mar", "te" };
	private static final String[] ARABIC = { "سا", "لي", "مر", "كا", "نو", "بد", "رح", "فا", "حس", "طا", "جو", "دي", "عم",
			"ري", "زا", "قو", "شه", "ما", "يو", "نا" };

	private EntitiesBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int aliases = 100_000;
		int megabytes = 20;
		int passes = 3;
		Path sample = Path.of("samples/000_30bd282be3f8cedf.txt"); //$NON-NLS-1$
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--aliases" -> aliases = Integer.parseInt(args[++i]); //$NON-NLS-1$
			case "--megabytes" -> megabytes = Integer.parseInt(args[++i]); //$NON-NLS-1$
			case "--sample" -> sample = Path.of(args[++i]); //$NON-NLS-1$
			case "--passes" -> passes = Integer.parseInt(args[++i]); //$NON-NLS-1$
			default -> throw new IllegalArgumentException("unknown argument " + args[i]); //$NON-NLS-1$
			}
		}
		System.out.println(Measure.machine());
		long before = Measure.retainedHeapMegabytes();
		long t0 = System.nanoTime();
		EntityEngine.create(new Catalogue()); // lexicons: seed catalogue and CLDR places for ar,en,it,fr,es,de,pt
		double lexiconSeconds = (System.nanoTime() - t0) / 1e9;

		Catalogue catalogue = syntheticCatalogue(aliases);
		long withCatalogueData = Measure.retainedHeapMegabytes();

		List<String> names = new ArrayList<>(aliases);
		catalogue.entities().forEach(entity -> names.addAll(entity.allNames()));
		long t1 = System.nanoTime();
		long c1 = cpuNanos();
		Gazetteer.Builder builder = Gazetteer.builder(TextNormalizer.standard());
		for (Entity entity : catalogue.entities()) {
			for (String name : entity.allNames()) {
				builder.add(name, entity.id(), entity.type(), "bench", 1); //$NON-NLS-1$
			}
		}
		Gazetteer gazetteer = builder.build();
		double automatonSeconds = (System.nanoTime() - t1) / 1e9;
		double automatonCpuSeconds = (cpuNanos() - c1) / 1e9;
		long automatonHeap = Measure.retainedHeapMegabytes() - withCatalogueData;
		gazetteer.keyCount();

		long t2 = System.nanoTime();
		EntityEngine engine = EntityEngine.create(catalogue);
		double engineSeconds = (System.nanoTime() - t2) / 1e9;
		long engineHeap = Measure.retainedHeapMegabytes() - before;

		System.out.printf(Locale.ROOT, "lexicons (seed + CLDR, 7 languages): %.2f s (once per JVM)%n", lexiconSeconds);
		System.out.printf(Locale.ROOT, "catalogue: %d entities, %d aliases (%d gazetteer names in the engine)%n",
				catalogue.size(), names.size(), engine.aliasCount());
		System.out.printf(Locale.ROOT, "automaton build for %d aliases: %.2f s wall, %.2f s CPU, %d MB retained%n", names.size(),
				automatonSeconds, automatonCpuSeconds, automatonHeap);
		System.out.printf(Locale.ROOT, "engine with that catalogue: built in %.2f s, %d MB retained in all (catalogue data included)%n",
				engineSeconds, engineHeap);

		List<Article> articles = corpus(sample, names, megabytes);
		long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
		for (int i = 0; i < Math.min(200, articles.size()); i++) {
			engine.recognize(articles.get(i)); // warm-up
		}
		double bestCpuSeconds = Double.MAX_VALUE;
		for (int pass = 1; pass <= passes; pass++) {
			Measure.resetPeakHeap();
			long mentions = 0;
			long[] latencies = new long[articles.size()];
			long t3 = System.nanoTime();
			long c3 = cpuNanos();
			for (int i = 0; i < articles.size(); i++) {
				long s = System.nanoTime();
				mentions += engine.recognize(articles.get(i)).active().size();
				latencies[i] = System.nanoTime() - s;
			}
			double chainSeconds = (System.nanoTime() - t3) / 1e9;
			double chainCpuSeconds = (cpuNanos() - c3) / 1e9;
			bestCpuSeconds = Math.min(bestCpuSeconds, chainCpuSeconds);
			System.out.printf(Locale.ROOT, "chain%s: %d articles, %.1f MB UTF-8, %d mentions in %.2f s wall on 1 thread = %.1f MB/s;" //$NON-NLS-1$
					+ " %.2f s CPU = %.1f MB/s per core%n", passes > 1 ? " pass " + pass : "", articles.size(), bytes / 1e6, mentions, //$NON-NLS-1$ //$NON-NLS-2$
					chainSeconds, bytes / 1e6 / chainSeconds, chainCpuSeconds, bytes / 1e6 / chainCpuSeconds);
			System.out.printf(Locale.ROOT, "per article: p50 %.2f ms, p99 %.2f ms; peak heap during the run %d MB%n",
					Measure.percentileMillis(latencies, 50), Measure.percentileMillis(latencies, 99), Measure.peakHeapMegabytes());
		}
		if (passes > 1) {
			System.out.printf(Locale.ROOT, "fastest pass: %.2f s CPU = %.1f MB/s per core%n", bestCpuSeconds, bytes / 1e6 / bestCpuSeconds); //$NON-NLS-1$
		}
	}

	/** CPU time of this thread: on a shared machine it says what a core does, where wall time says how busy the machine was. */
	private static long cpuNanos() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	/** Deterministic names: half Latin ("Kalo Rimen"), half Arabic ("سالي مركا"), two or three words. */
	static Catalogue syntheticCatalogue(int aliases) {
		Random random = new Random(42);
		Catalogue catalogue = new Catalogue();
		String[] types = { "PERSON", "ORG", "PLACE" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (int i = 0; i < aliases / 2; i++) {
			String latin = name(random, LATIN, true) + " " + name(random, LATIN, true) //$NON-NLS-1$
					+ (random.nextBoolean() ? " " + name(random, LATIN, true) : ""); //$NON-NLS-1$ //$NON-NLS-2$
			String arabic = name(random, ARABIC, false) + " " + name(random, ARABIC, false); //$NON-NLS-1$
			catalogue.add(new Entity("bench:" + i, types[i % 3], Map.of("en", latin), Map.of("ar", List.of(arabic)), null, null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return catalogue;
	}

	private static String name(Random random, String[] syllables, boolean capitalise) {
		StringBuilder name = new StringBuilder();
		int count = 2 + random.nextInt(2);
		for (int i = 0; i < count; i++) {
			name.append(syllables[random.nextInt(syllables.length)]);
		}
		return capitalise ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name.toString();
	}

	/** Articles of about 6 KB: the sample article, then English and Italian news prose naming catalogue entries. */
	static List<Article> corpus(Path sample, List<String> names, int megabytes) throws IOException {
		String arabic = Files.isRegularFile(sample) ? Files.readString(sample) : "زار فلاديمير بوتين كوريا الشمالية في 19 يونيو 2024."; //$NON-NLS-1$
		Random random = new Random(7);
		List<Article> articles = new ArrayList<>();
		long total = 0;
		int n = 0;
		while (total < megabytes * 1_000_000L) {
			StringBuilder text = new StringBuilder();
			if (n % 3 == 0) {
				text.append(arabic);
			} else {
				while (text.length() < 6000) {
					String name = names.get(random.nextInt(names.size()));
					text.append(n % 3 == 1
							? "On 17 June 2024 President " + name + " met Vladimir Putin in Moscow, Reuters reported; the European Union and NATO said the talks in Berlin would continue. " //$NON-NLS-1$ //$NON-NLS-2$
							: "Il 3 marzo 2022 il ministro " + name + " ha incontrato a Roma il presidente Emmanuel Macron; secondo l'ANSA, le Nazioni Unite e la Russia ne discuteranno. "); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			String body = text.toString();
			articles.add(Article.builder(body).id("bench" + n).build()); //$NON-NLS-1$
			total += body.getBytes(StandardCharsets.UTF_8).length;
			n++;
		}
		return articles;
	}
}
