// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.core.model.TextSpan;
import dossier.licence.DetectedLicence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceScope;
import dossier.licence.ThirdPartyItem;

/**
 * Scores the checker on the real-notice set ({@code benchmarks/quality/licence/*.jsonl}, labelled by
 * {@code docs/annotation-guidelines.md}): the article's licence, item-scoped licences, third-party credits and
 * their holders, and the translation flag, per language and per kind of record. Each record is checked as the
 * importer would hand it over: the page's title (or, for notice lines kept without their page, the publisher's
 * name) as its first line, then the record's text; its language and page URL; and its blocks as the importer marks
 * them — a record copied from a caption is a caption block, as a page's {@code <figcaption>} reaches the checker, and
 * one copied from a byline or a dateline a byline or dateline block, as the page's byline and dateline classes do.
 */
public final class NoticeSetEvaluation {

	/** Correct out of total. */
	public static final class Ratio {
		public int correct;
		public int total;

		void count(boolean ok) {
			total++;
			correct += ok ? 1 : 0;
		}

		public double value() {
			return total == 0 ? Double.NaN : (double) correct / total;
		}

		@Override
		public String toString() {
			return total == 0 ? "–" : String.format(Locale.ROOT, "%.2f (%d/%d)", value(), correct, total); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The measures over one group of records. */
	public static final class Scores {
		public int records;
		public final Ratio licence = new Ratio();
		public final Ratio versionStated = new Ratio();
		public final Ratio itemLicences = new Ratio();
		/** Gold credits matched by a found credit (recall). */
		public final Ratio creditRecall = new Ratio();
		/** Found credits matching a gold credit (precision). */
		public final Ratio creditPrecision = new Ratio();
		/** Matched credits whose holders are the gold holders. */
		public final Ratio holders = new Ratio();
		public final Ratio translation = new Ratio();
		/** Records whose article licence was taken from an item's credit (should be none). */
		public int itemTakenForArticle;

		public double creditF1() {
			double p = creditPrecision.value(), r = creditRecall.value();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}
	}

	public final Scores all = new Scores();
	public final Map<String, Scores> byLanguage = new TreeMap<>();
	public final Map<String, Scores> byKind = new TreeMap<>();
	public final Set<String> publishers = new LinkedHashSet<>();
	public final List<String> misses = new ArrayList<>();
	public final String split;

	private NoticeSetEvaluation(String split) {
		this.split = split;
	}

	/**
	 * @param folder the set's folder, one {@code LANG.jsonl} per language
	 * @param split {@code dev}, {@code test} or {@code all}
	 */
	public static NoticeSetEvaluation run(Path folder, String split) throws IOException {
		return run(records(folder), split, r -> split.equals("all") || split.equals(string(r, "split")), UnaryOperator.identity()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Scores the records {@code select} keeps, each analysis's third-party items first passed through {@code credits}
	 * (the identity for the checker as it is; the credit tagger's experiments replace or add items), so that every
	 * variant is scored by the same code on the same records.
	 */
	public static NoticeSetEvaluation run(List<JsonObject> records, String label, Predicate<JsonObject> select,
			UnaryOperator<LicenceAnalysis> credits) {
		NoticeSetEvaluation evaluation = new NoticeSetEvaluation(label);
		LicenceChecker checker = new LicenceChecker();
		for (JsonObject record : records) {
			if (select.test(record)) {
				evaluation.score(record, credits.apply(checker.analyse(article(record))));
			}
		}
		return evaluation;
	}

	/** Every record of the set, file by file in name order. */
	public static List<JsonObject> records(Path folder) throws IOException {
		List<JsonObject> records = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList(); //$NON-NLS-1$
		}
		for (Path file : files) {
			int lineNumber = 0;
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				try {
					records.add(JsonParser.parseString(line).getAsJsonObject());
				} catch (RuntimeException e) {
					throw new IOException(file.getFileName() + ":" + lineNumber + ": not a JSON object: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return records;
	}

	/**
	 * The article a record stands for, as the importer would hand it over: the page's title (or, for notice lines kept
	 * without their page, the publisher's name) as its first line, then the record's text, its language, page URL and
	 * blocks.
	 */
	public static Article article(JsonObject record) {
		String heading = !string(record, "title").isBlank() ? string(record, "title") : string(record, "publisher"); //$NON-NLS-1$ //$NON-NLS-2$
		String text = heading + "\n\n" + string(record, "text"); //$NON-NLS-1$ //$NON-NLS-2$
		Article.Builder builder = Article.builder(text).language(string(record, "lang")).title(heading) //$NON-NLS-1$
				.blocks(blocks(text, heading.length(), string(record, "kind"))); //$NON-NLS-1$
		if (!string(record, "url").isEmpty()) { //$NON-NLS-1$
			builder.sourceUrl(string(record, "url")); //$NON-NLS-1$
		}
		return builder.build();
	}

	/** The labelled credits' spans in {@code text} (the record's article's text), in label order; those not found left out. */
	public static List<TextSpan> goldCredits(JsonObject record, String text) {
		List<TextSpan> gold = new ArrayList<>();
		int from = 0;
		for (JsonElement credit : array(record.getAsJsonObject("labels"), "credits")) { //$NON-NLS-1$ //$NON-NLS-2$
			String creditText = credit.getAsJsonObject().get("text").getAsString(); //$NON-NLS-1$
			int at = text.indexOf(creditText, from);
			if (at < 0) {
				at = text.indexOf(creditText);
			}
			if (at >= 0) {
				from = at + creditText.length();
				gold.add(new TextSpan(at, at + creditText.length()));
			}
		}
		return gold;
	}

	/** A string field of a record, "" when absent. */
	public static String string(JsonObject o, String name) {
		JsonElement e = o.get(name);
		return e == null || e.isJsonNull() ? "" : e.getAsString(); //$NON-NLS-1$
	}

	private void score(JsonObject record, LicenceAnalysis analysis) {
		String id = string(record, "id"); //$NON-NLS-1$
		String language = string(record, "lang"); //$NON-NLS-1$
		String kind = string(record, "kind"); //$NON-NLS-1$
		String text = analysis.article().text();
		JsonObject labels = record.getAsJsonObject("labels"); //$NON-NLS-1$
		publishers.add(string(record, "publisher")); //$NON-NLS-1$
		List<Scores> groups = List.of(all, byLanguage.computeIfAbsent(language, k -> new Scores()), byKind.computeIfAbsent(kind, k -> new Scores()));
		groups.forEach(g -> g.records++);

		// the article's licence
		String want = labels.has("licence") && !labels.get("licence").isJsonNull() ? labels.get("licence").getAsString() : "NONE"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		DetectedLicence found = analysis.licence();
		String got = found == null ? "NONE" : found.licence().id(); //$NON-NLS-1$
		boolean licenceOk = want.equals(got);
		groups.forEach(g -> g.licence.count(licenceOk));
		if (!licenceOk) {
			misses.add(id + " licence: expected " + want + ", found " + got + (found == null ? "" : " «" + found.evidence().text() + "»")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		if (!"NONE".equals(want) && found != null && labels.has("version_stated") && !labels.get("version_stated").isJsonNull()) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			boolean versionOk = labels.get("version_stated").getAsBoolean() == found.versionStated(); //$NON-NLS-1$
			groups.forEach(g -> g.versionStated.count(versionOk));
		}

		// item-scoped licences
		List<String> itemsFound = analysis.licences().stream().filter(l -> l.scope() == LicenceScope.ITEM).map(l -> l.licence().id()).toList();
		List<String> itemsFromCredits = analysis.thirdParty().stream().filter(t -> t.ownLicence() != null).map(t -> t.ownLicence().id()).toList();
		for (JsonElement item : array(labels, "item_licences")) { //$NON-NLS-1$
			String itemLicence = item.getAsJsonObject().get("licence").getAsString(); //$NON-NLS-1$
			boolean ok = itemsFound.contains(itemLicence) || itemsFromCredits.contains(itemLicence);
			groups.forEach(g -> g.itemLicences.count(ok));
			if (!ok) {
				misses.add(id + " item licence: expected " + itemLicence + ", found " + itemsFound + itemsFromCredits); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (found != null && found.licence().id().equals(itemLicence) && !want.equals(itemLicence)) {
				groups.forEach(g -> g.itemTakenForArticle++);
			}
		}

		// credits
		List<TextSpan> gold = new ArrayList<>();
		List<List<String>> goldHolders = new ArrayList<>();
		int from = 0;
		for (JsonElement credit : array(labels, "credits")) { //$NON-NLS-1$
			String creditText = credit.getAsJsonObject().get("text").getAsString(); //$NON-NLS-1$
			int at = text.indexOf(creditText, from);
			if (at < 0) {
				at = text.indexOf(creditText);
			}
			if (at < 0) {
				misses.add(id + " label error: credit «" + creditText + "» is not in the text"); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			from = at + creditText.length();
			gold.add(new TextSpan(at, at + creditText.length()));
			List<String> names = new ArrayList<>();
			array(credit.getAsJsonObject(), "holders").forEach(h -> names.add(h.getAsString())); //$NON-NLS-1$
			goldHolders.add(names);
		}
		List<ThirdPartyItem> items = analysis.thirdParty();
		boolean[] used = new boolean[items.size()];
		for (int g = 0; g < gold.size(); g++) {
			int match = -1;
			for (int i = 0; i < items.size() && match < 0; i++) {
				if (!used[i] && items.get(i).credit().span() != null && items.get(i).credit().span().overlaps(gold.get(g))) {
					match = i;
				}
			}
			boolean ok = match >= 0;
			groups.forEach(s -> s.creditRecall.count(ok));
			if (!ok) {
				misses.add(id + " credit missed: «" + gold.get(g).of(text) + "»"); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			used[match] = true;
			boolean holdersOk = sameHolders(goldHolders.get(g), items.get(match).holders());
			groups.forEach(s -> s.holders.count(holdersOk));
			if (!holdersOk) {
				misses.add(id + " holders: expected " + goldHolders.get(g) + ", found " + items.get(match).holders()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (ThirdPartyItem item : items) {
			boolean ok = item.credit().span() != null && gold.stream().anyMatch(item.credit().span()::overlaps);
			groups.forEach(s -> s.creditPrecision.count(ok));
			if (!ok) {
				misses.add(id + " credit not in gold: «" + item.credit().text() + "»"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		// translation
		boolean wantTranslation = labels.has("translation") && labels.get("translation").getAsBoolean(); //$NON-NLS-1$ //$NON-NLS-2$
		boolean gotTranslation = analysis.translation().detected();
		groups.forEach(g -> g.translation.count(wantTranslation == gotTranslation));
		if (wantTranslation != gotTranslation) {
			misses.add(id + " translation: expected " + wantTranslation + ", found " + gotTranslation //$NON-NLS-1$ //$NON-NLS-2$
					+ (analysis.translation().basis() == null ? "" : " (" + analysis.translation().basis() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/**
	 * The record's blocks as an importer marks them: the heading as the title, then each line of the record as a
	 * {@link BlockType#CAPTION} when the record was copied from a caption (an HTML page's {@code <figcaption>}, a
	 * figure's or a {@code wp-caption}'s text reaches the checker so), a {@link BlockType#BYLINE} when copied from a
	 * byline (a page's {@code rel=author}, {@code itemprop=author}, {@code byline} class or {@code <address>}), a
	 * {@link BlockType#DATELINE} from a dateline (a {@code dateline} class), else as a paragraph (a footer has no type).
	 */
	static List<Block> blocks(String text, int headingEnd, String kind) {
		List<Block> blocks = new ArrayList<>();
		if (headingEnd > 0) {
			blocks.add(new Block(BlockType.TITLE, new TextSpan(0, headingEnd), null));
		}
		BlockType type = switch (kind) {
		case "caption" -> BlockType.CAPTION; //$NON-NLS-1$
		case "byline" -> BlockType.BYLINE; //$NON-NLS-1$
		case "dateline" -> BlockType.DATELINE; //$NON-NLS-1$
		default -> BlockType.PARAGRAPH;
		};
		for (int start = headingEnd; start < text.length();) {
			int end = text.indexOf('\n', start);
			end = end < 0 ? text.length() : end;
			int from = start, to = end;
			while (from < to && Character.isWhitespace(text.charAt(from))) {
				from++;
			}
			while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
				to--;
			}
			if (to > from) {
				blocks.add(new Block(type, new TextSpan(from, to), null));
			}
			start = end + 1;
		}
		return blocks;
	}

	/** Same holders, ignoring case, spaces and order. */
	static boolean sameHolders(List<String> expected, List<String> found) {
		Set<String> a = new TreeSet<>(), b = new TreeSet<>();
		expected.forEach(h -> a.add(fold(h)));
		found.forEach(h -> b.add(fold(h)));
		return a.equals(b);
	}

	private static String fold(String s) {
		return s.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static JsonArray array(JsonObject o, String name) {
		JsonElement e = o.get(name);
		return e == null || !e.isJsonArray() ? new JsonArray() : e.getAsJsonArray();
	}

	/** The figures as Markdown: overall, per language, per kind. */
	public String markdown() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "Real-notice set, split %s: %d records from %d publishers, languages %s.%n%n", split, all.records, //$NON-NLS-1$
				publishers.size(), byLanguage.keySet()));
		out.append("| group | records | licence id | version stated | item licences | credits P | credits R | credits F1 | holders | translation | item taken for article |\n"); //$NON-NLS-1$
		out.append("|---|---|---|---|---|---|---|---|---|---|---|\n"); //$NON-NLS-1$
		row(out, "**all**", all); //$NON-NLS-1$
		byLanguage.forEach((language, s) -> row(out, language, s));
		byKind.forEach((kind, s) -> row(out, "kind: " + kind, s)); //$NON-NLS-1$
		return out.toString();
	}

	private static void row(StringBuilder out, String name, Scores s) {
		out.append("| ").append(name).append(" | ").append(s.records).append(" | ").append(s.licence).append(" | ").append(s.versionStated) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.append(" | ").append(s.itemLicences).append(" | ").append(s.creditPrecision).append(" | ").append(s.creditRecall) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(" | ").append(s.creditRecall.total + s.creditPrecision.total == 0 ? "–" : String.format(Locale.ROOT, "%.2f", s.creditF1())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(" | ").append(s.holders).append(" | ").append(s.translation).append(" | ").append(s.itemTakenForArticle).append(" |\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
