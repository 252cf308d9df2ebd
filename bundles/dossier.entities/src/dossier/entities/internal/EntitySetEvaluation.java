// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.core.model.Article;
import dossier.entities.ArticleEntities;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;
import dossier.entities.Mention;
import dossier.entities.Recognizer;
import dossier.entities.Recognizers;

/**
 * Scores the entity engine on the real-text evaluation set ({@code benchmarks/quality/entities/<lang>/<id>.txt},
 * {@code .ann} in brat standoff, {@code .json} sidecar; rules in {@code docs/annotation-guidelines.md}).
 * <p>
 * <b>Strict</b>: a found mention counts when its span and type equal an annotated one. <b>Lenient</b>: when it
 * overlaps an annotated mention of the same type (each annotated mention matched at most once). Figures per
 * language and per type; the misses of a half that is not {@code test} can be listed for tuning.
 */
public final class EntitySetEvaluation {

	/** One annotated or found mention: UTF-16 span, type, and who found it (a recogniser id, or "annotated"). */
	public record Span(int start, int end, String type, String text, String source) {
		boolean overlaps(Span other) {
			return start < other.end && other.start < end;
		}
	}

	/** Counts of one cell (a language, a type, or the total). */
	public static final class Counts {
		int gold;
		int found;
		int strict;
		int lenientGold;
		int lenientFound;

		public double precision(boolean lenient) {
			return found == 0 ? 0 : (double) (lenient ? lenientFound : strict) / found;
		}

		public double recall(boolean lenient) {
			return gold == 0 ? 0 : (double) (lenient ? lenientGold : strict) / gold;
		}

		public double f1(boolean lenient) {
			double p = precision(lenient);
			double r = recall(lenient);
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		void add(Counts other) {
			gold += other.gold;
			found += other.found;
			strict += other.strict;
			lenientGold += other.lenientGold;
			lenientFound += other.lenientFound;
		}
	}

