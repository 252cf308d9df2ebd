// SPDX-License-Identifier: EPL-2.0
package dossier.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import dossier.insight.ArticleFacts;
import dossier.insight.Dimension;
import dossier.insight.EntityCount;
import dossier.insight.EntityRef;
import dossier.insight.FindingFact;
import dossier.insight.ImportDay;
import dossier.insight.Overview;

/** Computes an {@link Overview}: one pass over the stories, one over the articles for the findings. */
public final class Overviews {

	private Overviews() {
	}

	public static Overview compute(List<ArticleFacts> articles, List<Story> stories, int storyCount, boolean once, int top,
			BooleanSupplier cancelled) {
		Map<Dimension, Map<String, Integer>> tallies = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			tallies.put(dimension, new HashMap<>());
		}
		// people, organisations and places before dates and contributed types: the names an analyst looks for first
		Map<String, Map<String, Integer>> byType = new TreeMap<>(Comparator.comparingInt(Overviews::typeRank)
				.thenComparing(Comparator.naturalOrder()));
		Map<String, EntityRef> refs = new HashMap<>();
		int undated = 0;
		for (int i = 0; i < stories.size(); i++) {
			Cancel.check(i, cancelled);
			Story story = stories.get(i);
			if (story.first().published() == null) {
				undated++;
			}
			for (Dimension dimension : Dimension.values()) {
				Tallies.add(tallies.get(dimension), dimension.valueOf(story.first()), 1);
			}
			for (EntityRef entity : story.entities()) {
				refs.putIfAbsent(entity.id(), entity);
				Tallies.add(byType.computeIfAbsent(entity.type(), t -> new HashMap<>()), entity.id(), 1);
			}
		}
		Map<Dimension, Map<String, Integer>> orderedTallies = new EnumMap<>(Dimension.class);
		tallies.forEach((dimension, counts) -> orderedTallies.put(dimension, Tallies.ordered(counts)));

		Map<String, Map<String, Integer>> findings = new TreeMap<>();
		for (int i = 0; i < articles.size(); i++) {
			Cancel.check(i, cancelled);
			for (FindingFact finding : articles.get(i).findings()) {
				Tallies.add(findings.computeIfAbsent(finding.rule(), r -> new TreeMap<>()), finding.severity(), 1);
			}
		}
		// The import history counts every article (an import stores each copy), latest day first.
		Map<LocalDate, Map<String, Integer>> imported = new TreeMap<>(Comparator.reverseOrder());
		for (int i = 0; i < articles.size(); i++) {
			Cancel.check(i, cancelled);
			ArticleFacts article = articles.get(i);
			LocalDate day = article.imported();
			if (day != null) {
				Tallies.add(imported.computeIfAbsent(day, d -> new HashMap<>()), article.importer(), 1);
			}
		}
		List<ImportDay> imports = new ArrayList<>();
		imported.forEach((day, byImporter) -> imports.add(new ImportDay(day,
				byImporter.values().stream().mapToInt(Integer::intValue).sum(), Tallies.ordered(byImporter))));

		Map<String, Map<String, Integer>> frozenFindings = new LinkedHashMap<>();
		findings.forEach((rule, counts) -> frozenFindings.put(rule, Collections.unmodifiableMap(counts)));

		Map<String, List<EntityCount>> topEntities = new LinkedHashMap<>();
		byType.forEach((type, counts) -> {
			List<EntityCount> list = new ArrayList<>();
			for (Map.Entry<String, Integer> entry : Tallies.ordered(counts).entrySet()) {
				if (list.size() >= top) {
					break;
				}
				list.add(new EntityCount(Objects.requireNonNull(refs.get(entry.getKey())), entry.getValue()));
			}
			topEntities.put(type, List.copyOf(list));
		});
		// The articles of the top entities, for a click to list them: a second pass over the stories.
		Map<String, List<String>> topArticles = new HashMap<>();
		topEntities.values().forEach(list -> list.forEach(count -> topArticles.put(count.entity().id(), new ArrayList<>())));
		for (int i = 0; i < stories.size(); i++) {
			Cancel.check(i, cancelled);
			Story story = stories.get(i);
			for (EntityRef entity : story.entities()) {
				List<String> ids = topArticles.get(entity.id());
				if (ids != null) {
					ids.add(story.first().id());
				}
			}
		}
		Map<String, List<String>> frozenArticles = new HashMap<>();
		topArticles.forEach((id, ids) -> frozenArticles.put(id, List.copyOf(ids)));
		return new Overview(once, articles.size(), storyCount, undated, Collections.unmodifiableMap(orderedTallies),
				Collections.unmodifiableMap(frozenFindings), Collections.unmodifiableMap(topEntities),
				Collections.unmodifiableMap(frozenArticles), List.copyOf(imports));
	}

	private static final List<String> NAMED_TYPES = List.of("PERSON", "ORG", "PLACE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static int typeRank(String type) {
		int rank = NAMED_TYPES.indexOf(type);
		return rank < 0 ? NAMED_TYPES.size() : rank;
	}
}
