// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dossier.entities.ArticleEntities;
import dossier.entities.Mention;

/**
 * Precision and recall per type on the labelled passages in fixtures/quality-set.txt (ar, en, it, fr, es, de, pt).
 * A found mention counts only with the exact gold span and type. Prints the table recorded in docs/quality.md.
 */
class QualitySetTest {

	private record Passage(String language, String text, Set<String> gold) {
	}

	private static final Pattern MARK = Pattern.compile("\\[\\[(.+?)\\|([A-Z]+)\\]\\]");

	static List<Passage> passages() {
		List<Passage> passages = new ArrayList<>();
		for (String block : Fixtures.text("quality-set.txt").split("\n\\s*\n")) {
			// comment lines go first: the file's heading sits right above the first passage
			String[] lines = block.lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n")).strip().split("\n", 2);
			if (!lines[0].startsWith("@") || lines.length < 2) {
				continue;
			}
			String marked = lines[1].strip();
			StringBuilder text = new StringBuilder();
			Set<String> gold = new HashSet<>();
			Matcher matcher = MARK.matcher(marked);
			int last = 0;
			while (matcher.find()) {
				text.append(marked, last, matcher.start());
				int start = text.length();
				text.append(matcher.group(1));
				gold.add(start + ":" + text.length() + ":" + matcher.group(2));
				last = matcher.end();
			}
			text.append(marked.substring(last));
			passages.add(new Passage(lines[0].substring(1).strip(), text.toString(), gold));
		}
		return passages;
	}

	@Test
	void precisionAndRecallPerType() {
		List<Passage> passages = passages();
		assertTrue(passages.size() >= 30, "at least 30 passages");
		Map<String, int[]> counts = new TreeMap<>(); // type -> tp, fp, fn
		List<String> errors = new ArrayList<>();
		for (Passage passage : passages) {
			ArticleEntities result = Fixtures.engine().recognize(Fixtures.article(passage.text, passage.language));
			Set<String> found = new HashSet<>();
			for (Mention mention : result.active()) {
				found.add(mention.start() + ":" + mention.end() + ":" + mention.type());
			}
			for (String key : found) {
				String type = key.substring(key.lastIndexOf(':') + 1);
				int[] c = counts.computeIfAbsent(type, t -> new int[3]);
				if (passage.gold.contains(key)) {
					c[0]++;
				} else {
					c[1]++;
					errors.add(passage.language + " FP " + describe(passage.text, key));
				}
			}
			for (String key : passage.gold) {
				if (!found.contains(key)) {
					counts.computeIfAbsent(key.substring(key.lastIndexOf(':') + 1), t -> new int[3])[2]++;
					errors.add(passage.language + " FN " + describe(passage.text, key));
				}
			}
		}
		int[] total = new int[3];
		StringBuilder table = new StringBuilder("| type | precision | recall | gold | found | correct |\n|---|---|---|---|---|---|\n");
		counts.forEach((type, c) -> {
			table.append(row(type, c));
			for (int i = 0; i < 3; i++) {
				total[i] += c[i];
			}
		});
		table.append(row("all", total));
		System.out.println("Entities quality set (" + passages.size() + " passages)\n" + table);
		errors.forEach(System.out::println);
		double precision = (double) total[0] / (total[0] + total[1]);
		double recall = (double) total[0] / (total[0] + total[2]);
		assertTrue(precision >= 0.85, "precision " + precision + "\n" + table);
		assertTrue(recall >= 0.7, "recall " + recall + "\n" + table);
	}

	private static String describe(String text, String key) {
		String[] parts = key.split(":");
		return "'" + text.substring(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])) + "' " + parts[2];
	}

	private static String row(String type, int[] c) {
		return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %d | %d | %d |%n", type,
				c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]), c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]),
				c[0] + c[2], c[0] + c[1], c[0]);
	}
}
