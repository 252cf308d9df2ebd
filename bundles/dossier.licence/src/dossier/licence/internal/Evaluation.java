// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.licence.AttributionElements;
import dossier.licence.DetectedLicence;
import dossier.licence.Evidence;
import dossier.licence.Finding;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceReport;

/**
 * Scores the checker on a labelled set: {@code notices.tsv} (language, expected licence id or NONE, a one-line
 * notice) and {@code articles/NAME.txt} with {@code NAME.properties} (expected licence, elements, findings).
 * Used by the quality test and by {@code benchmarks/run licence --quality DIR}.
 */
public final class Evaluation {

	/** Correct out of total, with the misses explained. */
	public static final class Score {
		public int correct;
		public int total;
		public final List<String> misses = new ArrayList<>();

		void count(boolean ok, String miss) {
			total++;
			if (ok) {
				correct++;
			} else {
				misses.add(miss);
			}
		}

		public double ratio() {
			return total == 0 ? 1 : (double) correct / total;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%d/%d (%.1f%%)", correct, total, 100 * ratio()); //$NON-NLS-1$
		}
	}

	public final Map<String, Score> noticesByLanguage = new TreeMap<>();
	public final Score notices = new Score();
	public final Score articleLicences = new Score();
	public final Map<String, Score> elements = new LinkedHashMap<>();
	public int findingsTruePositive;
	public int findingsFalsePositive;
	public int findingsFalseNegative;
	public final List<String> findingMisses = new ArrayList<>();
	public int articleCount;
	public final Set<String> languages = new TreeSet<>();

	private Evaluation() {
	}

	public double findingsPrecision() {
		int reported = findingsTruePositive + findingsFalsePositive;
		return reported == 0 ? 1 : (double) findingsTruePositive / reported;
	}

	public double findingsRecall() {
		int expected = findingsTruePositive + findingsFalseNegative;
		return expected == 0 ? 1 : (double) findingsTruePositive / expected;
	}