	private static final List<String> TYPES = List.of("PERSON", "PLACE", "ORG", "DATE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	public final Map<String, Counts> byLanguage = new TreeMap<>();
	public final Map<String, Counts> byType = new TreeMap<>();
	public final Counts total = new Counts();
	public final List<String> misses = new ArrayList<>();
	/**
	 * Counts of errors by kind, without their text (so that they may be read for the {@code test} half too): "FP
	 * recogniser TYPE / annotated TYPE" for a false alarm over a mention of another type, "/ nothing" over none; "FN
	 * TYPE / found TYPE" for a missed mention found with another type, "/ nothing" when nothing overlaps it.
	 */
	public final Map<String, Integer> errorKinds = new TreeMap<>();
	public int articles;
	private long characters;
	private long nanos;

	private EntitySetEvaluation() {
	}

	/** One article of the set: its id (the file's stem), language, half, text and annotated mentions. */
	record Labelled(String id, String language, String split, String text, List<Span> gold) {
	}

	/**
	 * Runs the engine (no corpus catalogue, every recogniser but those whose ids are in {@code without}) over one
	 * half ({@code dev}, {@code test}, {@code all}).
	 */
	public static EntitySetEvaluation run(Path set, String split, Set<String> without) throws IOException {
		EntitySetEvaluation evaluation = new EntitySetEvaluation();
		List<Recognizer> recognizers = Recognizers.all().stream().filter(r -> !without.contains(r.id())).toList();
		evaluation.add(read(set, split), recognizers, !split.equals("test")); //$NON-NLS-1$
		return evaluation;
	}

	/** An empty evaluation, to {@link #add} articles to. */
	static EntitySetEvaluation empty() {
		return new EntitySetEvaluation();
	}

	/** Runs an engine with {@code recognizers} over {@code articles} and adds their scores. */
	void add(List<Labelled> articles, List<Recognizer> recognizers, boolean listMisses) {
		EntityEngine engine = EntityEngine.create(new Catalogue(), EntityEngine.DEFAULT_LANGUAGES, recognizers);
		for (Labelled labelled : articles) {
			Article article = Article.builder(labelled.text()).id(labelled.id()).language(labelled.language()).build();
			long start = System.nanoTime();
			ArticleEntities result = engine.recognize(article);
			nanos += System.nanoTime() - start;
			characters += labelled.text().length();
			List<Span> found = new ArrayList<>();
			for (Mention mention : result.active()) {
				found.add(new Span(mention.start(), mention.end(), mention.type(), mention.text(), mention.recognizer()));
			}
			score(labelled.id(), labelled.language(), labelled.text(), labelled.gold(), found, listMisses);
			this.articles++;
		}
	}

	/** The articles of one half ({@code dev}, {@code test}, {@code all}), in the order of their file names. */
	static List<Labelled> read(Path set, String split) throws IOException {
		List<Path> texts;
		try (Stream<Path> files = Files.walk(set, 2)) {
			texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList(); //$NON-NLS-1$
		}
		List<Labelled> articles = new ArrayList<>();
		for (Path txt : texts) {
			String stem = txt.getFileName().toString().replaceFirst("\\.txt$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			Path sidecar = txt.resolveSibling(stem + ".json"); //$NON-NLS-1$
			Path ann = txt.resolveSibling(stem + ".ann"); //$NON-NLS-1$
			if (!Files.exists(sidecar) || !Files.exists(ann)) {
				continue;
			}
			JsonObject meta = JsonParser.parseString(Files.readString(sidecar, StandardCharsets.UTF_8)).getAsJsonObject();
			String half = meta.has("split") ? meta.get("split").getAsString() : "dev"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (!split.equals("all") && !split.equals(half)) { //$NON-NLS-1$
				continue;
			}
			String language = txt.getParent().getFileName().toString();
			String text = Files.readString(txt, StandardCharsets.UTF_8);
			articles.add(new Labelled(stem, language, half, text, readAnn(Files.readString(ann, StandardCharsets.UTF_8), text, stem)));
		}
		return articles;
	}

	/** brat T lines (code-point offsets) as UTF-16 spans; a line that does not fit the text fails loudly. */
	static List<Span> readAnn(String ann, String text, String name) {
		List<Span> spans = new ArrayList<>();
		for (String line : ann.split("\n")) { //$NON-NLS-1$
			if (!line.startsWith("T")) { //$NON-NLS-1$
				continue;
			}
			String[] fields = line.split("\t"); //$NON-NLS-1$
			String[] typeAndSpan = fields[1].split(" "); //$NON-NLS-1$
			int start = text.offsetByCodePoints(0, Integer.parseInt(typeAndSpan[1]));
			int end = text.offsetByCodePoints(0, Integer.parseInt(typeAndSpan[2]));
			String covered = text.substring(start, end);
			if (!covered.replace('\n', ' ').equals(fields.length > 2 ? fields[2] : "")) { //$NON-NLS-1$
				throw new UncheckedIOException(new IOException(name + ": " + fields[0] + " does not cover its text")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			spans.add(new Span(start, end, typeAndSpan[0], covered, "annotated")); //$NON-NLS-1$
		}
		return spans;
	}

	private void score(String name, String language, String text, List<Span> gold, List<Span> found, boolean listMisses) {
		Map<String, Counts> types = new TreeMap<>();
		TYPES.forEach(t -> types.put(t, new Counts()));
		boolean[] goldMatched = new boolean[gold.size()];
		for (Span g : gold) {
			types.computeIfAbsent(g.type, t -> new Counts()).gold++;
		}
		for (Span f : found) {
			Counts cell = types.computeIfAbsent(f.type, t -> new Counts());
			cell.found++;
			boolean hit = false;
			for (int i = 0; i < gold.size(); i++) {
				Span g = gold.get(i);
				if (!g.type.equals(f.type) || !g.overlaps(f)) {
					continue;
				}
				if (g.start == f.start && g.end == f.end) {
					cell.strict++;
				} else if (listMisses) {
					// found with the right type but a wrong span: a lenient hit, a strict miss (a name cut or overrun)
					misses.add(name + " SPAN " + f.type + " «" + f.text + "» [" + f.source + "] (annotated «" + g.text + "»)  …" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
							+ context(text, g) + "…"); //$NON-NLS-1$
				}
				hit = true;
				if (!goldMatched[i]) {
					goldMatched[i] = true;
					cell.lenientGold++;
				}
			}
			if (!hit) {
				String over = gold.stream().filter(f::overlaps).map(g -> g.type).findFirst().orElse("nothing"); //$NON-NLS-1$
				errorKinds.merge("FP " + f.source + " " + f.type + " / annotated " + over, 1, Integer::sum); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			if (hit) {
				cell.lenientFound++;
			} else if (listMisses) {
				String wrongType = gold.stream().filter(f::overlaps).map(g -> " (annotated " + g.type + " «" + g.text + "»)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.findFirst().orElse(""); //$NON-NLS-1$
				misses.add(name + " FP " + f.type + " «" + f.text + "» [" + f.source + "]" + wrongType + "  …" + context(text, f) + "…"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			}
		}
		for (int i = 0; i < gold.size(); i++) {
			if (!goldMatched[i]) {
				Span g = gold.get(i);
				String over = found.stream().filter(g::overlaps).map(f -> f.type).findFirst().orElse("nothing"); //$NON-NLS-1$
				errorKinds.merge("FN " + g.type + " / found " + over, 1, Integer::sum); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (listMisses) {
			for (int i = 0; i < gold.size(); i++) {
				if (!goldMatched[i]) {
					Span g = gold.get(i);
					misses.add(name + " FN " + g.type + " «" + g.text + "»  …" + context(text, g) + "…"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				}
			}
		}
		Counts languageCell = byLanguage.computeIfAbsent(language, l -> new Counts());
		types.forEach((type, cell) -> {
			byType.computeIfAbsent(type, t -> new Counts()).add(cell);
			languageCell.add(cell);
			total.add(cell);
		});
	}

	private static String context(String text, Span span) {
		int from = Math.max(0, span.start - 40);
		int to = Math.min(text.length(), span.end + 40);
		return (text.substring(from, span.start) + "[" + text.substring(span.start, span.end) + "]" //$NON-NLS-1$ //$NON-NLS-2$
				+ text.substring(span.end, to)).replace('\n', ' ');
	}

	/** The figures as a Markdown table: lenient and strict P/R/F1 per language, per type and in total. */
	public String markdown() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%d articles, %,d characters, %.2f million characters/s on one core%n%n", articles, //$NON-NLS-1$
				characters, nanos == 0 ? 0 : characters / 1e6 / (nanos / 1e9)));
		out.append("| | annotated | found | lenient P | lenient R | lenient F1 | strict P | strict R | strict F1 |\n"); //$NON-NLS-1$
		out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"); //$NON-NLS-1$
		byLanguage.forEach((language, cell) -> row(out, language, cell));
		byType.forEach((type, cell) -> row(out, type, cell));
		row(out, "**all**", total); //$NON-NLS-1$
		return out.toString();
	}

	private static void row(StringBuilder out, String label, Counts c) {
		out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", label, c.gold, c.found, //$NON-NLS-1$
				c.precision(true), c.recall(true), c.f1(true), c.precision(false), c.recall(false), c.f1(false)));
	}
}
