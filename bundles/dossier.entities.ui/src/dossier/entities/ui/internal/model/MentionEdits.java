// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.store.StoredRecognition;

/**
 * The annotation actions as pure functions from one {@link EditorState} to the next. None of them ever turns an
 * analyst's decision (accepted or rejected) back into a suggestion.
 */
public final class MentionEdits {

	/** The recogniser id of mentions an analyst made by hand. */
	public static final String MANUAL = "manual"; //$NON-NLS-1$

	private MentionEdits() {
	}

	/**
	 * Marks {@code [start, end)} as a mention of {@code type}: linked to an entity already known by that exact name
	 * and type, else to a new entity named by the selected text. Suggestions overlapping it give way.
	 */
	public static EditorState mark(EditorState state, ArticleSession session, int start, int end, EntityType type) {
		String text = state.article().text().substring(start, end);
		Entity entity = findByName(state, session, text.strip(), type.id());
		Map<String, Entity> more = new LinkedHashMap<>();
		if (entity == null) {
			entity = newEntity(state, session, type.id(), text.strip(), session.language());
			more.put(entity.id(), entity);
		}
		return link(state, start, end, entity, more);
	}

	/** Links {@code [start, end)} to {@code entity} as an accepted mention, replacing overlapping non-rejected ones. */
	public static EditorState link(EditorState state, int start, int end, Entity entity, Map<String, Entity> more) {
		String articleId = state.article().id();
		String text = state.article().text().substring(start, end);
		List<Mention> mentions = new ArrayList<>();
		for (Mention m : state.mentions()) {
			boolean overlaps = m.start() < end && start < m.end();
			if (!overlaps || m.status() == MentionStatus.REJECTED && !(m.start() == start && m.end() == end
					&& m.entityId().equals(entity.id()))) {
				mentions.add(m);
			}
		}
		mentions.add(new Mention(articleId, start, end, text, entity.id(), entity.type(), MANUAL, 1.0,
				MentionStatus.ACCEPTED));
		Map<String, Entity> entities = new LinkedHashMap<>(more);
		entities.putIfAbsent(entity.id(), entity);
		return state.withMentions(mentions, entities);
	}

	/** Sets the status of one mention. */
	public static EditorState setStatus(EditorState state, Mention mention, MentionStatus status) {
		return replace(state, mention, mention.withStatus(status));
	}

	/**
	 * Removes a mention: an analyst's own mention disappears; a suggestion is rejected instead, so the
	 * recognisers do not suggest it again.
	 */
	public static EditorState remove(EditorState state, Mention mention) {
		if (mention.status() == MentionStatus.SUGGESTED) {
			return setStatus(state, mention, MentionStatus.REJECTED);
		}
		List<Mention> mentions = new ArrayList<>(state.mentions());
		mentions.remove(mention);
		return state.withMentions(mentions);
	}

	/** Accepts every suggestion linked to {@code entityId}. */
	public static EditorState acceptAllOf(EditorState state, String entityId) {
		return state.withMentions(state.mentions().stream()
				.map(m -> m.status() == MentionStatus.SUGGESTED && m.entityId().equals(entityId)
						? m.withStatus(MentionStatus.ACCEPTED) : m)
				.toList());
	}

	/** Accepts every suggestion. */
	public static EditorState acceptAll(EditorState state) {
		return state.withMentions(state.mentions().stream()
				.map(m -> m.status() == MentionStatus.SUGGESTED ? m.withStatus(MentionStatus.ACCEPTED) : m).toList());
	}

	/** Drops every suggestion; decisions stay. */
	public static EditorState clearSuggestions(EditorState state) {
		return state.withMentions(state.mentions().stream().filter(m -> m.status() != MentionStatus.SUGGESTED).toList());
	}

	/**
	 * Takes a recogniser's findings as suggestions without touching a decision: the current accepted and
	 * rejected mentions stay; a finding is added only where it overlaps no accepted mention and repeats no
	 * rejected one. Earlier suggestions are replaced by the new ones.
	 */
	public static EditorState suggest(EditorState state, List<Mention> found, Map<String, Entity> entities) {
		return state.withMentions(StoredRecognition.merge(state.mentions(), found), entities);
	}

