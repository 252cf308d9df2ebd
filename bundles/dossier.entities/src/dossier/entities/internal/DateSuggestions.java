// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.HashMap;
import java.util.Map;

import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.RecognitionContext;
import dossier.entities.Recognizer.Suggestion;

/**
 * The date suggestions of one article, as the date recogniser and its helpers ({@link Decades}, {@link CalendarWeeks},
 * {@link Centuries}) make them: a mention of the article's text whose entity is its value ({@code date:2024-06-17},
 * {@code date:199X}), one entity for every mention of one value.
 */
final class DateSuggestions {

	private final RecognitionContext context;
	private final String recognizer;
	private final Map<String, Entity> entities = new HashMap<>();

	DateSuggestions(RecognitionContext context, String recognizer) {
		this.context = context;
		this.recognizer = recognizer;
	}

	/** A suggested date over the article's text from {@code start} to {@code end}, of {@code value} (EDTF). */
	Suggestion of(int start, int end, String value, double confidence) {
		String entityId = "date:" + value; //$NON-NLS-1$
		Mention mention = new Mention(context.article().id(), start, end, context.article().text().substring(start, end),
				entityId, EntityType.DATE.id(), recognizer, confidence, MentionStatus.SUGGESTED);
		Entity entity = entities.computeIfAbsent(value,
				v -> new Entity(entityId, EntityType.DATE.id(), Map.of("und", v), Map.of(), null, "")); //$NON-NLS-1$ //$NON-NLS-2$
		return new Suggestion(mention, entity);
	}
}
