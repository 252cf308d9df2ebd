// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A canonical entity of a catalogue: one person, place, organisation, date or contributed kind, whatever the
 * language or spelling it is named in. Immutable; maps are sorted by language tag so files diff well.
 *
 * @param id stable id, e.g. {@code person:vladimir-putin}, {@code iso3166:RU}, {@code city:moscow},
 *        {@code date:2024-06-17}
 * @param type an {@link EntityType#id()}
 * @param labels preferred label per BCP 47 language tag
 * @param aliases further names per language tag ({@code "*"} for names used in every language)
 * @param qid the Wikidata item, e.g. {@code Q7747}, or null
 * @param notes free text for analysts, or ""
 */
public record Entity(String id, String type, Map<String, String> labels, Map<String, List<String>> aliases,
		@Nullable String qid, String notes) {

	/** The language key of aliases that are the same in every language (acronyms, Latin names). */
	public static final String ANY_LANGUAGE = "*"; //$NON-NLS-1$

	public Entity {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(type, "type"); //$NON-NLS-1$
		if (id.isBlank()) {
			throw new IllegalArgumentException("entity id is blank"); //$NON-NLS-1$
		}
		labels = Collections.unmodifiableMap(new TreeMap<>(labels == null ? Map.of() : labels));
		TreeMap<String, List<String>> sorted = new TreeMap<>();
		if (aliases != null) {
			aliases.forEach((language, names) -> sorted.put(language, List.copyOf(new LinkedHashSet<>(names))));
		}
		aliases = Collections.unmodifiableMap(sorted);
		qid = qid == null || qid.isBlank() ? null : qid;
		notes = notes == null ? "" : notes; //$NON-NLS-1$
		if (qid != null && !qid.matches("Q[1-9][0-9]*")) { //$NON-NLS-1$
			throw new IllegalArgumentException("not a Wikidata item id: " + qid); //$NON-NLS-1$
		}
	}

	/** The preferred label in {@code language}, else English, else any label, else the id. */
	public String label(String language) {
		String base = language == null ? "" : language.split("[-_]")[0]; //$NON-NLS-1$ //$NON-NLS-2$
		String label = labels.get(language);
		if (label == null) {
			label = labels.get(base);
		}
		if (label == null) {
			label = labels.get("en"); //$NON-NLS-1$
		}
		if (label == null && !labels.isEmpty()) {
			label = labels.values().iterator().next();
		}
		return label != null ? label : id;
	}

	/** Every name of this entity (labels and aliases, all languages), without duplicates. */
	public Set<String> allNames() {
		Set<String> names = new LinkedHashSet<>(labels.values());
		aliases.values().forEach(names::addAll);
		return names;
	}

	/** This entity with the names and notes of {@code other} added (same id); this entity's labels win. */
	public Entity mergedWith(Entity other) {
		Map<String, String> mergedLabels = new TreeMap<>(other.labels);
		mergedLabels.putAll(labels);
		Map<String, List<String>> mergedAliases = new TreeMap<>();
		for (Map<String, List<String>> source : List.of(aliases, other.aliases)) {
			source.forEach((language, names) -> mergedAliases.computeIfAbsent(language, l -> new ArrayList<>()).addAll(names));
		}
		String mergedNotes = notes.isEmpty() ? other.notes
				: other.notes.isEmpty() || other.notes.equals(notes) ? notes : notes + "\n" + other.notes; //$NON-NLS-1$
		return new Entity(id, type, mergedLabels, mergedAliases, qid != null ? qid : other.qid, mergedNotes);
	}

	/** This entity with one more alias. */
	public Entity withAlias(String language, String alias) {
		Map<String, List<String>> more = new TreeMap<>(aliases);
		List<String> names = new ArrayList<>(more.getOrDefault(language, List.of()));
		names.add(alias);
		more.put(language, names);
		return new Entity(id, type, labels, more, qid, notes);
	}
}
