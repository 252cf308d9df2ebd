// SPDX-License-Identifier: EPL-2.0
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import dossier.benchmarks.Measure;
import dossier.core.model.Article;
import dossier.core.model.TextDirection;
import dossier.core.store.ArticleJson;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.store.EntityStore;
import dossier.entities.ui.internal.text.MentionStyles;
import dossier.entities.ui.internal.text.MentionTextViewer;

/**
 * The Entity Editor's Text page on a large article: a generated ~200 KB Arabic/Latin article with 2,000 mentions,
 * stored as a corpus stores it. Measures opening (read the article and mention files, build the document and the
 * annotation model, first paint), hover look-ups, and scrolling (one scroll step painted synchronously).
 * Run: benchmarks/entity-editor [KB] [MENTIONS] (needs DISPLAY).
 */
public final class EntityEditorBenchmark {

	private static final String[] ARABIC = { "زار", "الرئيس", "الروسي", "كوريا", "الشمالية", "للمرة", "الأولى", "منذ",
			"عام", "والعلاقات", "بين", "البلدين", "وثيقة", "على", "نحو", "متزايد", "فلاديمير", "بوتين", "بيونغ", "يانغ" };
	private static final String[] LATIN = { "The", "Russian", "president", "visited", "North", "Korea", "for", "the",
			"first", "time", "since", "2000", "Vladimir", "Putin", "Pyongyang", "agreement" };
	private static final String[] TYPES = { "PERSON", "PLACE", "ORG", "DATE" };