	public static Evaluation run(Path folder) throws IOException {
		Evaluation evaluation = new Evaluation();
		LicenceChecker checker = new LicenceChecker();
		for (String line : Files.readAllLines(folder.resolve("notices.tsv"), StandardCharsets.UTF_8)) { //$NON-NLS-1$
			String[] fields = line.split("\t", 3); //$NON-NLS-1$
			if (fields.length < 3 || fields[0].equals("lang") || line.startsWith("#")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			String text = fields[2].replace("\\n", "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			DetectedLicence licence = checker.analyse(Article.builder(text).build()).licence();
			String found = licence == null ? "NONE" : licence.licence().id(); //$NON-NLS-1$
			boolean ok = found.equals(fields[1]);
			String miss = fields[0] + ": \"" + text + "\" expected " + fields[1] + ", found " + found; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			evaluation.notices.count(ok, miss);
			evaluation.noticesByLanguage.computeIfAbsent(fields[0], k -> new Score()).count(ok, miss);
			evaluation.languages.add(fields[0]);
		}
		List<Path> articles;
		try (Stream<Path> list = Files.list(folder.resolve("articles"))) { //$NON-NLS-1$
			articles = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList(); //$NON-NLS-1$
		}
		for (Path file : articles) {
			Properties expected = new Properties();
			Path labels = file.resolveSibling(file.getFileName().toString().replace(".txt", ".properties")); //$NON-NLS-1$ //$NON-NLS-2$
			try (Reader reader = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
				expected.load(reader);
			}
			evaluation.article(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), expected, checker);
		}
		return evaluation;
	}

	private void article(String name, String text, Properties expected, LicenceChecker checker) {
		articleCount++;
		languages.add(name.substring(0, name.indexOf('_')));
		LicenceReport report = checker.check(Article.builder(text).build());
		DetectedLicence licence = report.analysis().licence();
		String found = licence == null ? "NONE" : licence.licence().id(); //$NON-NLS-1$
		articleLicences.count(found.equals(expected.getProperty("licence")), name + ": licence expected " + expected.getProperty("licence") + ", found " + found); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		AttributionElements e = report.analysis().elements();
		Map<String, String> actual = new LinkedHashMap<>();
		actual.put("title", yes(e.title())); //$NON-NLS-1$
		actual.put("authors", String.valueOf(e.authors().size())); //$NON-NLS-1$
		actual.put("publisher", yes(e.publisher())); //$NON-NLS-1$
		actual.put("source_url", yes(e.sourceUrl())); //$NON-NLS-1$
		actual.put("licence_link", yes(e.licenceLink())); //$NON-NLS-1$
		actual.put("copyright_notice", yes(e.copyrightNotice())); //$NON-NLS-1$
		actual.put("modification_notice", yes(e.modificationNotice())); //$NON-NLS-1$
		actual.put("translation", report.analysis().translation().detected() ? "yes" : "no"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (expected.containsKey("source_language")) { //$NON-NLS-1$
			actual.put("source_language", String.valueOf(report.analysis().translation().sourceLanguage())); //$NON-NLS-1$
		}
		actual.put("third_party", String.valueOf(report.analysis().thirdParty().size())); //$NON-NLS-1$
		for (Map.Entry<String, String> entry : actual.entrySet()) {
			String want = expected.getProperty(entry.getKey(), "").trim(); //$NON-NLS-1$
			elements.computeIfAbsent(entry.getKey(), k -> new Score()).count(want.equals(entry.getValue()),
					name + ": " + entry.getKey() + " expected " + want + ", found " + entry.getValue()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		Map<String, Integer> want = new HashMap<>();
		for (String rule : expected.getProperty("findings", "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (!rule.isBlank()) {
				want.merge(rule.trim(), 1, Integer::sum);
			}
		}
		Map<String, Integer> got = new HashMap<>();
		for (Finding finding : report.findings()) {
			got.merge(finding.rule(), 1, Integer::sum);
		}
		for (String rule : union(want, got)) {
			int w = want.getOrDefault(rule, 0), g = got.getOrDefault(rule, 0);
			findingsTruePositive += Math.min(w, g);
			if (g > w) {
				findingsFalsePositive += g - w;
				findingMisses.add(name + ": unexpected " + rule);
			}
			if (w > g) {
				findingsFalseNegative += w - g;
				findingMisses.add(name + ": missed " + rule);
			}
		}
	}

	private static List<String> union(Map<String, Integer> a, Map<String, Integer> b) {
		Set<String> all = new TreeSet<>(a.keySet());
		all.addAll(b.keySet());
		return new ArrayList<>(all);
	}

	private static String yes(@Nullable Evidence evidence) {
		return evidence == null ? "no" : "yes"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A Markdown summary for docs/quality.md. */
	public String markdown() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "Labelled set: %d notices, %d articles, languages %s.%n%n", notices.total, articleCount, languages)); //$NON-NLS-1$
		out.append("| Measure | Score |\n|---|---|\n"); //$NON-NLS-1$
		out.append("| Licence id, short notices | ").append(notices).append(" |\n"); //$NON-NLS-1$ //$NON-NLS-2$
		noticesByLanguage.forEach((language, score) -> out.append("| &nbsp; notices, ").append(language).append(" | ").append(score).append(" |\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.append("| Licence id, whole articles | ").append(articleLicences).append(" |\n"); //$NON-NLS-1$ //$NON-NLS-2$
		Score all = new Score();
		elements.forEach((element, score) -> {
			out.append("| Element: ").append(element).append(" | ").append(score).append(" |\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			all.correct += score.correct;
			all.total += score.total;
		});
		out.append("| Elements, all | ").append(all).append(" |\n"); //$NON-NLS-1$ //$NON-NLS-2$
		out.append(String.format(Locale.ROOT, "| Findings precision | %d/%d (%.1f%%) |%n", findingsTruePositive, findingsTruePositive + findingsFalsePositive, //$NON-NLS-1$
				100 * findingsPrecision()));
		out.append(String.format(Locale.ROOT, "| Findings recall | %d/%d (%.1f%%) |%n", findingsTruePositive, findingsTruePositive + findingsFalseNegative, //$NON-NLS-1$
				100 * findingsRecall()));
		List<String> misses = new ArrayList<>(notices.misses);
		misses.addAll(articleLicences.misses);
		elements.values().forEach(score -> misses.addAll(score.misses));
		misses.addAll(findingMisses);
		if (!misses.isEmpty()) {
			out.append("\nMisses:\n\n"); //$NON-NLS-1$
			misses.forEach(miss -> out.append("- ").append(miss).append('\n')); //$NON-NLS-1$
		}
		return out.toString();
	}

	/** For a quick look: {@code java ... dossier.licence.internal.Evaluation FOLDER}. */
	public static void main(String[] args) throws IOException {
		System.out.println(run(Path.of(args.length > 0 ? args[0] : "tests/dossier.licence.tests/labelled")).markdown()); //$NON-NLS-1$
	}
}
