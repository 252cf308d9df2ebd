// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.core.model.Article;

/**
 * What the engine found in one article: its mentions in text order and the entities they link to (catalogue
 * entities and the new ones recognisers proposed, such as dates).
 *
 * @param article the article
 * @param language the language labels are chosen in
 * @param mentions mentions in text order, rejected ones included when they came from stored decisions
 * @param entities every entity a mention links to, by id
 */
public record ArticleEntities(Article article, String language, List<Mention> mentions, Map<String, Entity> entities) {

	public ArticleEntities {
		mentions = List.copyOf(mentions);
		entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
	}

	/** Mentions that are not rejected. */
	public List<Mention> active() {
		return mentions.stream().filter(mention -> mention.status() != MentionStatus.REJECTED).toList();
	}

	/** Active mentions grouped by entity, entities in order of first mention. */
	public Map<Entity, List<Mention>> byEntity() {
		Map<Entity, List<Mention>> grouped = new LinkedHashMap<>();
		for (Mention mention : active()) {
			Entity entity = entities.get(mention.entityId());
			if (entity != null) {
				grouped.computeIfAbsent(entity, e -> new ArrayList<>()).add(mention);
			}
		}
		return grouped;
	}

	/** The entity's label in this article's language. */
	public String label(Entity entity) {
		return entity.label(language);
	}
}
