// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dossier.core.model.Article;
import dossier.core.model.LicenceStatement;
import dossier.core.model.Provenance;
import dossier.core.store.Corpus;
import dossier.index.CorpusIndex;
import dossier.index.CorpusIndexes;
import dossier.index.SearchRequest;
import dossier.index.SearchResult;
import dossier.index.SortKey;

/**
 * The Article Explorer's engine side: generates a corpus of synthetic multilingual (Arabic-heavy) articles with
 * its index, then measures what the explorer asks of the index: the first answer for a view (row count, facets,
 * first page), a page of rows anywhere in a sorted listing (what scrolling costs, off the UI thread), and a
 * search with snippets. The workbench side (fill, search and scroll times on the UI thread, memory) is measured by
 * {@code benchmarks/explorer-workbench} on the corpus this writes.
 * <p>
 * Usage: {@code benchmarks/run explorer [--articles N] [--out DIR] [--reuse]}
 */
public final class ExplorerBenchmark {

	private static final String[] PUBLISHERS = { "Al Jazeera", "Lifegate", "Global Voices", "Il Post", "Le Monde",
			"BBC Arabic", "Asharq Al-Awsat", "Internazionale", "El País", "Deutsche Welle", "Hespress", "Mada Masr" };
	private static final String[] LICENCES = { "https://creativecommons.org/licenses/by-sa/4.0/",
			"https://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by-nc-nd/4.0/",
			"All rights reserved" };
	private static final String[] ARABIC = ("الرئيس الروسي فلاديمير بوتين زار كوريا الشمالية للمرة الأولى منذ عام "
			+ "والعلاقات بين البلدين وثيقة على نحو متزايد وهذا يثير قلق الغرب الاتفاقية الشراكة الاستراتيجية موسكو "
			+ "بيونغ يانغ العقوبات الدولية مجلس الأمن الاقتصاد التجارة الأسلحة الحرب أوكرانيا المساعدات الغذائية "
			+ "والوقود الدكتاتور النظام الصداقة الجديدة الإعلام الحكومة البرلمان الانتخابات المدينة الشعب").split(" ");
	private static final String[] ITALIAN = ("il presidente russo ha visitato la Corea del Nord per la prima volta "
			+ "dal rapporti tra i due paesi sono sempre più stretti e questo preoccupa l'occidente accordo di "
			+ "partenariato strategico sanzioni internazionali consiglio di sicurezza economia commercio armi guerra")
			.split(" ");
	private static final String[] ENGLISH = ("the russian president visited north korea for the first time since "
			+ "relations between the two countries are increasingly close and this worries the west strategic "
			+ "partnership agreement international sanctions security council economy trade weapons war aid fuel")
			.split(" ");

