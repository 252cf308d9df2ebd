// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dossier.core.model.Article;
import dossier.entities.ArticleEntities;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;
import dossier.entities.Mention;
import dossier.entities.Recognizer;
import dossier.entities.Recognizers;
import dossier.entities.internal.EntitySetEvaluation.Labelled;
import dossier.entities.internal.EntitySetEvaluation.Span;
import dossier.entities.internal.OpenNames.Candidate;
import dossier.entities.internal.Words.Word;

/**
 * Where recall is lost, by mechanism rather than by page: each annotated mention the engine misses (leniently: no
 * found mention of its type overlaps it) is put in one class — found with another type; a candidate of the
 * open-vocabulary recogniser that no evidence typed; a candidate typed (rightly or not) and lost afterwards; a run of
 * capitals that never became a candidate (and why: a headline line, a sentence's first word, a stopword); no capital
 * at all (lower case, digits, Arabic script) — and counted per type and per language.
 * <p>
 * {@code MissAudit <set> [--list]} reads the {@code dev} half only (never {@code test}: its misses are not read);
 * {@code --list} prints each miss with its class.
 */
public final class MissAudit {

	private MissAudit() {
	}

	public static void main(String[] args) throws IOException {
		Path set = Path.of(args.length > 0 ? args[0] : "benchmarks/quality/entities"); //$NON-NLS-1$
		boolean list = List.of(args).contains("--list"); //$NON-NLS-1$
		List<Labelled> dev = EntitySetEvaluation.read(set, "dev"); //$NON-NLS-1$
		Map<String, List<Candidate>> candidates = new HashMap<>();
		OpenNames recording = new OpenNames(null, (id, candidate, features) -> candidates.computeIfAbsent(id, k -> new ArrayList<>()).add(candidate));
		List<Recognizer> recognizers = Recognizers.all().stream().map(r -> r.id().equals(recording.id()) ? (Recognizer) recording : r).toList();
		EntityEngine engine = EntityEngine.create(new Catalogue(), EntityEngine.DEFAULT_LANGUAGES, recognizers);
		NameLexicons lexicons = NameLexicons.get();
		Map<String, Map<String, Integer>> byType = new TreeMap<>();
		Map<String, Map<String, Integer>> byLanguage = new TreeMap<>();
		Map<String, Integer> gold = new TreeMap<>();
		List<String> lines = new ArrayList<>();
		boolean untyped = List.of(args).contains("--untyped"); //$NON-NLS-1$
		for (Labelled labelled : dev) {
			Article article = Article.builder(labelled.text()).id(labelled.id()).language(labelled.language()).build();
			ArticleEntities result = engine.recognize(article);
			List<Mention> found = result.active();
			List<Word> words = Words.of(labelled.text(), lexicons, "de".equals(labelled.language())); //$NON-NLS-1$
			List<Candidate> seen = candidates.getOrDefault(labelled.id(), List.of());
			if (untyped) {
				for (Candidate c : seen) {
					if (c.type() == null) {
						String label = labelled.gold().stream().filter(g -> g.start() < c.end() && c.start() < g.end()).map(Span::type).findFirst().orElse("NONE"); //$NON-NLS-1$
						String foundType = found.stream().filter(m -> m.start() < c.end() && c.start() < m.end()).map(Mention::type).findFirst().orElse("-"); //$NON-NLS-1$
						lines.add(String.format(Locale.ROOT, "U\t%s\t%s\t%s\t%d\t%s\t%s", labelled.id(), label, foundType, c.keys().size(), //$NON-NLS-1$
								labelled.text().substring(c.start(), c.end()).replace('\n', ' '), line(labelled.text(), c)));
					}
				}
			}
			for (Span g : labelled.gold()) {
				gold.merge(g.type(), 1, Integer::sum);
				if (found.stream().anyMatch(m -> m.type().equals(g.type()) && m.start() < g.end() && g.start() < m.end())) {
					continue;
				}
				String kind = kind(g, found, seen, words, lexicons, labelled.language());
				byType.computeIfAbsent(kind, k -> new TreeMap<>()).merge(g.type(), 1, Integer::sum);
				byLanguage.computeIfAbsent(kind, k -> new TreeMap<>()).merge(labelled.language(), 1, Integer::sum);
				if (list) {
					lines.add(String.format(Locale.ROOT, "%s %s «%s» %s", labelled.id(), g.type(), g.text().replace('\n', ' '), kind)); //$NON-NLS-1$
				}
			}
		}
		System.out.printf(Locale.ROOT, "%d dev articles; annotated %s%n%n", dev.size(), gold); //$NON-NLS-1$
		print("type", byType, List.of("PERSON", "ORG", "PLACE", "DATE")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		print("language", byLanguage, List.of("ar", "de", "en", "es", "fr", "it", "pt")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		lines.forEach(System.out::println);
	}

	/** The line that holds a candidate, with the candidate in brackets. */
	private static String line(String text, Candidate c) {
		int from = text.lastIndexOf('\n', c.start() - 1) + 1;
		int to = text.indexOf('\n', c.end());
		to = to < 0 ? text.length() : to;
		String line = text.substring(from, c.start()) + "[" + text.substring(c.start(), c.end()) + "]" + text.substring(c.end(), to); //$NON-NLS-1$ //$NON-NLS-2$
		return line.length() > 160 ? line.substring(Math.max(0, c.start() - from - 60), Math.min(line.length(), c.start() - from + 100)) : line;
	}

	/** The class of one missed mention: what the engine made of its span, from the most to the least it did. */
	static String kind(Span g, List<Mention> found, List<Candidate> seen, List<Word> words, NameLexicons lexicons, String language) {
		for (Mention m : found) {
			if (m.start() < g.end() && g.start() < m.end()) {
				return "1 found as " + m.type() + (m.recognizer().equals("dossier.names") ? " (names)" : " (lists)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
		if ("DATE".equals(g.type())) { //$NON-NLS-1$
			return "6 date not found"; //$NON-NLS-1$
		}
		Candidate best = null;
		for (Candidate c : seen) {
			if (c.start() < g.end() && g.start() < c.end() && (best == null || best.type() != null && c.type() == null)) {
				best = c;
			}
		}
		if (best != null) {
			return best.type() == null ? "2 candidate, no type" //$NON-NLS-1$
					: best.type().equals(g.type()) ? "3 candidate typed right, lost" : "3 candidate typed " + best.type() + ", lost"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		Word first = null;
		boolean arabic = false;
		for (Word w : words) {
			if (w.start() < g.end() && g.start() < w.end()) {
				arabic |= w.arabic();
				if (first == null && w.capitalised() && !w.arabic()) {
					first = w;
				}
			}
		}
		if (first == null) {
			return arabic ? "5 Arabic, no candidate" : "5 no capital (lower case, digits)"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (first.titleLine()) {
			return "4 run dropped: headline line"; //$NON-NLS-1$
		}
		if (first.sentenceStart()) {
			return "4 run dropped: sentence start"; //$NON-NLS-1$
		}
		if (lexicons.isStopword(first.key(), language)) {
			return "4 run dropped: stopword"; //$NON-NLS-1$
		}
		if (lexicons.orgHeads.contains(first.key()) || lexicons.placeHeads.contains(first.key())) {
			return "4 run dropped: head word"; //$NON-NLS-1$
		}
		return "4 run dropped: other"; //$NON-NLS-1$
	}

	private static void print(String by, Map<String, Map<String, Integer>> counts, List<String> columns) {
		StringBuilder out = new StringBuilder("| missed, by class \\ " + by + " |"); //$NON-NLS-1$ //$NON-NLS-2$
		columns.forEach(c -> out.append(' ').append(c).append(" |")); //$NON-NLS-1$
		out.append(" all |\n|---|"); //$NON-NLS-1$
		columns.forEach(c -> out.append("---:|")); //$NON-NLS-1$
		out.append("---:|\n"); //$NON-NLS-1$
		Map<String, Integer> totals = new TreeMap<>();
		counts.forEach((kind, row) -> {
			out.append("| ").append(kind).append(" |"); //$NON-NLS-1$ //$NON-NLS-2$
			columns.forEach(c -> out.append(' ').append(row.getOrDefault(c, 0)).append(" |")); //$NON-NLS-1$
			out.append(' ').append(row.values().stream().mapToInt(Integer::intValue).sum()).append(" |\n"); //$NON-NLS-1$
			row.forEach((c, n) -> totals.merge(c, n, Integer::sum));
		});
		out.append("| **all** |"); //$NON-NLS-1$
		columns.forEach(c -> out.append(' ').append(totals.getOrDefault(c, 0)).append(" |")); //$NON-NLS-1$
		out.append(' ').append(totals.values().stream().mapToInt(Integer::intValue).sum()).append(" |\n"); //$NON-NLS-1$
		System.out.println(out);
	}
}
