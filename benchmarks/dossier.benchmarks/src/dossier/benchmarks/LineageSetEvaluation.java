// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.core.store.PutResult;
import dossier.entities.EntityEngine;
import dossier.entities.LinkedEntityIds;
import dossier.entities.store.EntityStore;
import dossier.lineage.EntityIds;
import dossier.lineage.Evidence;
import dossier.lineage.Lineage;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;
import dossier.lineage.internal.ArticleFeatures;
import dossier.lineage.internal.PairJudge;

/**
 * Scores the lineage engine on the real-text set {@code benchmarks/quality/lineage}: imports one half's articles into
 * a fresh corpus, links them as {@code dossier lineage --corpus DIR} does ({@link Lineage#compute(Corpus, EntityIds)}), and
 * compares the links with the gold pairs of {@code links.tsv}, per type, undirected and directed.
 * <p>
 * Undirected: a gold pair is found when a link of its type joins the two articles, whichever way round. Directed:
 * only gold pairs whose original is known count; a link counts when it is directed from that original, and a link
 * on a pair whose direction the gold leaves open is left out of the directed precision.
 */
final class LineageSetEvaluation {

	static final List<String> TYPES = List.of("translation", "republication", "same-story"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private record Gold(String from, String to, String type, boolean directed) {
	}

	private final Map<String, Gold> gold = new LinkedHashMap<>();
	private final Map<String, LineageLink> found = new LinkedHashMap<>();
	private final Map<String, String> languages = new HashMap<>();
	private final List<String> notImported = new ArrayList<>();
	final List<String> misses = new ArrayList<>();
	/** The judge's numbers for the gold republications and the closest pairs that are none ({@code --scores}). */
	final List<String> scores = new ArrayList<>();
	private Set<String> groups = Set.of();
	private int articles;

	private LineageSetEvaluation() {
	}

	/**
	 * @param entities link with the ids of the entities the shipped entity engine ({@code dossier entities}: the
	 *        corpus's catalogue, every recogniser) links in each article, in text order
	 */
	static LineageSetEvaluation run(Path set, String split, boolean entities) throws IOException {
		return run(set, split, entities, Set.of(), false);
	}

	/**
	 * @param groups when not empty, only the articles of these story groups (their sidecars' {@code group}), so that a
	 *        fresh batch can be scored alone; gold pairs with articles left out are left out too
	 * @param scores with the figures, the numbers the judge reads ({@code PairJudge.measures}) for every gold
	 *        republication and for the same-language pairs that are no derivation sharing the most text ({@link #scores})
	 */
	static LineageSetEvaluation run(Path set, String split, boolean entities, Set<String> groups, boolean scores)
			throws IOException {
		LineageSetEvaluation evaluation = new LineageSetEvaluation();
		evaluation.groups = groups;
		Path folder = Files.createTempDirectory("dossier-lineage-quality"); //$NON-NLS-1$
		try {
			Corpus corpus = evaluation.importSplit(set, split, folder);
			EntityIds ids = entityIds(corpus, entities);
			evaluation.found(Lineage.compute(corpus, ids).file().current());
			evaluation.readGold(set.resolve("links.tsv")); //$NON-NLS-1$
			evaluation.collectMisses();
			if (scores) {
				evaluation.scores(corpus, ids);
			}
		} finally {
			deleteTree(folder);
		}
		return evaluation;
	}

	/**
	 * The ids of the entities the shipped entity engine ({@code dossier entities}: the corpus's catalogue, every
	 * recogniser) links in each article, in text order, each article recognised once however often it is asked for;
	 * none without {@code entities}.
	 */
	private static EntityIds entityIds(Corpus corpus, boolean entities) throws IOException {
		if (!entities) {
			return EntityIds.NONE;
		}
		EntityEngine engine = EntityEngine.create(new EntityStore(corpus.folder()).loadCatalogue());
		Map<String, List<String>> known = new ConcurrentHashMap<>();
		return article -> known.computeIfAbsent(article.id(), id -> LinkedEntityIds.of(engine.recognize(article).mentions()));
	}

	/** Takes {@code links} as found, one per pair (the strongest). */
	private void found(List<LineageLink> links) {
		for (LineageLink link : links) {
			found.merge(key(link.from(), link.to()), link, (a, b) -> a.score() >= b.score() ? a : b);
		}
	}

	/**
	 * Order dependence (issue 18): links the half's articles through a fresh index in id order (as
	 * {@link Lineage#compute} does), in reverse and in two seeded shuffles, and prints for each order how many links
	 * (pair, type and direction) differ from the id order's, then its figures. Each article's entity ids are recognised
	 * once and reused in every order. With {@code differences} (dev only, as {@code --misses}), the links that differ.
	 */
	static String orders(Path set, String split, boolean entities, boolean differences) throws IOException {
		LineageSetEvaluation base = new LineageSetEvaluation();
		Path folder = Files.createTempDirectory("dossier-lineage-quality"); //$NON-NLS-1$
		StringBuilder out = new StringBuilder();
		try {
			Corpus corpus = base.importSplit(set, split, folder);
			EntityIds ids = entityIds(corpus, entities);
			List<Article> articles;
			try (Stream<Article> stream = corpus.articles()) {
				articles = stream.toList();
			}
			Map<String, List<Article>> orders = new LinkedHashMap<>();
			orders.put("id order", articles); //$NON-NLS-1$
			List<Article> reversed = new ArrayList<>(articles);
			Collections.reverse(reversed);
			orders.put("reverse", reversed); //$NON-NLS-1$
			for (long seed : new long[] { 1, 2 }) {
				List<Article> shuffled = new ArrayList<>(articles);
				Collections.shuffle(shuffled, new Random(seed));
				orders.put("shuffle seed " + seed, shuffled); //$NON-NLS-1$
			}
			Set<String> usual = null;
			for (Map.Entry<String, List<Article>> order : orders.entrySet()) {
				List<LineageLink> links = Lineage.addAll(new LineageIndex(), order.getValue().iterator(), Lineage.THREADS,
						ids);
				Map<String, String> described = new HashMap<>();
				for (LineageLink link : links) {
					described.put(link.directed() ? link.from() + " -> " + link.to() + ' ' + link.type().id() //$NON-NLS-1$
							: key(link.from(), link.to()) + " -- " + link.type().id(), describe(link)); //$NON-NLS-1$
				}
				Set<String> shown = described.keySet();
				if (usual == null) {
					usual = shown;
				}
				Set<String> onlyUsual = new HashSet<>(usual);
				onlyUsual.removeAll(shown);
				Set<String> onlyHere = new HashSet<>(shown);
				onlyHere.removeAll(usual);
				LineageSetEvaluation evaluation = new LineageSetEvaluation();
				evaluation.articles = base.articles;
				evaluation.languages.putAll(base.languages);
				evaluation.found(links);
				evaluation.readGold(set.resolve("links.tsv")); //$NON-NLS-1$
				out.append(String.format(Locale.ROOT, "## %s: %d links, %d differ from the id order's (%d only there, %d only here)%n%n", //$NON-NLS-1$
						order.getKey(), shown.size(), onlyUsual.size() + onlyHere.size(), onlyUsual.size(), onlyHere.size()));
				out.append(evaluation.markdown()).append('\n');
				if (differences) {
					onlyUsual.stream().sorted().forEach(link -> out.append("- only in id order: ").append(link).append('\n')); //$NON-NLS-1$
					onlyHere.stream().sorted().forEach(link -> out.append("- only here: ").append(described.get(link)).append('\n')); //$NON-NLS-1$
					out.append('\n');
				}
			}
		} finally {
			deleteTree(folder);
		}
		return out.toString();
	}

	/** Imports the half's articles into a new corpus in {@code folder} and returns it as opened again. */
	private Corpus importSplit(Path set, String split, Path folder) throws IOException {
		Corpus corpus = Corpus.open(folder.resolve("corpus")); //$NON-NLS-1$
		List<Path> sidecars;
		try (Stream<Path> files = Files.list(set.resolve("articles"))) { //$NON-NLS-1$
			sidecars = files.filter(p -> p.toString().endsWith(".json")).sorted().toList(); //$NON-NLS-1$
		}
		for (Path sidecar : sidecars) {
			JsonObject meta = JsonParser.parseString(Files.readString(sidecar, StandardCharsets.UTF_8)).getAsJsonObject();
			if (!split.equals("all") && !split.equals(string(meta, "split"))) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			if (!groups.isEmpty() && !groups.contains(string(meta, "group"))) { //$NON-NLS-1$
				continue;
			}
			String id = string(meta, "id"); //$NON-NLS-1$
			byte[] bytes = Files.readAllBytes(sidecar.resolveSibling(id + ".txt")); //$NON-NLS-1$
			String text = new String(bytes, StandardCharsets.UTF_8);
			String title = string(meta, "title"); //$NON-NLS-1$
			Article article = Article.builder(text).id(id).title(title.isEmpty() ? null : title)
					.publisher(string(meta, "publisher")).sourceUrl(string(meta, "url")) //$NON-NLS-1$ //$NON-NLS-2$
					.language(string(meta, "language")).published(emptyToNull(string(meta, "date"))).build(); //$NON-NLS-1$ //$NON-NLS-2$
			PutResult result = corpus.put(article, bytes);
			if (result.kind() != PutResult.Kind.NEW) {
				notImported.add(id + " (" + result.kind().name().toLowerCase(Locale.ROOT) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			languages.put(id, string(meta, "language")); //$NON-NLS-1$
			articles++;
		}
		return Corpus.open(folder.resolve("corpus")); //$NON-NLS-1$
	}

	private void readGold(Path file) throws IOException {
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			String[] cells = line.split("\t"); //$NON-NLS-1$
			if (languages.containsKey(cells[0]) && languages.containsKey(cells[1])) {
				gold.put(key(cells[0], cells[1]), new Gold(cells[0], cells[1], cells[2], cells[3].equals("yes"))); //$NON-NLS-1$
			}
		}
	}

	private void collectMisses() {
		for (Map.Entry<String, Gold> entry : gold.entrySet()) {
			LineageLink link = found.get(entry.getKey());
			Gold g = entry.getValue();
			if (link == null || !link.type().id().equals(g.type)) {
				misses.add("missed " + g.type + " " + g.from + " -> " + g.to //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ (link == null ? " (no link)" : " (found " + describe(link) + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else if (g.directed && (!link.directed() || !link.from().equals(g.from))) {
				misses.add((link.directed() ? "reversed " : "undirected ") + g.type + " " + g.from + " -> " + g.to //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ " (found " + describe(link) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (Map.Entry<String, LineageLink> entry : found.entrySet()) {
			if (!gold.containsKey(entry.getKey())) {
				misses.add("false " + describe(entry.getValue())); //$NON-NLS-1$
			}
		}
	}

	/** Same-language pairs that are no derivation shown by {@code --scores}, those sharing the most text first. */
	private static final int CLOSEST_OTHERS = 15;

	/**
	 * The numbers the judge reads ({@link PairJudge#measures}) for every gold republication of the half, with the link
	 * found, then for the {@value #CLOSEST_OTHERS} same-language pairs that are no derivation (gold same-story or
	 * none) whose texts share the most shingles and the {@value #CLOSEST_OTHERS} whose fingerprints align best: the
	 * margin between the two is what a republication rule may use.
	 */
	private void scores(Corpus corpus, EntityIds ids) throws IOException {
		Map<String, ArticleFeatures> features = new TreeMap<>();
		try (Stream<Article> stream = corpus.articles()) {
			for (Article article : (Iterable<Article>) stream::iterator) {
				features.put(article.id(), ArticleFeatures.of(article, ids.of(article)));
			}
		}
		for (Gold g : gold.values()) {
			if (g.type.equals("republication")) { //$NON-NLS-1$
				LineageLink link = found.get(key(g.from, g.to));
				scores.add(String.format(Locale.ROOT, "republication %s %s: found %s; %s", g.from, g.to, //$NON-NLS-1$
						link == null ? "none" : link.type().id(), //$NON-NLS-1$
						PairJudge.measures(features.get(g.from), features.get(g.to))));
			}
		}
		List<String[]> others = new ArrayList<>();
		List<String> idList = new ArrayList<>(features.keySet());
		for (int i = 0; i < idList.size(); i++) {
			for (int j = i + 1; j < idList.size(); j++) {
				ArticleFeatures a = features.get(idList.get(i));
				ArticleFeatures b = features.get(idList.get(j));
				Gold g = gold.get(key(a.id, b.id));
				if (!a.language.equals(b.language) || g != null && !g.type.equals("same-story")) { //$NON-NLS-1$
					continue;
				}
				String measures = PairJudge.measures(a, b);
				others.add(new String[] { "", a.id, b.id, g == null ? "none" : g.type, measures }); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		// the closest by shared text, then by the fingerprint alignment: the two measures a republication rule may read
		Set<String> shown = new HashSet<>();
		for (String measure : new String[] { "containment", "fingerprint" }) { //$NON-NLS-1$ //$NON-NLS-2$
			others.sort(Comparator.comparing((String[] row) -> -Double
					.parseDouble(row[4].replaceAll(".*" + measure + " ([0-9.]+).*", "$1")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			int n = 0;
			for (String[] row : others) {
				if (n == CLOSEST_OTHERS) {
					break;
				}
				n++;
				if (shown.add(row[1] + ' ' + row[2])) {
					LineageLink link = found.get(key(row[1], row[2]));
					scores.add(String.format(Locale.ROOT, "%s %s %s: found %s; %s", row[3], row[1], row[2], //$NON-NLS-1$
							link == null ? "none" : link.type().id(), row[4])); //$NON-NLS-1$
				}
			}
		}
	}

	private static String describe(LineageLink link) {
		StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s %s %s %s %.2f:", link.type().id(), //$NON-NLS-1$
				link.from(), link.directed() ? "->" : "--", link.to(), link.score())); //$NON-NLS-1$ //$NON-NLS-2$
		for (Evidence evidence : link.evidence()) {
			s.append(" [").append(evidence.detail()).append(']'); //$NON-NLS-1$
		}
		return s.toString();
	}

	/** The figures as a Markdown table, then the confusions. */
	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%d articles, %d gold pairs, %d links found%s%n%n", articles, gold.size(), //$NON-NLS-1$
				found.size(), notImported.isEmpty() ? "" : "; not imported: " + String.join(", ", notImported))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.append("| type | gold | found | P | R | F1 | directed gold | directed P | directed R |\n"); //$NON-NLS-1$
		out.append("|---|---|---|---|---|---|---|---|---|\n"); //$NON-NLS-1$
		for (String type : TYPES) {
			int goldCount = 0;
			int foundCount = 0;
			int hit = 0;
			int directedGold = 0;
			int directedFound = 0;
			int directedHit = 0;
			for (Gold g : gold.values()) {
				if (g.type.equals(type)) {
					goldCount++;
					directedGold += g.directed ? 1 : 0;
				}
			}
			for (Map.Entry<String, LineageLink> entry : found.entrySet()) {
				LineageLink link = entry.getValue();
				if (!link.type().id().equals(type)) {
					continue;
				}
				foundCount++;
				Gold g = gold.get(entry.getKey());
				boolean right = g != null && g.type.equals(type);
				hit += right ? 1 : 0;
				if (link.directed() && (g == null || !g.type.equals(type) || g.directed)) {
					directedFound++;
					if (right && link.from().equals(g.from)) {
						directedHit++;
					}
				}
			}
			out.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %d | %s | %s |%n", type, goldCount, //$NON-NLS-1$
					foundCount, ratio(hit, foundCount), ratio(hit, goldCount), f1(hit, foundCount, goldCount), directedGold,
					ratio(directedHit, directedFound), ratio(directedHit, directedGold)));
		}
		out.append("\nConfusions (gold type → type found, pairs):\n\n"); //$NON-NLS-1$
		Map<String, Integer> confusions = new TreeMap<>();
		for (Map.Entry<String, Gold> entry : gold.entrySet()) {
			LineageLink link = found.get(entry.getKey());
			String foundType = link == null ? "none" : link.type().id(); //$NON-NLS-1$
			confusions.merge(entry.getValue().type + " → " + foundType, 1, Integer::sum); //$NON-NLS-1$
		}
		for (Map.Entry<String, LineageLink> entry : found.entrySet()) {
			if (!gold.containsKey(entry.getKey())) {
				confusions.merge("none → " + entry.getValue().type().id(), 1, Integer::sum); //$NON-NLS-1$
			}
		}
		confusions.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey))
				.forEach(e -> out.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n')); //$NON-NLS-1$ //$NON-NLS-2$
		return out.toString();
	}

	private static String ratio(int part, int whole) {
		return whole == 0 ? "–" : String.format(Locale.ROOT, "%.2f", part / (double) whole); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String f1(int hit, int found, int gold) {
		if (found == 0 || gold == 0 || hit == 0) {
			return found == 0 && gold == 0 ? "–" : "0.00"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		double p = hit / (double) found;
		double r = hit / (double) gold;
		return String.format(Locale.ROOT, "%.2f", 2 * p * r / (p + r)); //$NON-NLS-1$
	}

	private static String key(String a, String b) {
		return LineageLink.pair(a, b);
	}

	private static String string(JsonObject meta, String name) {
		return meta.has(name) && !meta.get(name).isJsonNull() ? meta.get(name).getAsString() : ""; //$NON-NLS-1$
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
