// SPDX-License-Identifier: EPL-2.0
package dossier.entities.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dossier.core.model.Article;
import dossier.entities.ArticleEntities;
import dossier.entities.EntityEngine;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;

/**
 * Recognition that respects the analysts' decisions stored for an article: the accepted and rejected mentions stay
 * exactly as they are, a new suggestion is kept only where it overlaps no accepted mention and is not ruled out by a
 * rejected one ({@link Mention#ruledOutBy}: same span, same entity or type), and earlier suggestions are replaced by the new ones. The Entity Editor's Recognise command and the Article
 * Explorer's batch Recognise use the same rule.
 */
public final class StoredRecognition {

	/** What recognising one article stored. */
	public record Outcome(String articleId, int suggestions, int decisions) {
	}

	private StoredRecognition() {
	}

	/**
	 * The mentions after recognition: every decision in {@code current} (accepted or rejected) unchanged, plus the
	 * suggestions among {@code found} that no decision blocks.
	 */
	public static List<Mention> merge(List<Mention> current, List<Mention> found) {
		List<Mention> decisions = current.stream().filter(m -> m.status() != MentionStatus.SUGGESTED).toList();
		List<Mention> mentions = new ArrayList<>(decisions);
		for (Mention candidate : found) {
			if (candidate.status() != MentionStatus.SUGGESTED) {
				continue;
			}
			boolean blocked = false;
			for (Mention decision : decisions) {
				if (decision.status() == MentionStatus.ACCEPTED && decision.overlaps(candidate)
						|| decision.status() == MentionStatus.REJECTED && candidate.ruledOutBy(decision)) {
					blocked = true;
					break;
				}
			}
			if (!blocked) {
				mentions.add(candidate);
			}
		}
		return mentions;
	}

	/**
	 * Recognises entities in {@code article} with {@code engine}, honouring the mentions stored for it in
	 * {@code store}, and stores the result (atomically).
	 *
	 * @throws IOException when the stored mentions cannot be read (they are then left alone) or written
	 */
	public static Outcome recogniseAndStore(EntityEngine engine, EntityStore store, Article article) throws IOException {
		List<Mention> stored;
		try {
			stored = store.loadMentions(article.id());
		} catch (IllegalArgumentException | UncheckedIOException e) {
			throw new IOException(article.id() + ": stored mentions unreadable, left alone: " + e.getMessage(), e); //$NON-NLS-1$
		}
		ArticleEntities found = engine.recognize(article, stored);
		// An analyst may have saved decisions while the engine ran: merge into what is stored when the merge is
		// written, under the corpus's entities lock, so that no decision saved meanwhile is lost.
		List<Mention> merged = store.updateMentions(article.id(), now -> {
			List<Mention> result = new ArrayList<>(merge(now, found.mentions()));
			result.sort(Mention.TEXT_ORDER);
			return result;
		});
		int suggestions = (int) merged.stream().filter(m -> m.status() == MentionStatus.SUGGESTED).count();
		return new Outcome(article.id(), suggestions, merged.size() - suggestions);
	}
}