	public static void main(String[] args) throws Exception {
		int kilobytes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int mentionCount = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
		System.out.println(Measure.machine());
		String text = generate(kilobytes * 1000);
		Article article = Article.builder(text).language("ar").direction(TextDirection.RTL).build();
		List<Mention> mentions = mentions(article, mentionCount);
		Path corpus = Files.createTempDirectory("entity-editor-bench");
		Path articleFile = corpus.resolve("article.json");
		Files.writeString(articleFile, ArticleJson.toPrettyJson(article), StandardCharsets.UTF_8);
		EntityStore store = new EntityStore(corpus);
		store.saveMentions(article.id(), mentions);
		System.out.printf("article: %,d chars (%,d bytes UTF-8), %,d mentions%n", text.length(),
				text.getBytes(StandardCharsets.UTF_8).length, mentions.size());

		Display display = new Display();
		SharedColours colours = new SharedColours(display);
		long[] opens = new long[6];
		long[] settles = new long[opens.length];
		long[] slices = new long[opens.length];
		for (int run = 0; run < opens.length; run++) {
			long start = System.nanoTime();
			// as in the editor: the loading job starts when the editor is initialised and reads while the pages
			// are created; the viewer exists in an open window when the article arrives
			java.util.concurrent.CompletableFuture<Object[]> reading = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
				try {
					Article fromFile = ArticleJson.fromJson(Files.readString(articleFile, StandardCharsets.UTF_8));
					return new Object[] { fromFile, store.loadMentions(fromFile.id()) };
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
			Shell shell = new Shell(display);
			shell.setLayout(new FillLayout());
			shell.setSize(1200, 800);
			MentionTextViewer viewer = new MentionTextViewer(shell, MentionStyles.defaults(), colours);
			long[] firstPaint = { 0 };
			viewer.widget().addListener(org.eclipse.swt.SWT.Paint, e -> {
				if (firstPaint[0] == 0 && viewer.widget().getCharCount() > 0) {
					firstPaint[0] = System.nanoTime();
				}
			});
			shell.open();
			Object[] loaded = reading.join();
			Article read = (Article) loaded[0];
			@SuppressWarnings("unchecked")
			List<Mention> stored = (List<Mention>) loaded[1];
			viewer.setInput(read.text(), read.direction(), stored);
			// until the visible text is painted: what the analyst waits for
			while (firstPaint[0] == 0) {
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
			opens[run] = firstPaint[0] - start;
			// then StyledText measures the remaining wrapped lines in idle slices; input is served between slices
			long settleStart = System.nanoTime();
			long slowest = 0;
			while (true) {
				long t = System.nanoTime();
				boolean more = display.readAndDispatch();
				slowest = Math.max(slowest, System.nanoTime() - t);
				if (!more) {
					break;
				}
			}
			settles[run] = System.nanoTime() - settleStart;
			slices[run] = slowest;
			if (run < opens.length - 1) {
				shell.dispose();
				drain(display);
				continue;
			}
			Map<String, String> labels = new HashMap<>();
			for (Mention m : stored) {
				labels.put(m.entityId(), "Label of " + m.entityId());
			}
			viewer.setDescriber(m -> labels.get(m.entityId()) + "\n" + m.type() + " · " + m.status().key() + "\n"
					+ m.entityId() + " · Q" + Math.abs(m.entityId().hashCode() % 100000));
			Random random = new Random(7);
			long[] hovers = new long[5000];
			int hits = 0;
			for (int i = 0; i < hovers.length; i++) {
				int offset = random.nextInt(text.length());
				long t = System.nanoTime();
				String hover = viewer.hoverText(offset);
				hovers[i] = System.nanoTime() - t;
				hits += hover == null ? 0 : 1;
			}
			var widget = viewer.widget();
			int height = widget.getClientArea().height;
			long[] scrolls = new long[300];
			int total = widget.getLinePixel(widget.getLineCount()) + widget.getTopPixel();
			for (int i = 0; i < scrolls.length; i++) {
				int target = (int) ((long) total * i / scrolls.length);
				long t = System.nanoTime();
				widget.setTopPixel(target);
				widget.update(); // paint now, as the event loop would after a wheel event
				scrolls[i] = System.nanoTime() - t;
			}
			long[] pages = new long[100];
			for (int i = 0; i < pages.length; i++) {
				long t = System.nanoTime();
				widget.setTopPixel(widget.getTopPixel() - height);
				widget.update();
				pages[i] = System.nanoTime() - t;
			}
			long[] warmOpens = java.util.Arrays.copyOfRange(opens, 1, opens.length);
			long[] warmSettles = java.util.Arrays.copyOfRange(settles, 1, settles.length);
			long[] warmSlices = java.util.Arrays.copyOfRange(slices, 1, slices.length);
			System.out.printf("open to first paint (read files, document, %,d annotations, paint): first (cold JVM) %.0f ms; warm median %.0f ms, max %.0f ms%n",
					stored.size(), opens[0] / 1e6, Measure.percentileMillis(warmOpens, 50), Measure.percentileMillis(warmOpens, 100));
			System.out.printf("then measuring all wrapped lines in idle slices: cold %.0f ms; warm median %.0f ms; longest slice (input waits at most this) warm max %.0f ms%n",
					settles[0] / 1e6, Measure.percentileMillis(warmSettles, 50), Measure.percentileMillis(warmSlices, 100));
			System.out.printf("hover look-up (%d events, %d on a mention): p50 %.4f ms, p99 %.4f ms, max %.3f ms%n",
					hovers.length, hits, Measure.percentileMillis(hovers, 50), Measure.percentileMillis(hovers, 99),
					Measure.percentileMillis(hovers, 100));
			System.out.printf("scroll jump + paint (%d events across the article): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
					scrolls.length, Measure.percentileMillis(scrolls, 50), Measure.percentileMillis(scrolls, 95),
					Measure.percentileMillis(scrolls, 100));
			System.out.printf("scroll one page + paint (%d events): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", pages.length,
					Measure.percentileMillis(pages, 50), Measure.percentileMillis(pages, 95), Measure.percentileMillis(pages, 100));
			System.out.printf("peak heap: %d MB%n", Measure.peakHeapMegabytes());
			shell.dispose();
		}
		colours.dispose();
		display.dispose();
	}

	private static void drain(Display display) {
		while (display.readAndDispatch()) {
			// paint everything pending
		}
	}

	/** Paragraphs of 300–900 characters, three in four Arabic, one in four English, up to {@code size} chars. */
	static String generate(int size) {
		Random random = new Random(42);
		StringBuilder out = new StringBuilder(size + 1000);
		while (out.length() < size) {
			boolean arabic = random.nextInt(4) != 0;
			String[] words = arabic ? ARABIC : LATIN;
			int length = 300 + random.nextInt(600);
			int paragraphStart = out.length();
			while (out.length() - paragraphStart < length) {
				out.append(words[random.nextInt(words.length)]).append(' ');
			}
			out.setLength(out.length() - 1);
			out.append(arabic ? "." : ".").append("\n\n");
		}
		return out.toString().strip();
	}

	/** {@code count} non-overlapping mentions on whole words, spread evenly, statuses and types mixed. */
	static List<Mention> mentions(Article article, int count) {
		String text = article.text();
		List<Mention> mentions = new ArrayList<>();
		int step = text.length() / count;
		for (int i = 0; i < count; i++) {
			int start = i * step;
			while (start < text.length() && !Character.isLetter(text.charAt(start))) {
				start++;
			}
			while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
				start--;
			}
			int end = start;
			while (end < text.length() && Character.isLetter(text.charAt(end))) {
				end++;
			}
			if (end <= start || !mentions.isEmpty() && start < mentions.get(mentions.size() - 1).end()) {
				continue;
			}
			String type = TYPES[i % TYPES.length];
			mentions.add(new Mention(article.id(), start, end, text.substring(start, end),
					type.toLowerCase() + ":e" + (i % 300), type, "bench", 0.9,
					i % 3 == 0 ? MentionStatus.ACCEPTED : MentionStatus.SUGGESTED));
		}
		return mentions;
	}

	/** Colours by RGB, made once and disposed at the end (the workbench's shared text colours do this). */
	static final class SharedColours implements ISharedTextColors {
		private final Display display;
		private final Map<RGB, Color> colours = new HashMap<>();

		SharedColours(Display display) {
			this.display = display;
		}

		@Override
		public Color getColor(RGB rgb) {
			return colours.computeIfAbsent(rgb, key -> new Color(display, key));
		}

		@Override
		public void dispose() {
			colours.values().forEach(Color::dispose);
		}
	}
}
