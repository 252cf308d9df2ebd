// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.Entity;
import dossier.entities.Mention;
import dossier.insight.ArticleFacts;
import dossier.insight.EntityRef;

/**
 * One name per entity across a corpus, for the views that count entities over many articles (the Network, the Map,
 * the Overview): the name in the language of most of the articles that mention it — an entity of the Arabic press
 * keeps its Arabic name and its script, the United States of an English corpus is "United States", and never
 * "Estados Unidos" beside "Deutschland" because a view happened to read a Spanish article first. The name is the
 * catalogue's (or, when the corpus's engine is made, its lexicons') label in that language; for an entity they do not name in it (found by the
 * open-vocabulary recogniser, or a catalogue entry without that language), the fullest way the articles of that
 * language write it ("Vladimir Putin", not "Putin"). A tie between languages goes to the analyst's language (the
 * workbench's locale), else to the first in the order of language codes: the name never depends on the order in which
 * articles are read.
 */
final class EntityNames {

	private final Function<String, @Nullable Entity> entities;
	/** Per entity id, per language, the articles' mentions counted once per article. */
	private final Map<String, Map<String, Integer>> articles = new HashMap<>();
	/** Per entity id, per language, the longest text of its mentions. */
	private final Map<String, Map<String, String>> fullest = new HashMap<>();
	/** The entities of the article being read, so an entity counts once per article. */
	private final Set<String> inThisArticle = new HashSet<>();

	/** @param entities the catalogue's (and, where the corpus's engine is made, its lexicons') entity of an id */
	EntityNames(Function<String, @Nullable Entity> entities) {
		this.entities = entities;
	}

	/** Starts the mentions of another article. */
	void nextArticle() {
		inThisArticle.clear();
	}

	/** Records a mention of the article being read, written in {@code language}. */
	void mentioned(Mention mention, String language) {
		String id = mention.entityId();
		fullest.computeIfAbsent(id, k -> new HashMap<>()).merge(language, mention.text(),
				(a, b) -> b.length() > a.length() ? b : a);
		if (inThisArticle.add(id)) {
			articles.computeIfAbsent(id, k -> new HashMap<>()).merge(language, 1, Integer::sum);
		}
	}

	/** {@code facts} with every entity under its one name. */
	List<ArticleFacts> named(List<ArticleFacts> facts) {
		Map<String, String> names = new HashMap<>();
		List<ArticleFacts> named = new ArrayList<>(facts.size());
		for (ArticleFacts article : facts) {
			List<EntityRef> entities = new ArrayList<>(article.entities().size());
			for (EntityRef entity : article.entities()) {
				String name = names.computeIfAbsent(entity.id(), id -> name(id, entity.label()));
				entities.add(new EntityRef(entity.id(), entity.type(), name));
			}
			named.add(article.withEntities(entities));
		}
		return named;
	}

	private String name(String id, String fallback) {
		Map<String, Integer> byLanguage = articles.getOrDefault(id, Map.of());
		String analysts = Locale.getDefault().getLanguage();
		String language = byLanguage.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
						.thenComparing(e -> !e.getKey().equals(analysts)).thenComparing(Map.Entry.comparingByKey()))
				.map(Map.Entry::getKey).findFirst().orElse(null);
		if (language == null) {
			return fallback;
		}
		Entity entity = entities.apply(id);
		if (entity != null) {
			String label = entity.labels().get(language);
			if (label == null) {
				label = entity.labels().get(language.split("[-_]")[0]); //$NON-NLS-1$
			}
			if (label != null && !label.isBlank()) {
				return label;
			}
		}
		return fullest.getOrDefault(id, Map.of()).getOrDefault(language, fallback);
	}
}