	private ExplorerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int articles = 100_000;
		Path out = Path.of(System.getProperty("java.io.tmpdir"), "dossier-explorer-bench", "Bench"); //$NON-NLS-1$ //$NON-NLS-2$
		boolean reuse = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--articles" -> articles = Integer.parseInt(args[++i]); //$NON-NLS-1$
			case "--out" -> out = Path.of(args[++i]); //$NON-NLS-1$
			case "--reuse" -> reuse = true; //$NON-NLS-1$
			default -> throw new IllegalArgumentException("unknown option " + args[i]); //$NON-NLS-1$
			}
		}
		System.out.println(Measure.machine());
		Corpus corpus;
		if (reuse && Files.exists(out.resolve(Corpus.DESCRIPTOR))) {
			corpus = Corpus.open(out);
			System.out.printf(Locale.ROOT, "corpus: reusing %s (%d articles)%n", out, corpus.size()); //$NON-NLS-1$
		} else {
			corpus = generate(out, articles);
		}
		long start = System.nanoTime();
		try (CorpusIndex index = CorpusIndex.open(CorpusIndexes.sourceOf(corpus))) {
			System.out.printf(Locale.ROOT, "index: opened in %d ms (%s)%n", (System.nanoTime() - start) / 1_000_000, //$NON-NLS-1$
					index.rebuildReason().orElse("up to date")); //$NON-NLS-1$
			measure(index, corpus.size());
		}
	}

	static Corpus generate(Path folder, int count) throws IOException {
		Files.createDirectories(folder);
		Corpus corpus = Corpus.open(folder);
		Random random = new Random(42);
		long start = System.nanoTime();
		Instant now = Instant.now();
		for (int i = 0; i < count; i++) {
			corpus.put(article(random, i, now), null);
			if ((i + 1) % 10_000 == 0) {
				System.err.printf(Locale.ROOT, "generated %d articles%n", i + 1); //$NON-NLS-1$
			}
		}
		System.out.printf(Locale.ROOT, "corpus: %d articles written to %s in %.1f s%n", count, folder, //$NON-NLS-1$
				(System.nanoTime() - start) / 1e9);
		return corpus;
	}

	static Article article(Random random, int n, Instant now) {
		int kind = random.nextInt(10);
		String language = kind < 6 ? "ar" : kind < 8 ? "it" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String[] words = kind < 6 ? ARABIC : kind < 8 ? ITALIAN : ENGLISH;
		StringBuilder text = new StringBuilder(4096);
		while (text.length() < 3000 + random.nextInt(2000)) {
			for (int w = 0; w < 12 + random.nextInt(10); w++) {
				text.append(words[random.nextInt(words.length)]).append(' ');
			}
			text.setLength(text.length() - 1);
			text.append(kind < 6 ? "، " : ". ").append(n).append(random.nextInt(2) == 0 ? "\n\n" : " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		StringBuilder title = new StringBuilder();
		for (int w = 0; w < 6; w++) {
			title.append(words[random.nextInt(words.length)]).append(' ');
		}
		title.append(n);
		String licence = LICENCES[random.nextInt(LICENCES.length)];
		String date = String.format(Locale.ROOT, "%04d-%02d-%02d", 2015 + random.nextInt(10), 1 + random.nextInt(12), //$NON-NLS-1$
				1 + random.nextInt(28));
		return Article.builder(text.toString()).title(title.toString())
				.publisher(PUBLISHERS[random.nextInt(PUBLISHERS.length)]).language(language).published(date)
				.sourceUrl("https://example.org/" + language + "/" + n) //$NON-NLS-1$ //$NON-NLS-2$
				.addLicence(new LicenceStatement(LicenceStatement.Origin.values()[0], licence,
						licence.startsWith("http") ? licence : null, null)) //$NON-NLS-1$
				.provenance(new Provenance("generated:" + n, now, "benchmark", null, "UTF-8", List.of(), List.of())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.build();
	}

	private static void measure(CorpusIndex index, int size) throws Exception {
		// Warm-up: the first searches load the index's structures.
		for (int i = 0; i < 5; i++) {
			index.search(new SearchRequest("", 0, 100, SortKey.DATE, true, null, null)); //$NON-NLS-1$
			index.search(SearchRequest.of("بوتين", 100)); //$NON-NLS-1$
			index.list(SortKey.TITLE, false, i * 1000, 100);
		}
		int runs = 30;
		long[] first = new long[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			SearchResult result = index.search(new SearchRequest("", 0, 0, SortKey.DATE, i % 2 == 0, null, null)); //$NON-NLS-1$
			index.list(SortKey.DATE, i % 2 == 0, 0, 100);
			first[i] = System.nanoTime() - t;
			if (result.total() != size) {
				throw new IllegalStateException("total " + result.total() + " != " + size); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		report("view's first answer (count + facets + first 100 rows, whole corpus)", first); //$NON-NLS-1$
		Random random = new Random(7);
		long[] pages = new long[200];
		SortKey[] keys = { SortKey.TITLE, SortKey.DATE, SortKey.PUBLISHER, SortKey.LANGUAGE };
		for (int i = 0; i < pages.length; i++) {
			long t = System.nanoTime();
			index.list(keys[i % keys.length], false, random.nextInt(Math.max(1, size - 100)), 100);
			pages[i] = System.nanoTime() - t;
		}
		report("a page of 100 rows anywhere in a sorted listing (scrolling, off the UI thread)", pages); //$NON-NLS-1$
		String[] queries = { "بوتين", "كوريا", "وكوريا AND language:ar", "\"Corea del Nord\"", "sanctions", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"publisher:\"Al Jazeera\" بوتين", "licence:CC-BY-SA الحرب" }; //$NON-NLS-1$ //$NON-NLS-2$
		long[] searches = new long[queries.length * 10];
		for (int i = 0; i < searches.length; i++) {
			long t = System.nanoTime();
			index.search(new SearchRequest(queries[i % queries.length], 0, 100, SortKey.RELEVANCE, false, "\uE000", //$NON-NLS-1$
					"\uE001")); //$NON-NLS-1$
			searches[i] = System.nanoTime() - t;
		}
		report("search with facets and 100 snippets (what the view ran after typing stopped until 29 Nov)", searches); //$NON-NLS-1$
		// Where the time goes: the same searches counting and faceting only, with the first screenful of rows (what
		// the view asks first), and with that screenful highlighted (what it asked until the third session).
		int screenful = RowModelFirstRows.FIRST_ROWS;
		String[] labels = { "the same searches, count and facets only (no hits, no snippets)", //$NON-NLS-1$
				"search with facets and " + screenful + " rows, no snippets (what the view runs after typing stops)", //$NON-NLS-1$ //$NON-NLS-2$
				"search with facets and " + screenful + " snippets (the view's first request until the third session)" }; //$NON-NLS-1$ //$NON-NLS-2$
		for (int variant = 0; variant < labels.length; variant++) {
			long[] narrower = new long[queries.length * 10];
			for (int i = 0; i < narrower.length; i++) {
				long t = System.nanoTime();
				index.search(new SearchRequest(queries[i % queries.length], 0, variant == 0 ? 0 : screenful, SortKey.RELEVANCE,
						false, "\uE000", "\uE001").withPassages(variant == 2)); //$NON-NLS-1$ //$NON-NLS-2$
				narrower[i] = System.nanoTime() - t;
			}
			report(labels[variant], narrower);
		}
		long[] deep = new long[20];
		for (int i = 0; i < deep.length; i++) {
			long t = System.nanoTime();
			index.search(new SearchRequest("بوتين", random.nextInt(20_000), 100, SortKey.TITLE, false, "\uE000", "\uE001")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			deep[i] = System.nanoTime() - t;
		}
		report("a page of 100 search hits deep in sorted results (scrolling a search)", deep); //$NON-NLS-1$
		System.out.printf(Locale.ROOT, "heap: peak %d MB, retained %d MB%n", Measure.peakHeapMegabytes(), //$NON-NLS-1$
				Measure.retainedHeapMegabytes());
	}

	/** The rows of the explorer's first answer to a search (RowModel.FIRST_ROWS). */
	private static final class RowModelFirstRows {
		static final int FIRST_ROWS = 40;
	}

	private static void report(String what, long[] samples) {
		System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d runs)%n", what, //$NON-NLS-1$
				Measure.percentileMillis(samples, 50), Measure.percentileMillis(samples, 99),
				Measure.percentileMillis(samples, 100), samples.length);
	}
}
