// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.Comparator;
import java.util.Objects;

/**
 * One occurrence of an entity in an article: {@code [start, end)} are Java {@code String} indices into the
 * article's text (see {@code dossier.core.model}), never into a normalised copy.
 *
 * @param articleId the article's id
 * @param start first UTF-16 index, inclusive
 * @param end last UTF-16 index, exclusive
 * @param text the covered text, exactly {@code article.text().substring(start, end)}
 * @param entityId the linked entity's id
 * @param type the entity's type id (kept with the mention so a file is readable without the catalogue)
 * @param recognizer id of the recogniser that found it ({@code manual} for an analyst's own)
 * @param confidence 0..1
 * @param status the analyst's decision
 */
public record Mention(String articleId, int start, int end, String text, String entityId, String type,
		String recognizer, double confidence, MentionStatus status) {

	/** Text order, then longer first. */
	public static final Comparator<Mention> TEXT_ORDER = Comparator.comparingInt(Mention::start)
			.thenComparing(Comparator.comparingInt(Mention::end).reversed()).thenComparing(Mention::entityId);

	public Mention {
		Objects.requireNonNull(articleId, "articleId"); //$NON-NLS-1$
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		Objects.requireNonNull(entityId, "entityId"); //$NON-NLS-1$
		Objects.requireNonNull(type, "type"); //$NON-NLS-1$
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("invalid mention span [" + start + ", " + end + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		recognizer = recognizer == null ? "manual" : recognizer; //$NON-NLS-1$
		status = status == null ? MentionStatus.SUGGESTED : status;
		confidence = Math.max(0, Math.min(1, confidence));
	}

	public int length() {
		return end - start;
	}

	public boolean overlaps(Mention other) {
		return start < other.end && other.start < end;
	}

	/** Same place, same entity: the identity a decision is remembered by. */
	public boolean sameSpanAndEntity(Mention other) {
		return start == other.start && end == other.end && entityId.equals(other.entityId);
	}

	/**
	 * Whether an analyst's {@code rejection} rules this suggestion out: the same span, and the same entity or the same
	 * type (rejecting "Belgrado" as a place also rules out a place of another id that a second recogniser finds there).
	 */
	public boolean ruledOutBy(Mention rejection) {
		return start == rejection.start && end == rejection.end && (entityId.equals(rejection.entityId) || type.equals(rejection.type));
	}

	public Mention withStatus(MentionStatus newStatus) {
		return new Mention(articleId, start, end, text, entityId, type, recognizer, confidence, newStatus);
	}

	public Mention withEntity(String newEntityId, String newType) {
		return new Mention(articleId, start, end, text, newEntityId, newType, recognizer, confidence, status);
	}
}
