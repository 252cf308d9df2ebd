// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * One way of finding entities, contributed through the {@code dossier.recognizers} extension point (or
 * {@link Recognizers#builtIn()} in plain Java). A recogniser either contributes names to the shared gazetteer
 * ({@link #lexicon(Set)}: a seed catalogue, CLDR place names), or finds mentions itself
 * ({@link #recognize(RecognitionContext)}: dates, context rules), or both. Implementations must be thread-safe.
 */
public interface Recognizer {

	/** Stable id, recorded on every mention it finds, e.g. {@code dossier.dates}. */
	String id();

	/** Name a user reads. */
	String name();

	/** BCP 47 languages it handles; empty for every language. */
	Set<String> languages();

	/** Higher wins when two recognisers claim overlapping text of the same length. */
	int priority();

	/**
	 * Entities whose names go into the shared gazetteer (matched with normalisation, word boundaries and
	 * proclitics). Called once per engine with the languages the engine matches names of.
	 */
	default Collection<Entity> lexicon(Set<String> matchLanguages) {
		return List.of();
	}

	/** Mentions this recogniser finds itself in one article. */
	default List<Suggestion> recognize(RecognitionContext context) {
		return List.of();
	}

	/**
	 * A mention found by a recogniser.
	 *
	 * @param mention the mention (status {@link MentionStatus#SUGGESTED})
	 * @param entity the entity it names when that entity is not in a catalogue (a date, a new name), else null
	 */
	record Suggestion(Mention mention, @Nullable Entity entity) {
	}
}
