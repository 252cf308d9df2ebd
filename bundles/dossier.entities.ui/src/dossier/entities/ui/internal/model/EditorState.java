// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.core.model.Article;
import dossier.entities.Entity;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;

/**
 * What an Entity Editor edits, as one immutable value: the article (its metadata is edited on the Source page),
 * its mentions with the analyst's decisions, and the entities the editor knows beyond the corpus catalogue
 * (new ones an analyst marked or a recogniser proposed, and edited labels). Each undoable operation swaps one
 * state for another, so undo and redo are exact and "dirty" is "not the saved state".
 *
 * @param mentions in text order, rejected ones included (they are decisions too)
 */
public record EditorState(Article article, List<Mention> mentions, Map<String, Entity> entities) {

	public EditorState {
		List<Mention> sorted = new ArrayList<>(mentions);
		sorted.sort(Mention.TEXT_ORDER);
		mentions = List.copyOf(sorted);
		entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
	}

	public EditorState withArticle(Article changed) {
		return new EditorState(changed, mentions, entities);
	}

	public EditorState withMentions(List<Mention> changed) {
		return new EditorState(article, changed, entities);
	}

	public EditorState withMentions(List<Mention> changed, Map<String, Entity> moreEntities) {
		Map<String, Entity> all = new LinkedHashMap<>(entities);
		all.putAll(moreEntities);
		return new EditorState(article, changed, all);
	}

	/** Mentions shown in the text: suggested and accepted. */
	public List<Mention> active() {
		return mentions.stream().filter(m -> m.status() != MentionStatus.REJECTED).toList();
	}
}