	/** Links every mention of {@code from} to {@code into}; {@code from}'s names become aliases of {@code into}. */
	public static EditorState merge(EditorState state, Entity from, Entity into) {
		Entity merged = into.mergedWith(new Entity(into.id(), into.type(), Map.of(), aliasesOf(from), null, from.notes()));
		List<Mention> mentions = state.mentions().stream()
				.map(m -> m.entityId().equals(from.id()) ? m.withEntity(into.id(), into.type()) : m).toList();
		return state.withMentions(mentions, Map.of(merged.id(), merged));
	}

	private static Map<String, List<String>> aliasesOf(Entity entity) {
		Map<String, List<String>> aliases = new LinkedHashMap<>(entity.aliases());
		entity.labels().forEach((language, label) -> {
			List<String> names = new ArrayList<>(aliases.getOrDefault(language, List.of()));
			names.add(label);
			aliases.put(language, names);
		});
		return aliases;
	}

	/** Links one mention to a new entity of the same type, named by the mention's text. */
	public static EditorState splitOff(EditorState state, ArticleSession session, Mention mention) {
		Entity entity = newEntity(state, session, mention.type(), mention.text().strip(), session.language());
		Mention split = new Mention(mention.articleId(), mention.start(), mention.end(), mention.text(), entity.id(),
				entity.type(), mention.recognizer(), mention.confidence(), MentionStatus.ACCEPTED);
		EditorState replaced = replace(state, mention, split);
		return replaced.withMentions(replaced.mentions(), Map.of(entity.id(), entity));
	}

	/** Changes an entity (label, type, QID): mentions follow a type change. */
	public static EditorState editEntity(EditorState state, Entity edited) {
		List<Mention> mentions = state.mentions().stream()
				.map(m -> m.entityId().equals(edited.id()) && !m.type().equals(edited.type())
						? m.withEntity(edited.id(), edited.type()) : m)
				.toList();
		return state.withMentions(mentions, Map.of(edited.id(), edited));
	}

	private static EditorState replace(EditorState state, Mention old, Mention replacement) {
		List<Mention> mentions = new ArrayList<>(state.mentions());
		int index = mentions.indexOf(old);
		if (index < 0) {
			return state;
		}
		mentions.set(index, replacement);
		return state.withMentions(mentions);
	}

	private static @Nullable Entity findByName(EditorState state, ArticleSession session, String name, String type) {
		String key = fold(name);
		List<Entity> candidates = new ArrayList<>(state.entities().values());
		for (Mention m : state.mentions()) {
			Entity e = session.entity(m.entityId());
			if (e != null) {
				candidates.add(e);
			}
		}
		synchronized (session.catalogue()) {
			candidates.addAll(session.catalogue().entities());
		}
		for (Entity entity : candidates) {
			if (entity.type().equals(type) && entity.allNames().stream().anyMatch(n -> fold(n).equals(key))) {
				return entity;
			}
		}
		return null;
	}

	/** A new entity with an id that is free in this editor and the catalogue: {@code person:vladimir-putin}. */
	static Entity newEntity(EditorState state, ArticleSession session, String type, String name, String language) {
		String base = type.toLowerCase(Locale.ROOT) + ":" + slug(name); //$NON-NLS-1$
		Set<String> taken = new HashSet<>(state.entities().keySet());
		state.mentions().forEach(m -> taken.add(m.entityId()));
		String id = base;
		for (int n = 2; taken.contains(id) || session.entity(id) != null; n++) {
			id = base + "-" + n; //$NON-NLS-1$
		}
		String labelLanguage = language == null || language.isBlank() ? "und" : language; //$NON-NLS-1$
		return new Entity(id, type, Map.of(labelLanguage, name), Map.of(), null, ""); //$NON-NLS-1$
	}

	/** Lower case, accents off, letters and digits of any script kept, the rest one hyphen. */
	static String slug(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "") //$NON-NLS-1$ //$NON-NLS-2$
				.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return folded.isEmpty() ? "entity" : folded; //$NON-NLS-1$
	}

	private static String fold(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
	}
}
